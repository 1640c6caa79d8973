/**
 * Which compiled better-sqlite3 the books open with. Tests and the CLI use the Node build that
 * `npm ci` compiles; the Electron app must use a build for Electron's ABI, kept in its own file
 * (build/electron-native/better_sqlite3.node) so that neither build overwrites the other.
 */
import Database from 'better-sqlite3';

let nativeBinding: string | undefined;

/** Sets the compiled module every book opens with from now on (undefined: the package's own). */
export function useNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

/** A better-sqlite3 connection with the chosen native module. */
export function openDatabase(path: string, options: Database.Options = {}): Database.Database {
  return new Database(path, nativeBinding ? { ...options, nativeBinding } : options);
}

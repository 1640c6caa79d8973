/**
 * The browser mode as a library: the one invoke path with its book sessions (one per tab, shared
 * by tabs on the same file), the HTTP server serving the built renderer. Used by
 * src/main/browser-mode.ts and by the end-to-end tests in-process.
 */
import { mkdirSync } from 'node:fs';
import { ApiService } from '../api/dispatch';
import type { BookDb } from '../ledger/book-db';
import { startHttpServer, type RunningHttpServer } from './http-server';

interface BrowserAppOptions {
  dataDir: string;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningBrowserApp {
  server: RunningHttpServer;
  api: ApiService;
  /**
   * Opens `book` in a session of its own (tests, benchmarks) and returns the address that shows
   * it: the page joins the session named in its URL.
   */
  openInPage(book: BookDb): string;
  /** The book of the only open session, or the last one opened (tests read it directly). */
  book(): BookDb | null;
  /** Stops serving, then closes every open book so its file is complete on disk. */
  close(): Promise<void>;
}

export async function startBrowserApp(options: BrowserAppOptions): Promise<RunningBrowserApp> {
  mkdirSync(options.dataDir, { recursive: true });
  const api = new ApiService({ dataDir: options.dataDir });
  const server = await startHttpServer({
    api,
    host: '127.0.0.1',
    port: options.port ?? 0,
    staticDir: options.staticDir,
  });
  let closed = false;
  return {
    server,
    api,
    openInPage(book) {
      const session = api.sessions.attach(book);
      return `${server.url}&session=${session.id}`;
    },
    book() {
      const all = api.sessions.all();
      return all[all.length - 1]?.book ?? null;
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await server.close();
      } finally {
        api.close();
      }
    },
  };
}

/**
 * The catalog data files of this folder, imported as JSON (bundled into every build: the renderer
 * uses them too, so nothing here reads the disk). A year's changes file is listed in CHANGES once
 * it exists; SOURCES.md says where each file comes from.
 */
import changes2022 from './changes/2022.json';
import deptEcon2021 from './2021/dept-econ.json';
import function2021 from './2021/function.json';
import govEcon2021 from './2021/gov-econ.json';
import mapping2021 from './2021/mapping.json';

/** A list file: `[code, name]` rows, a third element "待核实" marking an unconfirmed entry. */
interface ListFile {
  kind: string;
  edition: string;
  entries: (readonly string[])[];
}

/** What one list changes from the year before. `removed` drops a code with every code under it. */
export interface ListChanges {
  added?: (readonly string[])[];
  removed?: string[];
  renamed?: (readonly string[])[];
}

/** A year written as the year before plus its changes. */
interface ChangesFile {
  year: number;
  /** The year's own list was not available: the changes known are all that is applied. */
  provisional: boolean;
  note: string;
  function?: ListChanges;
  'dept-econ'?: ListChanges;
  'gov-econ'?: ListChanges;
}

export const BASE_YEAR = 2021;
export const LAST_YEAR = 2030;

export const BASE: {
  function: ListFile;
  'dept-econ': ListFile;
  'gov-econ': ListFile;
  mapping: { admin: Record<string, string>; institution: Record<string, string> };
} = {
  function: function2021,
  'dept-econ': deptEcon2021,
  'gov-econ': govEcon2021,
  mapping: mapping2021,
};

export const CHANGES: readonly ChangesFile[] = [changes2022];

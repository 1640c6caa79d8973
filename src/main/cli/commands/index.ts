import type { CliCommand } from '../command';
import { catalogCommand } from './catalog';
import { catalogImportCommand } from './catalog-import';
import { documentCommand } from './document';
import { importLinesCommand } from './import-lines';
import { linesCommand } from './lines';
import { mergeCommand } from './merge';
import { newCommand } from './new';
import { packsCommand } from './packs';
import { exportCommand } from './export';
import { explainCommand } from './explain';
import { exportDataCommand } from './export-data';
import { compareCommand } from './compare';
import { importBookCommand } from './import-book';
import { importLastYearCommand } from './import-last-year';
import { rollCommand } from './roll';
import { planCommand } from './plan';
import { sampleCommand } from './sample';
import { validateCommand } from './validate';
import { restoreCommand, snapshotsCommand } from './snapshots-restore';
import { diffCommand, submitCommand } from './submit-diff';

/** Every command, in the order `budgetdesk --help` lists them. */
export const commands: CliCommand[] = [
  newCommand,
  importLinesCommand,
  linesCommand,
  planCommand,
  validateCommand,
  sampleCommand,
  exportCommand,
  importBookCommand,
  rollCommand,
  importLastYearCommand,
  compareCommand,
  documentCommand,
  catalogImportCommand,
  catalogCommand,
  explainCommand,
  mergeCommand,
  exportDataCommand,
  packsCommand,
  snapshotsCommand,
  restoreCommand,
  submitCommand,
  diffCommand,
];

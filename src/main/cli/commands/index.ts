import type { CliCommand } from '../command';
import { documentCommand } from './document';
import { importLinesCommand } from './import-lines';
import { linesCommand } from './lines';
import { newCommand } from './new';
import { exportCommand } from './export';
import { compareCommand } from './compare';
import { importBookCommand } from './import-book';
import { importLastYearCommand } from './import-last-year';
import { rollCommand } from './roll';
import { planCommand } from './plan';
import { sampleCommand } from './sample';
import { validateCommand } from './validate';
import { restoreCommand, snapshotsCommand } from './snapshots';
import { diffCommand, submitCommand } from './submit';

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
  snapshotsCommand,
  restoreCommand,
  submitCommand,
  diffCommand,
];

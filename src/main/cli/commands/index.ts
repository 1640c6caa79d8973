import type { CliCommand } from '../command';

/** Every command, in the order `budgetdesk --help` lists them. */
export const commands: CliCommand[] = [];

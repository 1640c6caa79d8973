import type { CliCommand } from '../command';
import { planCommand } from './plan';
import { validateCommand } from './validate';

/** Every command, in the order `budgetdesk --help` lists them. */
export const commands: CliCommand[] = [planCommand, validateCommand];

/**
 * Runs the `budgetdesk` command line in-process and captures what it prints, for the tests that
 * drive a book the way a clerk's script would.
 */
import { runCli } from '../../src/main/cli';
import type { CliIo } from '../../src/main/cli/command';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `budgetdesk <argv…>`: the exit code and the output, one line per printed text. */
export async function cli(...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await runCli(argv, io);
  return { code, out, err };
}

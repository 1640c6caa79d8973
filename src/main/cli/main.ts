import { describeError } from '../errors/os-errors';
import { runCli } from './index';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`出错：${describeError(e).message}\n`);
    process.exitCode = 2;
  },
);

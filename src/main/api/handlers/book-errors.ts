/**
 * Turns the named errors of the ledger, catalogs and SQLite into ApiFailure with a Chinese
 * message, so the transports never show the clerk an English stack trace.
 */
import { CatalogError } from '../../../shared/catalogs';
import { describeError, isSystemError } from '../../errors/os-errors';
import { BookError } from '../../ledger/errors';
import { ApiFailure } from '../context';

export function toApiFailure(e: unknown, path?: string): unknown {
  if (e instanceof ApiFailure) return e;
  if (e instanceof BookError) return new ApiFailure(e.code, e.message);
  if (e instanceof CatalogError) return new ApiFailure('BAD_INPUT', e.message);
  if (isSystemError(e)) {
    const d = describeError(e, { file: path });
    return new ApiFailure(d.code, d.message);
  }
  return e;
}

/** A failure for bad fields of an argument; the message lists them. */
export function badInput(what: string, problems: string[]): ApiFailure {
  return new ApiFailure('BAD_INPUT', `${what}有误：${problems.join('；')}`, problems);
}

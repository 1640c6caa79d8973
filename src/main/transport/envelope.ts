/**
 * One way to call a handler and wrap its outcome, shared by the IPC and HTTP transports. Electron
 * forwards only an error's message across IPC, so failures travel as data, never as throws.
 */
import {
  CHANNELS,
  type ApiError,
  type ApiHandlers,
  type ApiResult,
  type Channel,
} from '../../shared/api/contract';
import { ApiFailure } from '../api/context';
import { describeError } from '../errors/os-errors';

const channelSet: ReadonlySet<string> = new Set(CHANNELS);

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && channelSet.has(name);
}

/** The failure envelope for an error a handler threw. */
export function failureOf(e: unknown): { ok: false; error: ApiError } {
  if (e instanceof ApiFailure) {
    const error: ApiError = { code: e.code, message: e.message };
    if (e.details && e.details.length > 0) error.details = e.details;
    return { ok: false, error };
  }
  return { ok: false, error: describeError(e) };
}

/**
 * Calls the handler for `channel` with `arg` and never throws. The argument arrives untyped from
 * the other side of a process boundary; handlers validate its fields and answer BAD_INPUT.
 */
export async function invokeHandler(
  handlers: Partial<ApiHandlers>,
  channel: string,
  arg: unknown,
): Promise<ApiResult<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: `未知的接口“${channel}”。请更新程序后重试。` },
    };
  }
  const handler = handlers[channel] as ((a: unknown) => Promise<unknown>) | undefined;
  if (!handler) {
    return {
      ok: false,
      error: { code: 'NOT_IMPLEMENTED', message: `接口“${channel}”尚未实现。` },
    };
  }
  const safeArg = arg === undefined || arg === null ? {} : arg;
  if (typeof safeArg !== 'object' || Array.isArray(safeArg)) {
    return {
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: `接口“${channel}”的参数必须是一个对象（JSON 对象），请检查调用方。`,
      },
    };
  }
  try {
    const data = await handler(safeArg);
    return { ok: true, data: data === undefined ? null : data };
  } catch (e) {
    return failureOf(e);
  }
}

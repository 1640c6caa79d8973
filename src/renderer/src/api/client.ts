/**
 * THE one API client of the renderer. Inside Electron it goes through the preload's
 * `window.budgetdesk.invoke`; in the browser mode it POSTs to /api/<channel> on the server that
 * served the page, with the per-launch token that server put into the page. Every call names
 * this window's book session; the change sets of that session (from this window's own writes, in
 * their answers, and from other windows, pushed by main) go to the listeners of onChanges, each
 * exactly once. Only stores call it.
 */
import type { ChangeSet } from '../../../shared/api/changes';
import type { ApiError, ApiResult, ArgOf, Channel, ResultOf } from '../../../shared/api/contract';
import { isWriteChannel } from '../../../shared/api/schemas';
import { sessionEvents } from './session-events';

/** A failed call, carrying the Chinese message for the clerk. */
export class ApiClientError extends Error {
  readonly code: string;
  readonly details: string[];

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiClientError';
    this.code = error.code;
    this.details = error.details ?? [];
  }
}

const TOKEN_META = 'budgetdesk-token';
const SESSION_KEY = 'budgetdesk-session';
/** Under the browsers' 64 KB keepalive budget, in UTF-16 units (Chinese text is 3 bytes each). */
const KEEPALIVE_LIMIT = 20_000;

function pageToken(): string {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`);
  return meta?.content ?? '';
}

function isEnvelope(value: unknown): value is ApiResult<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/**
 * This window's book session: from the page address (a test or a link opens a book there),
 * else the one this tab had before a reload, else none until a book is opened.
 */
let session: string | null = startingSession();

function startingSession(): string | null {
  if (typeof location === 'undefined') return null; // unit tests outside a page
  return (
    new URLSearchParams(location.search).get('session') ??
    globalThis.sessionStorage?.getItem(SESSION_KEY) ??
    null
  );
}

async function overHttp(channel: Channel, arg: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    const body = JSON.stringify(arg ?? {});
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'x-budgetdesk-token': pageToken(),
    };
    if (session) headers['x-budgetdesk-session'] = session;
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers,
      body,
      // A small request (every edit) is kept alive when the page closes, so the edit a closing
      // page commits still reaches main; the browser allows this only up to 64 KB.
      keepalive: body.length <= KEEPALIVE_LIMIT,
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'OFFLINE',
        message: '无法连接到本机的预算服务。请确认启动本程序的命令行窗口仍在运行，然后刷新页面。',
      },
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (isEnvelope(body)) return body;
  return {
    ok: false,
    error: {
      code: `HTTP_${response.status}`,
      message: `本机预算服务返回了无法识别的应答（HTTP ${response.status}），请刷新页面后重试。`,
    },
  };
}

function transport(channel: Channel, arg: unknown): Promise<ApiResult<unknown>> {
  const bridge = window.budgetdesk;
  return bridge ? bridge.invoke(channel, arg, session) : overHttp(channel, arg);
}

type ChangeListener = (changes: ChangeSet) => void;
const listeners = new Set<ChangeListener>();
/** Numbers of the session's change sets already handed on (an answer and its push both come). */
let seen = new Set<number>();

const failureListeners = new Set<(e: ApiClientError) => void>();

/**
 * Subscribes to failed calls (the book store watches for a book replaced on disk, whichever
 * screen's save met it); returns the unsubscribe function.
 */
export function onApiFailure(listener: (e: ApiClientError) => void): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

/** Subscribes to the change sets of this window's session; returns the unsubscribe function. */
export function onChanges(listener: ChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function deliver(changes: ChangeSet): void {
  if (changes.session !== session || seen.has(changes.seq)) return;
  seen.add(changes.seq);
  if (seen.size > 2000) seen = new Set([...seen].filter((n) => n > changes.seq - 1000));
  for (const listener of listeners) listener(changes);
}

let stopEvents: (() => void) | null = null;

/**
 * Makes `id` this window's session (after 新建/打开, or null after 关闭): later calls name it and
 * its change sets pushed by main are delivered from now on.
 */
export function useSession(id: string | null): void {
  if (id === session && (stopEvents || !id)) return;
  session = id;
  seen = new Set();
  if (id) globalThis.sessionStorage?.setItem(SESSION_KEY, id);
  else globalThis.sessionStorage?.removeItem(SESSION_KEY);
  stopEvents?.();
  stopEvents = id ? sessionEvents(id, deliver) : null;
}

/**
 * Calls in flight that change something on disk (every edit, and writing an export): closing
 * the window must wait for them, or warn while they run. Reads are not counted.
 */
let writesInFlight = 0;
let idleWaiters: (() => void)[] = [];

function writeSettled(): void {
  writesInFlight -= 1;
  if (writesInFlight > 0) return;
  const waiters = idleWaiters;
  idleWaiters = [];
  for (const resolve of waiters) resolve();
}

/** How many writes are still on their way to main. */
export function pendingWrites(): number {
  return writesInFlight;
}

/**
 * Resolves once no write is in flight (at once if none is), or after `timeoutMs`: true when
 * idle, false when the time ran out first.
 */
export function whenIdle(timeoutMs = 5000): Promise<boolean> {
  if (writesInFlight === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      idleWaiters = idleWaiters.filter((w) => w !== done);
      resolve(false);
    }, timeoutMs);
    const done = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    idleWaiters.push(done);
  });
}

export const api = {
  /** Calls one channel; resolves to its result or throws ApiClientError. */
  async call<C extends Channel>(channel: C, arg: ArgOf<C>): Promise<ResultOf<C>> {
    const write = isWriteChannel(channel);
    if (write) writesInFlight += 1;
    let result: ApiResult<unknown>;
    try {
      result = await transport(channel, arg);
    } finally {
      if (write) writeSettled();
    }
    if (!result.ok) {
      const error = new ApiClientError(result.error);
      for (const listener of failureListeners) listener(error);
      throw error;
    }
    if (result.changes) deliver(result.changes);
    // The main side answers with the contract's result type for this channel.
    return result.data as ResultOf<C>;
  },
  /** Which transport this page uses, for the status line. */
  get mode(): 'electron' | 'browser' {
    return window.budgetdesk ? 'electron' : 'browser';
  },
};

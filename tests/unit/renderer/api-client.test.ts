/**
 * The renderer's one API client over both transports: the preload bridge inside Electron, and
 * fetch to /api/<channel> with the page's token in the browser mode. (The server side of HTTP is
 * tested in tests/unit/transport; the two together run in tests/e2e.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../src/shared/api/contract';
import { ApiClientError, api, pendingWrites, whenIdle } from '../../../src/renderer/src/api/client';

afterEach(() => {
  vi.unstubAllGlobals();
});

interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A browser-mode page: no bridge, the token in a <meta>, and fetch answered by `answer`. */
function browserPage(token: string, answer: (req: SentRequest) => Response): SentRequest[] {
  const sent: SentRequest[] = [];
  vi.stubGlobal('window', {});
  vi.stubGlobal('document', {
    querySelector: (sel: string) =>
      sel === 'meta[name="budgetdesk-token"]' ? { content: token } : null,
  });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const req: SentRequest = {
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: JSON.parse(String(init.body)) as unknown,
    };
    sent.push(req);
    return answer(req);
  });
  return sent;
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('api client in the browser mode', () => {
  it('POSTs the argument to /api/<channel> with the page token and returns the data', async () => {
    const sent = browserPage('tok-1', () =>
      json(200, { ok: true, data: { version: '1', recent: [] } }),
    );
    expect(api.mode).toBe('browser');
    await expect(api.call('app:info', {})).resolves.toEqual({ version: '1', recent: [] });
    await api.call('book:open', { path: '/a.sqlite' });
    expect(sent.map((r) => [r.url, r.method, r.headers['x-budgetdesk-token'], r.body])).toEqual([
      ['/api/app:info', 'POST', 'tok-1', {}],
      ['/api/book:open', 'POST', 'tok-1', { path: '/a.sqlite' }],
    ]);
  });

  it('throws ApiClientError carrying the Chinese message and details of a failure', async () => {
    browserPage('tok', () =>
      json(200, {
        ok: false,
        error: {
          code: 'IMPORT_REJECTED',
          message: '导入失败：2 行有误',
          details: ['第 3 行…', '第 7 行…'],
        },
      }),
    );
    const err = await api.call('book:summary', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiClientError);
    expect(err).toMatchObject({
      code: 'IMPORT_REJECTED',
      message: '导入失败：2 行有误',
      details: ['第 3 行…', '第 7 行…'],
    });
  });

  it('passes on the envelope of a refused request (401) as an error', async () => {
    browserPage('stale', () =>
      json(401, { ok: false, error: { code: 'UNAUTHORIZED', message: '缺少或错误的访问令牌' } }),
    );
    await expect(api.call('app:info', {})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('explains an answer that is not an envelope, and an unreachable server, in Chinese', async () => {
    browserPage('tok', () => new Response('<html>502</html>', { status: 502 }));
    await expect(api.call('app:info', {})).rejects.toMatchObject({
      code: 'HTTP_502',
      message: expect.stringContaining('无法识别的应答') as unknown,
    });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
    await expect(api.call('app:info', {})).rejects.toMatchObject({
      code: 'OFFLINE',
      message: expect.stringContaining('无法连接') as unknown,
    });
  });
});

describe('api client inside Electron', () => {
  it('uses window.budgetdesk.invoke and never fetch', async () => {
    const seen: [string, unknown][] = [];
    vi.stubGlobal('window', {
      budgetdesk: {
        invoke: async (channel: string, arg: unknown): Promise<ApiResult<unknown>> => {
          seen.push([channel, arg]);
          return channel === 'app:info'
            ? { ok: true, data: { version: '9', recent: ['/a'] } }
            : { ok: false, error: { code: 'BOOK_NOT_OPEN', message: '尚未打开预算文件' } };
        },
      },
    });
    vi.stubGlobal('fetch', () => {
      throw new Error('fetch must not be used inside Electron');
    });
    expect(api.mode).toBe('electron');
    await expect(api.call('app:info', {})).resolves.toEqual({ version: '9', recent: ['/a'] });
    await expect(api.call('book:summary', {})).rejects.toMatchObject({
      code: 'BOOK_NOT_OPEN',
      message: '尚未打开预算文件',
      details: [],
    });
    expect(seen).toEqual([
      ['app:info', {}],
      ['book:summary', {}],
    ]);
  });
});

describe('pending writes (closing waits for them)', () => {
  it('counts writes in flight, not reads, and whenIdle resolves when the last one settles', async () => {
    const answers: ((r: ApiResult<unknown>) => void)[] = [];
    vi.stubGlobal('window', {
      budgetdesk: {
        invoke: (): Promise<ApiResult<unknown>> => new Promise((r) => answers.push(r)),
      },
    });
    expect(pendingWrites()).toBe(0);
    await expect(whenIdle(10)).resolves.toBe(true);
    const read = api.call('texts:get', {});
    const save = api.call('texts:set', {
      texts: { mainDuties: 'a', organization: '', budgetComposition: '' },
    });
    const failed = api.call('export:xlsx', { path: '/x.xlsx', overwrite: false });
    expect(pendingWrites()).toBe(2);
    let idle: boolean | null = null;
    void whenIdle(5000).then((v) => (idle = v));
    // Still writing: a short wait runs out.
    await expect(whenIdle(5)).resolves.toBe(false);
    answers[0]({ ok: true, data: {} });
    answers[1]({ ok: true, data: {} });
    await Promise.all([read, save]);
    expect(pendingWrites()).toBe(1);
    expect(idle).toBeNull();
    answers[2]({ ok: false, error: { code: 'FILE_EXISTS', message: '已存在' } });
    await expect(failed).rejects.toMatchObject({ code: 'FILE_EXISTS' });
    expect(pendingWrites()).toBe(0);
    await Promise.resolve();
    expect(idle).toBe(true);
  });

  it('sends small requests as keepalive so a closing page still delivers them', async () => {
    const flags: unknown[] = [];
    browserPage('tok', () => json(200, { ok: true, data: null }));
    const inner = globalThis.fetch;
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      flags.push(init.keepalive);
      return inner(url, init);
    });
    await api.call('book:open', { path: '/a.sqlite' });
    await api.call('lines:import', { fileName: 'a.csv', contentBase64: 'x'.repeat(100_000) });
    expect(flags).toEqual([true, false]);
  });
});

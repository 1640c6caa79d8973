/**
 * The HTTP transport over a real server on a free port, with a small handler object of its own:
 * the transport's job is the envelope, the token and the routing, whatever the handlers do.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiHandlers, BookSummary } from '../../../src/shared/api/contract';
import { ApiFailure } from '../../../src/main/api/context';
import { ApiService } from '../../../src/main/api/dispatch';
import { BookDb } from '../../../src/main/ledger/book-db';
import { startHttpServer, type RunningHttpServer } from '../../../src/main/transport/http-server';
import { resolveInside } from '../../../src/main/transport/static-files';

const TOKEN = 'test-token-0123456789';
const summary: BookSummary = {
  year: 2021,
  packId: 'jiangmen-2021',
  unitCode: '404011',
  path: '/tmp/a.sqlite',
  unitName: '江门市人力资源和社会保障局信息中心',
  unitType: '事业单位',
  lineCount: 3,
  packName: '江门市 2021 年部门预算公开表式',
};

let calls: { channel: string; arg: unknown }[] = [];
const handlers: Partial<ApiHandlers> = {
  'app:info': async (arg) => {
    calls.push({ channel: 'app:info', arg });
    return { version: '9.9.9', recent: ['/a', '/b'] };
  },
  'book:open': async (arg) => {
    calls.push({ channel: 'book:open', arg });
    if (arg.path === '/missing') {
      throw new ApiFailure('BOOK_NOT_FOUND', '找不到预算文件 /missing，请检查路径。', ['第 1 行']);
    }
    return { ...summary, path: arg.path };
  },
  'book:close': async () => {
    calls.push({ channel: 'book:close', arg: null });
    throw new TypeError('Cannot read properties of undefined');
  },
};

const api = new ApiService({ dataDir: tmpdir() }, () => handlers);
let server: RunningHttpServer;
let staticDir: string;

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'bd-static-'));
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  writeFileSync(join(staticDir, 'app.js'), 'console.log(1)');
  server = await startHttpServer({ api, host: '127.0.0.1', port: 0, staticDir, token: TOKEN });
});
afterAll(async () => {
  await server.close();
  rmSync(staticDir, { recursive: true, force: true });
});
beforeEach(() => {
  calls = [];
});

function post(channel: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
}
const auth = { 'x-budgetdesk-token': TOKEN };

describe('HTTP transport', () => {
  it('listens on 127.0.0.1 on a free port and prints the token in its URL', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`${server.origin}/?token=${TOKEN}`);
  });

  it('answers a call with the ok envelope and passes the argument through', async () => {
    const res = await post('book:open', JSON.stringify({ path: '/x.sqlite' }), auth);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, data: { ...summary, path: '/x.sqlite' } });
    expect(calls).toEqual([{ channel: 'book:open', arg: { path: '/x.sqlite' } }]);
  });

  it('accepts Authorization: Bearer as well', async () => {
    const res = await post('app:info', '{}', { authorization: `Bearer ${TOKEN}` });
    expect(await res.json()).toEqual({
      ok: true,
      data: { version: '9.9.9', recent: ['/a', '/b'] },
    });
  });

  it('refuses a call without a token with 401 and never calls the handler', async () => {
    const res = await post('book:open', JSON.stringify({ path: '/x.sqlite' }));
    expect(res.status).toBe(401);
    const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('UNAUTHORIZED');
    expect(body.error.message).toMatch(/令牌/);
    expect(calls).toEqual([]);
  });

  it('refuses a wrong token (also one of another length) with 401', async () => {
    for (const bad of ['test-token-0123456788', 'x', `${TOKEN}0`]) {
      const res = await post('app:info', '{}', { 'x-budgetdesk-token': bad });
      expect(res.status).toBe(401);
    }
    const bearer = await post('app:info', '{}', { authorization: 'Bearer nope' });
    expect(bearer.status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('answers an unknown channel with 404', async () => {
    const res = await post('book:explode', '{}', auth);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('UNKNOWN_CHANNEL');
    expect(body.error.message).toContain('book:explode');
  });

  it('answers a body that is not JSON with 400 without calling the handler', async () => {
    const res = await post('book:open', '{path: ', auth);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BAD_JSON');
    expect(calls).toEqual([]);
  });

  it('refuses a non-object argument as BAD_INPUT', async () => {
    const res = await post('book:open', '[1,2]', auth);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(calls).toEqual([]);
  });

  it('turns a thrown ApiFailure into the failure envelope with its details', async () => {
    const res = await post('book:open', JSON.stringify({ path: '/missing' }), auth);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      ok: false,
      error: {
        code: 'BOOK_NOT_FOUND',
        message: '找不到预算文件 /missing，请检查路径。',
        details: ['第 1 行'],
      },
    });
  });

  it('turns any other error into INTERNAL and keeps serving', async () => {
    const res = await post('book:close', '{}', auth);
    const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(body.error.message).toMatch(/^程序内部错误：Cannot read properties of undefined/);
    const again = await post('app:info', '{}', auth);
    expect(again.status).toBe(200);
  });

  it('answers a channel of the contract without a handler as NOT_IMPLEMENTED', async () => {
    const res = await post('lines:list', '{}', auth);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'NOT_IMPLEMENTED' } });
  });

  it('streams a session’s change sets as server-sent events, only with the token', async () => {
    const noToken = await fetch(`${server.origin}/api/events?session=x`);
    expect(noToken.status).toBe(401);
    const noSession = await fetch(`${server.origin}/api/events?session=nope&token=${TOKEN}`);
    expect(noSession.status).toBe(404);
    const book = BookDb.create(join(staticDir, 'events.sqlite'), {
      year: 2021,
      packId: 'jiangmen-2021',
      unit: { code: '404011', name: '单位', type: '事业单位', parentCode: null },
    });
    const session = api.sessions.attach(book);
    const controller = new AbortController();
    const res = await fetch(`${server.origin}/api/events?session=${session.id}&token=${TOKEN}`, {
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    await reader.read(); // the greeting comment
    api.sessions.publish(session.id, {
      texts: { mainDuties: '甲', organization: '', budgetComposition: '' },
    });
    const chunk = new TextDecoder().decode((await reader.read()).value);
    expect(chunk).toContain('event: changes');
    expect(JSON.parse(chunk.split('data: ')[1])).toMatchObject({ session: session.id, seq: 1 });
    controller.abort();
    api.sessions.release(session.id);
  });

  it('allows only POST on the API', async () => {
    const res = await fetch(`${server.origin}/api/app:info`, { headers: auth });
    expect(res.status).toBe(405);
    expect(calls).toEqual([]);
  });

  it('refuses calls from a foreign web page (Origin) even with the token', async () => {
    const res = await post('app:info', '{}', { ...auth, origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(calls).toEqual([]);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((ok, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/app:info',
          method: 'POST',
          headers: { host: `evil.example:${server.port}`, ...auth },
        },
        (res) => {
          res.resume();
          ok(res.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      req.end('{}');
    });
    expect(status).toBe(421);
    expect(calls).toEqual([]);
  });

  it('serves index.html with the token injected when opened with the token', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toContain(`<meta name="budgetdesk-token" content="${TOKEN}" />`);
  });

  it('serves the page without the token as a 401 page that does not contain it', async () => {
    const res = await fetch(`${server.origin}/`);
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('访问令牌');
    expect(html).not.toContain(TOKEN);
  });

  it('serves static assets with their type, and refuses paths outside the folder', async () => {
    const js = await fetch(`${server.origin}/app.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(await js.text()).toBe('console.log(1)');
    const missing = await fetch(`${server.origin}/nope.js`);
    expect(missing.status).toBe(404);
    const escape = await fetch(`${server.origin}/%2e%2e/%2e%2e/etc/passwd`);
    expect(escape.status).toBe(404);
  });

  it('serves a fresh random token per launch when none is given', async () => {
    const a = await startHttpServer({ api, port: 0 });
    const b = await startHttpServer({ api, port: 0 });
    try {
      expect(a.token).not.toBe(b.token);
      expect(a.token.length).toBeGreaterThanOrEqual(40);
      const wrong = await fetch(`${a.origin}/api/app:info`, {
        method: 'POST',
        headers: { 'x-budgetdesk-token': b.token },
        body: '{}',
      });
      expect(wrong.status).toBe(401);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('answers a body over the size limit with 413 and calls nothing', async () => {
    const small = await startHttpServer({ api, port: 0, token: TOKEN, maxBodyBytes: 1024 });
    try {
      const res = await fetch(`${small.origin}/api/book:open`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ path: 'x'.repeat(5000) }),
      });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/上限/);
      expect(calls).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

describe('resolveInside', () => {
  it('keeps paths inside the served folder and refuses escapes', () => {
    expect(resolveInside('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(resolveInside('/srv/app', '/../secret')).toBeNull();
    expect(resolveInside('/srv/app', '/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveInside('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(resolveInside('/srv/app', '/a%00.js')).toBeNull();
    expect(resolveInside('/srv/app', '/../app-other/x')).toBeNull();
  });
});

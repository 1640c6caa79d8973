/**
 * The HTTP transport of the API for the browser mode and end-to-end tests: POST /api/<channel>
 * with a JSON body and the caller's book session in a header, answered with the same {ok, …}
 * envelope as IPC; GET /api/events?session=… streams the session's change sets as server-sent
 * events. Listens on 127.0.0.1 only and requires the per-launch token on every API request
 * (header, or `token` in the query for the event stream, which cannot send headers); a request
 * without it gets 401 and reaches no handler. Host and Origin are checked too, so a web page
 * cannot reach the API by DNS rebinding.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ApiResult } from '../../shared/api/contract';
import { isChannel, type ApiService } from '../api/dispatch';
import {
  UNAUTHORIZED_PAGE,
  injectToken,
  securityHeaders,
  sendHtml,
  sendStaticFile,
} from './static-files';
import { newToken, tokenMatches, tokenOfRequest } from './token';
import { describeError } from '../errors/os-errors';

/** The header naming the caller's book session (absent before a book is opened). */
const SESSION_HEADER = 'x-budgetdesk-session';
/** Server-sent events of a session's change sets. */
const EVENTS_PATH = '/api/events';

/** Imports arrive base64 in the JSON body: a 100k-line CSV is about 15 MB. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

interface HttpServerOptions {
  /** The one invoke path (handlers, sessions, change sets). */
  api: ApiService;
  /** Only loopback: the browser mode is for the clerk's own machine. */
  host?: '127.0.0.1';
  /** 0 (default) picks a free port. */
  port?: number;
  /** The built renderer to serve (out/renderer); without it only /api is served. */
  staticDir?: string;
  /** Fixed token (tests); otherwise a fresh random one per launch. */
  token?: string;
  /** Largest accepted request body; MAX_BODY_BYTES unless given. */
  maxBodyBytes?: number;
}

export interface RunningHttpServer {
  /** Address to open, including the token (`http://127.0.0.1:PORT/?token=…`). */
  url: string;
  /** Origin without the token. */
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return; // drain the rest so the 413 answer can still be read
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        reject(
          new HttpError(
            413,
            'TOO_LARGE',
            `请求内容超过 ${(limit / 1024 / 1024).toFixed(0)} MB 上限，请把文件拆分后分批导入。`,
          ),
        );
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!tooLarge) resolveBody(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function parseJson(text: string, channel: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(
      400,
      'BAD_JSON',
      `接口“${channel}”收到的请求内容不是合法的 JSON，请检查调用方发送的数据。`,
    );
  }
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('浏览器模式只允许监听 127.0.0.1');
  const token = options.token ?? newToken();
  const { api, staticDir } = options;
  const streams = new Set<ServerResponse>();
  let port = 0;
  const allowedHosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = (): string[] => allowedHosts().map((h) => `http://${h}`);

  function checkCaller(req: IncomingMessage, given: string | undefined | null): void {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) {
      throw new HttpError(403, 'FORBIDDEN_ORIGIN', `拒绝来自“${origin}”的网页调用本程序接口。`);
    }
    if (!tokenMatches(token, given)) {
      throw new HttpError(
        401,
        'UNAUTHORIZED',
        '缺少或错误的访问令牌，请求已拒绝，未做任何修改。请使用启动时打印的完整地址重新打开页面。',
      );
    }
  }

  /** The change sets of one session, as server-sent events, until the page goes away. */
  function handleEvents(req: IncomingMessage, res: ServerResponse, url: URL): void {
    checkCaller(req, tokenOfRequest(req) ?? url.searchParams.get('token'));
    const session = url.searchParams.get('session') ?? '';
    if (!api.sessions.get(session)) {
      throw new HttpError(404, 'NO_SESSION', '这本预算已在本机关闭，请重新打开预算。');
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': 已连接\n\n');
    streams.add(res);
    const stop = api.subscribe(session, (changes) => {
      res.write(`event: changes\ndata: ${JSON.stringify(changes)}\n\n`);
    });
    req.on('close', () => {
      stop();
      streams.delete(res);
    });
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', '接口只接受 POST 请求。');
    }
    checkCaller(req, tokenOfRequest(req));
    const channel = path.slice('/api/'.length);
    if (!isChannel(channel)) {
      throw new HttpError(404, 'UNKNOWN_CHANNEL', `未知的接口“${channel}”。请更新程序后重试。`);
    }
    const arg = parseJson(await readBody(req, options.maxBodyBytes ?? MAX_BODY_BYTES), channel);
    const session = req.headers[SESSION_HEADER];
    sendJson(
      res,
      200,
      await api.invoke(channel, arg, typeof session === 'string' ? session : null),
    );
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', '只接受 GET 请求。');
    }
    if (!staticDir) throw new HttpError(404, 'NOT_FOUND', '此服务器只提供接口，没有页面。');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!tokenMatches(token, url.searchParams.get('token'))) {
        sendHtml(res, 401, UNAUTHORIZED_PAGE);
        return;
      }
      const html = await readFile(join(staticDir, 'index.html'), 'utf8');
      sendHtml(res, 200, injectToken(html, token));
      return;
    }
    if (!(await sendStaticFile(res, staticDir, url.pathname))) {
      throw new HttpError(404, 'NOT_FOUND', `找不到文件 ${url.pathname}。`);
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res);
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      throw new HttpError(421, 'BAD_HOST', '请求的主机名不是本机地址，已拒绝。');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === EVENTS_PATH && req.method === 'GET') handleEvents(req, res, url);
    else if (url.pathname.startsWith('/api/')) await handleApi(req, res, url.pathname);
    else await handleStatic(req, res, url);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof HttpError) sendError(res, e.status, e.code, e.message);
      else {
        const d = describeError(e);
        sendError(res, 500, d.code, d.message);
      }
    });
  });
  // A client that goes away mid-request must not take the server down.
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(
        e.code === 'EADDRINUSE'
          ? new Error(`端口 ${options.port} 已被占用，请换一个端口，或不指定端口让程序自动选择。`)
          : e,
      ),
    );
    server.listen(options.port ?? 0, host, () => {
      server.removeAllListeners('error');
      server.on('error', (e) => process.stderr.write(`本机服务出错：${e.message}\n`));
      ok();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((ok, fail) => {
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}

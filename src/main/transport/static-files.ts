/**
 * Serves the built renderer (out/renderer) to the browser mode. The page gets the API token in a
 * <meta> tag, but only when the address it was opened with carries that token (`/?token=…`, the
 * address browser mode prints): another local program or a web page guessing the port gets a 401
 * page, never the secret.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** Strict policy for everything served: our own scripts and styles, API calls to ourselves. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TOKEN_META_NAME = 'budgetdesk-token';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // The page address carries the token: never send it on as a referrer.
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** index.html with the token as a <meta> tag the API client reads. */
export function injectToken(html: string, token: string): string {
  const tag = `<meta name="${TOKEN_META_NAME}" content="${escapeAttr(token)}" />`;
  return html.includes('</head>') ? html.replace('</head>', `  ${tag}\n  </head>`) : tag + html;
}

export const UNAUTHORIZED_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8" /><title>部门预算编制 - 需要访问令牌</title></head>
<body style="font: 14px sans-serif; margin: 3em">
<h1 style="font-size: 18px">无法打开：地址中缺少有效的访问令牌</h1>
<p>请使用启动浏览器模式时命令行中打印的完整地址（含 <code>?token=</code> 部分）打开本程序。
令牌在每次启动时重新生成；如已重新启动，请使用新打印的地址。</p>
</body></html>
`;

/**
 * Resolves a URL path inside `root`, or null for a path that escapes it (`..`, encoded
 * separators) or cannot be decoded.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const full = resolve(join(base, decoded));
  return full === base || full.startsWith(base + sep) ? full : null;
}

/** Sends a static file; resolves false when there is no such file. */
export async function sendStaticFile(
  res: ServerResponse,
  root: string,
  urlPath: string,
): Promise<boolean> {
  const full = resolveInside(root, urlPath);
  if (!full) return false;
  try {
    const info = await stat(full);
    if (!info.isFile()) return false;
  } catch {
    return false;
  }
  const body = await readFile(full);
  res.writeHead(200, {
    'Content-Type': MIME[extname(full).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
  });
  res.end(body);
  return true;
}

/**
 * The per-launch secret of the HTTP transport. Compared in constant time over fixed-length digests
 * so that neither the content nor the length of the token leaks through response timing.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const TOKEN_HEADER = 'x-budgetdesk-token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export function tokenMatches(expected: string, given: string | undefined | null): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

/** The token a request carries: our header, or `Authorization: Bearer …`. */
export function tokenOfRequest(req: IncomingMessage): string | undefined {
  const own = req.headers[TOKEN_HEADER];
  if (typeof own === 'string' && own.length > 0) return own;
  const auth = req.headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m) return m[1];
  }
  return undefined;
}

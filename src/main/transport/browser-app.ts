/**
 * The browser mode as a library: one handler context, the real handlers, the HTTP server serving
 * the built renderer. Used by src/main/browser-mode.ts and by the end-to-end tests in-process.
 */
import { mkdirSync } from 'node:fs';
import { closeBook, type HandlerContext } from '../api/context';
import { createHandlers } from '../api/handlers';
import { startHttpServer, type RunningHttpServer } from './http-server';

export interface BrowserAppOptions {
  dataDir: string;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningBrowserApp {
  server: RunningHttpServer;
  ctx: HandlerContext;
  /** Stops serving, then closes the open book so its file is complete on disk. */
  close(): Promise<void>;
}

export async function startBrowserApp(options: BrowserAppOptions): Promise<RunningBrowserApp> {
  mkdirSync(options.dataDir, { recursive: true });
  const ctx: HandlerContext = { book: null, dataDir: options.dataDir };
  const server = await startHttpServer({
    handlers: createHandlers(ctx),
    host: '127.0.0.1',
    port: options.port ?? 0,
    staticDir: options.staticDir,
  });
  let closed = false;
  return {
    server,
    ctx,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await server.close();
      } finally {
        closeBook(ctx);
      }
    },
  };
}

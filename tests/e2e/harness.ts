/**
 * End-to-end harness: the real browser mode (handlers, SQLite, HTTP server serving the built
 * renderer) in this process on a free port with a temporary data folder, and a headless
 * Chromium page opened on it. Requires `npx electron-vite build` first (npm test does it).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../src/main/export/chromium';
import { startBrowserApp, type RunningBrowserApp } from '../../src/main/transport/browser-app';

export const CHROMIUM_PATH = process.env.BUDGETDESK_CHROMIUM ?? '/usr/bin/chromium';
export const STATIC_DIR = resolve(__dirname, '../../out/renderer');

export interface E2eSession {
  app: RunningBrowserApp;
  browser: Browser;
  page: Page;
  /** What the page logged or threw as errors (see collectPageErrors); a test may point it elsewhere. */
  pageErrors: string[];
  /** Temporary folder holding the data dir and any books the test creates. */
  workDir: string;
  close(): Promise<void>;
}

export async function startE2e(): Promise<E2eSession> {
  if (!existsSync(join(STATIC_DIR, 'index.html'))) {
    throw new Error(`找不到 ${STATIC_DIR}/index.html：请先运行 npx electron-vite build。`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `找不到 Chromium（${CHROMIUM_PATH}）：请运行 apt-get install -y chromium fonts-noto-cjk。`,
    );
  }
  const workDir = mkdtempSync(join(tmpdir(), 'budgetdesk-e2e-'));
  const app = await startBrowserApp({ dataDir: join(workDir, 'data'), staticDir: STATIC_DIR });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const opened = browser;
    return {
      app,
      browser: opened,
      page,
      pageErrors: collectPageErrors(page),
      workDir,
      async close() {
        await opened.close();
        await app.close();
        rmSync(workDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await browser?.close();
    await app.close();
    rmSync(workDir, { recursive: true, force: true });
    throw e;
  }
}

/** Fails the test on any error the page logs or throws, so a broken page cannot pass. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * Calls one API channel from the page, as the app does over HTTP (same server, same token, the
 * page's book session).
 */
export async function callApi<T>(page: Page, channel: string, arg: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([ch, a]) => {
      const token = document.querySelector<HTMLMetaElement>(
        'meta[name="budgetdesk-token"]',
      )?.content;
      const session = sessionStorage.getItem('budgetdesk-session') ?? '';
      const res = await fetch(`/api/${ch}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'x-budgetdesk-token': token ?? '',
          'x-budgetdesk-session': session,
        },
        body: JSON.stringify(a),
      });
      const body = (await res.json()) as {
        ok: boolean;
        data: unknown;
        error?: { message: string };
      };
      if (!body.ok) throw new Error(body.error?.message);
      return body.data;
    },
    [channel, arg] as const,
  ) as Promise<T>;
}

/** Loads the start screen and opens the sample book through 打开示例. */
export async function openSample(s: E2eSession): Promise<void> {
  await s.page.goto(s.app.server.url);
  await s.page
    .getByRole('button', { name: /^打开示例/ })
    .first()
    .click();
  await s.page.locator('.panel').getByRole('button', { name: '打开示例' }).click();
}

/**
 * A screenshot to look at: /tmp/budgetdesk-ui-<name>.png on every run, and the README's copy
 * docs/images/ui-<name>.png only when BUDGETDESK_SCREENSHOTS is set (a test run leaves the
 * tree as it was).
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `/tmp/budgetdesk-ui-${name}.png` });
  if (process.env.BUDGETDESK_SCREENSHOTS) {
    await page.screenshot({ path: resolve(__dirname, `../../docs/images/ui-${name}.png`) });
  }
}

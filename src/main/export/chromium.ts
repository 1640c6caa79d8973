/**
 * Where headless Chromium is and how it starts on these machines: the PDF printer, the benches
 * and the end-to-end tests launch it the same way. Without the networking flags Chromium keeps
 * trying hosts that an offline machine refuses.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium binary: BUDGETDESK_CHROMIUM, else the Debian/Ubuntu locations; null when none. */
export function findChromium(): string | null {
  const candidates = [
    process.env.BUDGETDESK_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

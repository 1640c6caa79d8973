/**
 * Answering the browser mode's save dialog (FileDialog.vue) in e2e tests: exports are saved to
 * a folder the clerk chooses, not downloaded.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits for the save dialog, goes to `dir`, keeps the proposed file name and saves (replacing
 * an existing file when asked). Returns the path the file is written to.
 */
export async function saveInDialog(page: Page, dir: string): Promise<string> {
  const nameField = page.getByRole('textbox', { name: '文件名', exact: true });
  const dialog = page.getByRole('dialog').filter({ has: nameField });
  await dialog.waitFor();
  const folder = dialog.getByRole('textbox', { name: '文件夹', exact: true });
  await folder.fill(dir);
  await folder.press('Enter');
  await expect.poll(() => folder.inputValue()).toBe(dir);
  const name = await nameField.inputValue();
  await nameField.press('Enter');
  const replace = dialog.getByRole('button', { name: '替换', exact: true });
  // Either the dialog closes, or (the file exists) it asks to replace it. The wait that loses
  // the race settles later; its outcome is handled here so it cannot surface as an error.
  const asked = replace.waitFor().then(
    () => true,
    () => false,
  );
  const closed = dialog.waitFor({ state: 'detached' }).then(
    () => false,
    () => false,
  );
  if (await Promise.race([asked, closed])) await replace.click();
  await dialog.waitFor({ state: 'detached' });
  return join(dir, name);
}

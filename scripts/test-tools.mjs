/**
 * The programs outside node_modules that `npm test` calls, checked before any step runs so that a
 * fresh machine learns at once what to install (and with which command), instead of failing a
 * test half-way. Keep this list, the README's test command and .ci/run in step.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Whether `name` is an executable on PATH. */
function onPath(name) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Whether fontconfig knows a font covering Chinese (else screenshots and PDFs show boxes). */
function hasChineseFont() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

/** Each tool: what needs it, how to tell it is there, and the Debian package that provides it. */
export function requiredTools(chromium) {
  return [
    {
      what: `Chromium 浏览器 ${chromium}（端到端测试、PDF 文档测试）`,
      found: () => existsSync(chromium),
      packages: ['chromium'],
    },
    {
      what: '中文字体（fc-list :lang=zh；截图与 PDF 中的中文）',
      found: () => onPath('fc-list') && hasChineseFont(),
      packages: ['fontconfig', 'fonts-noto-cjk'],
    },
    {
      what: 'pdfinfo、pdftotext（PDF 文档测试读取页数、页面方向和文字）',
      found: () => onPath('pdfinfo') && onPath('pdftotext'),
      packages: ['poppler-utils'],
    },
    {
      what: 'unzip（Word 文档测试读取 .docx 内的 XML）',
      found: () => onPath('unzip'),
      packages: ['unzip'],
    },
  ];
}

/** The tools that are missing, and one command installing all of them; null when none is. */
export function missingTools(chromium) {
  const missing = requiredTools(chromium).filter((t) => !t.found());
  if (missing.length === 0) return null;
  const packages = [...new Set(missing.flatMap((t) => t.packages))];
  return {
    lines: missing.map((t) => `  · ${t.what}`),
    install: `apt-get update && apt-get install -y ${packages.join(' ')}`,
  };
}

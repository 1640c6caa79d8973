/**
 * Writes a Fiscal Data Package (src/shared/open-data) into a folder: one CSV per resource
 * (UTF-8, no BOM, CRLF, header = the schema's field names) and datapackage.json. Every file is
 * written to a temporary name first and renamed only when all are complete; on a failure the
 * temporary files are removed and the folder keeps what it had.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FiscalDataPackage } from '../../shared/open-data/package';
import type { DataResource } from '../../shared/open-data/types';
import { csvField } from '../import/csv';
import { BookError } from '../ledger/errors';

function resourceCsv(r: DataResource): string {
  const lines = [r.fields.map((f) => csvField(f.name)), ...r.rows.map((row) => row.map(csvField))];
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** The files of the package, by name within the folder. */
function packageFiles(pkg: FiscalDataPackage): Map<string, string> {
  const files = new Map<string, string>();
  for (const r of pkg.resources) files.set(r.path, resourceCsv(r));
  files.set('datapackage.json', `${JSON.stringify(pkg.descriptor, null, 2)}\n`);
  return files;
}

/** Writes the package into `dir` (created when its parent exists); returns the file names. */
export function writeDataPackage(dir: string, pkg: FiscalDataPackage): string[] {
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new BookError('BAD_OUT_DIR', `“${dir}”是一个文件，不是文件夹：请用 --out 指定一个文件夹`);
  }
  if (!existsSync(dirname(dir))) {
    throw new BookError(
      'BAD_OUT_DIR',
      `文件夹“${dirname(dir)}”不存在：请先建立它，或换一个输出位置`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const files = packageFiles(pkg);
  const temps: string[] = [];
  try {
    for (const [name, text] of files) {
      const temp = join(dir, `.${name}.tmp-${process.pid}`);
      temps.push(temp);
      writeFileSync(temp, text, 'utf8');
    }
    [...files.keys()].forEach((name, i) => renameSync(temps[i], join(dir, name)));
  } finally {
    for (const t of temps) rmSync(t, { force: true });
  }
  return [...files.keys()];
}

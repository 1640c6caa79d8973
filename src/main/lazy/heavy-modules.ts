/**
 * The large libraries, loaded on first use only. exceljs (~25 MB of JavaScript with its zip and
 * XML dependencies) and docx cost a few hundred milliseconds and tens of megabytes to load; a
 * command such as `budgetdesk lines` or `validate` never needs them, so nothing imports them at
 * the top of a module (type-only imports are free). In the CLI bundle each `import()` stays a
 * `require` made when the function first runs.
 */
import type ExcelJSModule from 'exceljs';

export type ExcelJS = typeof ExcelJSModule;

let excel: Promise<ExcelJS> | undefined;

/** The exceljs module (its default export, whether loaded as CommonJS or through ESM interop). */
export function loadExcelJs(): Promise<ExcelJS> {
  excel ??= import('exceljs').then((m) => ((m as { default?: ExcelJS }).default ?? m) as ExcelJS);
  return excel;
}

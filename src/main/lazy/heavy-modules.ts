/**
 * The large libraries, loaded on first use only. exceljs with its zip and XML dependencies costs
 * a few hundred milliseconds and tens of megabytes to load; a command such as `budgetdesk lines`
 * or `validate` never needs it, so nothing imports it at the top of a module (type-only imports
 * are free). In the CLI build this `import()` loads exceljs's own chunk (vite.cli.config.mts).
 */
import type { Workbook } from 'exceljs';

type WorkbookClass = typeof Workbook;

let workbookClass: Promise<WorkbookClass> | undefined;

/**
 * exceljs's Workbook class, from its own module: the package's entry also loads the streaming
 * reader and writer and their dependencies (about 380 more modules), which no caller uses.
 */
export function loadWorkbookClass(): Promise<WorkbookClass> {
  workbookClass ??= import('exceljs/lib/doc/workbook.js').then(
    (m) => ((m as { default?: WorkbookClass }).default ?? m) as WorkbookClass,
  );
  return workbookClass;
}

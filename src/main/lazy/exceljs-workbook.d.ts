/** exceljs's Workbook module on its own (see heavy-modules.ts); the package types only its entry. */
declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs';
  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}

/**
 * Year-versioned classification catalogs. Look a code up through a Catalog; an unknown code is
 * a CatalogError whose message names the code and the year.
 */
import type { UnitType } from '../domain';
import type { BookSnapshot } from '../domain';
import { mappingSide, type CatalogData, type ClassificationEntry } from './types';
import { builtInCatalogData, builtInYears } from './loader';

export type { CatalogData, CatalogKind, ClassificationEntry } from './types';
export { CATALOG_KINDS, CATALOG_KIND_NAMES, entriesOf, provisionalNotice } from './types';

export class CatalogError extends Error {
  constructor(
    readonly code:
      | 'UNKNOWN_YEAR'
      | 'UNKNOWN_FUNCTION'
      | 'UNKNOWN_DEPT_ECON'
      | 'UNKNOWN_GOV_ECON'
      | 'NO_MAPPING',
    message: string,
  ) {
    super(message);
  }
}

function index(entries: ClassificationEntry[]): Map<string, ClassificationEntry> {
  return new Map(entries.map((e) => [e.code, e]));
}

export class Catalog {
  private readonly fn: Map<string, ClassificationEntry>;
  private readonly dept: Map<string, ClassificationEntry>;
  private readonly gov: Map<string, ClassificationEntry>;

  constructor(readonly data: CatalogData) {
    this.fn = index(data.functions);
    this.dept = index(data.deptEconomic);
    this.gov = index(data.govEconomic);
  }

  get year(): number {
    return this.data.year;
  }

  /** Some code is 停用 (dropped by an imported 科目表, kept so old lines still print). */
  get hasRetired(): boolean {
    return (this.anyRetired ??= [this.fn, this.dept, this.gov].some((m) =>
      [...m.values()].some((e) => e.retired),
    ));
  }
  private anyRetired?: boolean;

  /** 暂定: see CatalogData.provisional. */
  get provisional(): boolean {
    return this.data.provisional;
  }

  function(code: string): ClassificationEntry | undefined {
    return this.fn.get(code);
  }
  deptEcon(code: string): ClassificationEntry | undefined {
    return this.dept.get(code);
  }
  govEcon(code: string): ClassificationEntry | undefined {
    return this.gov.get(code);
  }

  /** A 7-digit 功能分类 项 of this year, or a CatalogError naming it. */
  requireFunctionItem(code: string): ClassificationEntry {
    const e = /^\d{7}$/.test(code) ? this.fn.get(code) : undefined;
    if (!e) {
      throw new CatalogError(
        'UNKNOWN_FUNCTION',
        `功能科目编码“${code}”不是 ${this.year} 年政府收支分类科目中的项级科目（应为 7 位编码，如 2080199）`,
      );
    }
    return e;
  }

  /** A 5-digit 部门经济分类 款 of this year, or a CatalogError naming it. */
  requireDeptEcon(code: string): ClassificationEntry {
    const e = /^\d{5}$/.test(code) ? this.dept.get(code) : undefined;
    if (!e) {
      throw new CatalogError(
        'UNKNOWN_DEPT_ECON',
        `部门经济科目编码“${code}”不是 ${this.year} 年部门预算支出经济分类中的款级科目（应为 5 位编码，如 30101）`,
      );
    }
    return e;
  }

  /** A 5-digit 政府经济分类 款 of this year, or a CatalogError naming it. */
  requireGovEcon(code: string): ClassificationEntry {
    const e = /^\d{5}$/.test(code) ? this.gov.get(code) : undefined;
    if (!e) {
      throw new CatalogError(
        'UNKNOWN_GOV_ECON',
        `政府经济科目编码“${code}”不是 ${this.year} 年政府预算支出经济分类中的款级科目（应为 5 位编码，如 50501）`,
      );
    }
    return e;
  }

  /** The default 政府经济分类 款 for a 部门 款 and unit type (by 款, else by 类). */
  defaultGovEcon(deptCode: string, unitType: UnitType): string {
    const table = this.data.govMapping[mappingSide(unitType)];
    const gov = table[deptCode] ?? table[deptCode.slice(0, 3)];
    if (!gov) {
      throw new CatalogError(
        'NO_MAPPING',
        `部门经济科目“${deptCode}”在 ${unitType} 下没有默认的政府经济科目，请在“政府经济科目编码”一栏填写`,
      );
    }
    return gov;
  }

  /** Whether a 部门→政府 pair is allowed for the unit type (the default or a listed exception). */
  isGovEconAllowed(deptCode: string, govCode: string, unitType: UnitType): boolean {
    const side = mappingSide(unitType);
    const table = this.data.govMapping[side];
    const def = table[deptCode] ?? table[deptCode.slice(0, 3)];
    if (def === govCode) return true;
    return (this.data.govAllowed[side][deptCode] ?? []).includes(govCode);
  }

  /** Name of a 功能分类 code at any level (类/款/项). */
  functionName(code: string): string {
    return this.fn.get(code)?.name ?? '';
  }
}

const cache = new Map<number, Catalog>();

/** The built-in catalog of a budget year (2021–2030); a CatalogError for any other year. */
export function getCatalog(year: number): Catalog {
  let c = cache.get(year);
  if (!c) {
    const data = builtInCatalogData(year);
    if (!data) {
      const years = builtInYears();
      throw new CatalogError(
        'UNKNOWN_YEAR',
        `没有 ${year} 年的科目目录（现有：${years[0]}–${years[years.length - 1]} 年）`,
      );
    }
    c = new Catalog(data);
    cache.set(year, c);
  }
  return c;
}

/** The budget years that have a built-in catalog, oldest first. */
export function catalogYears(): number[] {
  return builtInYears();
}

const bookCatalogs = new WeakMap<CatalogData, Catalog>();

/**
 * The catalog a book resolves its codes with: the one stored in the book (BookSnapshot.catalog),
 * else the built-in catalog of its year.
 */
export function catalogOfBook(book: Pick<BookSnapshot, 'info' | 'catalog'>): Catalog {
  if (!book.catalog) return getCatalog(book.info.year);
  let c = bookCatalogs.get(book.catalog);
  if (!c) {
    c = new Catalog(book.catalog);
    bookCatalogs.set(book.catalog, c);
  }
  return c;
}

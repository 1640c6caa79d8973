/**
 * A deterministic synthetic book for the benchmark: 200 units (a 行政 department and 199 units
 * under it), 12 projects each (3 一级 × 3 二级 plus the 一级 themselves), and 100,000 line items
 * over the 2021 catalog's codes, fund sources and kinds. Same seed, same book, every run.
 */
import { getCatalog } from '../src/shared/catalogs';
import {
  EXPENDITURE_KINDS,
  FUND_SOURCES,
  UNIT_TYPES,
  type BookSnapshot,
  type ExpenditureKind,
  type FundSource,
  type LineItem,
  type Project,
  type Unit,
} from '../src/shared/domain';

/** mulberry32: a small seeded PRNG, so the book is the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(rand: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1][0];
}

const KIND_WEIGHTS: readonly (readonly [ExpenditureKind, number])[] = EXPENDITURE_KINDS.map((k) => [
  k,
  k.startsWith('基本') ? 30 : k === '项目支出' ? 30 : 2.5,
]);
const FUND_WEIGHTS: readonly (readonly [FundSource, number])[] = FUND_SOURCES.map((f, i) => [
  f,
  i === 0 ? 50 : 5,
]);

export function syntheticBook(unitCount = 200, lineCount = 100_000, seed = 20210101): BookSnapshot {
  const rand = prng(seed);
  const catalog = getCatalog(2021);
  const fnItems = catalog.data.functions.filter((f) => f.code.length === 7).map((f) => f.code);
  const deptItems = catalog.data.deptEconomic.filter((e) => e.code.length === 5).map((e) => e.code);
  const top = '900000';
  const units: Unit[] = Array.from({ length: unitCount }, (_, i) => ({
    code: String(900000 + i),
    name: i === 0 ? '示范市某局' : `示范市某局下属单位${i}`,
    type: i === 0 ? '行政单位' : UNIT_TYPES[i % UNIT_TYPES.length],
    parentCode: i === 0 ? null : top,
  }));
  const projects: Project[] = [];
  const level2ByUnit = new Map<string, string[]>();
  units.forEach((u, ui) => {
    const children: string[] = [];
    for (let p = 0; p < 3; p++) {
      const l1 = `4407002100${String(ui).padStart(4, '0')}${String(p).padStart(2, '0')}00000`;
      projects.push(project(l1, `一级项目${ui}-${p}`, u.code, null));
      for (let c = 1; c <= 3; c++) {
        const l2 = `${l1.slice(0, 16)}${String(c).padStart(5, '0')}`;
        projects.push(project(l2, `二级项目${ui}-${p}-${c}`, u.code, l1));
        children.push(l2);
      }
    }
    level2ByUnit.set(u.code, children);
  });
  const gov = new Map<string, string>();
  const govOf = (dept: string, unit: Unit): string => {
    const key = `${dept}|${unit.type}`;
    let g = gov.get(key);
    if (g === undefined) {
      try {
        g = catalog.defaultGovEcon(dept, unit.type);
      } catch {
        g = '59999';
      }
      gov.set(key, g);
    }
    return g;
  };
  const lines: LineItem[] = new Array(lineCount);
  for (let i = 0; i < lineCount; i++) {
    const unit = units[Math.floor(rand() * units.length)];
    const kind = weighted(rand, KIND_WEIGHTS);
    const dept = kind === '结转下年' ? '' : deptItems[Math.floor(rand() * deptItems.length)];
    const children = level2ByUnit.get(unit.code)!;
    lines[i] = {
      id: i + 1,
      unitCode: unit.code,
      functionCode: fnItems[Math.floor(rand() * fnItems.length)],
      deptEconCode: dept,
      govEconCode: dept ? govOf(dept, unit) : '',
      kind,
      projectCode: kind === '项目支出' ? children[Math.floor(rand() * children.length)] : null,
      fundSource: weighted(rand, FUND_WEIGHTS),
      amountFen: 1 + Math.floor(rand() * 5_000_000),
    };
  }
  return {
    info: { year: 2021, packId: 'jiangmen-2021', unitCode: top },
    units,
    projects,
    lines,
    plan: [],
  };
}

function project(code: string, name: string, unitCode: string, parentCode: string | null): Project {
  return {
    code,
    name,
    level: parentCode ? 2 : 1,
    parentCode,
    unitCode,
    isKey: false,
    approvedFen: null,
    procurementGoodsFen: 0,
    procurementWorksFen: 0,
    procurementServicesFen: 0,
  };
}

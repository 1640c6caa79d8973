/** Projects repository: 一级 and 二级 projects with their approved amounts and procurement. */
import type { Project } from '../../shared/domain';
import type { BookDb } from './book-db';

interface ProjectRow extends Omit<Project, 'isKey' | 'level'> {
  level: number;
  isKey: number;
}

const SELECT = `SELECT code, name, level, parent_code AS parentCode, unit_code AS unitCode,
  is_key AS isKey, approved_fen AS approvedFen, procurement_goods_fen AS procurementGoodsFen,
  procurement_works_fen AS procurementWorksFen, procurement_services_fen AS procurementServicesFen
  FROM projects`;

function toProject(r: ProjectRow): Project {
  return { ...r, level: r.level === 1 ? 1 : 2, isKey: r.isKey === 1 };
}

/** 一级 before 二级, each in the order added. */
export function listProjects(book: BookDb): Project[] {
  return (book.db.prepare(`${SELECT} ORDER BY level, rowid`).all() as ProjectRow[]).map(toProject);
}

export function getProject(book: BookDb, code: string): Project | undefined {
  const r = book.db.prepare(`${SELECT} WHERE code = ?`).get(code) as ProjectRow | undefined;
  return r && toProject(r);
}

/** Insert or update by code. A 二级 project's parent must already be saved. */
export function saveProject(book: BookDb, p: Project): Project {
  book.db
    .prepare(
      `INSERT INTO projects (code, name, level, parent_code, unit_code, is_key, approved_fen,
         procurement_goods_fen, procurement_works_fen, procurement_services_fen)
       VALUES (@code, @name, @level, @parentCode, @unitCode, @isKey, @approvedFen,
         @procurementGoodsFen, @procurementWorksFen, @procurementServicesFen)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level,
         parent_code = excluded.parent_code, unit_code = excluded.unit_code,
         is_key = excluded.is_key, approved_fen = excluded.approved_fen,
         procurement_goods_fen = excluded.procurement_goods_fen,
         procurement_works_fen = excluded.procurement_works_fen,
         procurement_services_fen = excluded.procurement_services_fen`,
    )
    .run({ ...p, isKey: p.isKey ? 1 : 0 });
  return { ...p };
}

/** Deletes a project (its indicators go with it). Fails on a foreign key while lines use it. */
export function deleteProject(book: BookDb, code: string): boolean {
  return book.db.prepare('DELETE FROM projects WHERE code = ?').run(code).changes > 0;
}

/** Codes of 二级 projects that children or lines still refer to. */
export function projectUsage(book: BookDb, code: string): { lines: number; children: number } {
  const lines = book.db
    .prepare('SELECT count(*) AS n FROM line_items WHERE project_code = ?')
    .get(code) as { n: number };
  const children = book.db
    .prepare('SELECT count(*) AS n FROM projects WHERE parent_code = ?')
    .get(code) as { n: number };
  return { lines: lines.n, children: children.n };
}

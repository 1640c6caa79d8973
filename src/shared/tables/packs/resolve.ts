/**
 * Turning a pack file into a whole pack: a file without `extends` must give every part; a file
 * with `extends` starts from that pack and replaces only what it gives — tables by number (only
 * the fields given), 审核 rules by id (all rules of that id), glossary terms by term, document texts and the names.
 * Every problem is reported with its field path inside the file, all at once.
 */
import type { PackDefinition } from './definition';
import { referenceProblems } from './references';
import { issueLines, REPORT_INPUT } from './schema/issues';
import { packDefinitionSchema, packFileSchema, type PackFile } from './schema/pack';
import { tableTemplateSchema } from './schema/tables';

/** A pack file that cannot become a pack; `problems` are "path：what is wrong" lines. */
export class PackFileError extends Error {
  readonly code = 'BAD_PACK_FILE';
  constructor(readonly problems: string[]) {
    super(problems.join('；'));
  }
}

/** Parses unknown JSON as a pack file, or a PackFileError listing every problem. */
export function parsePackFile(json: unknown): PackFile {
  const r = packFileSchema.safeParse(json, REPORT_INPUT);
  if (!r.success) throw new PackFileError(issueLines(r.error.issues));
  return r.data;
}

/**
 * Rules by id. An id may name a group of rules (T7-a is one identity per column), so the
 * extension's rules of an id replace all the base's rules of that id, where the first stood.
 */
function mergeById<T extends { id: string }>(base: readonly T[], over: readonly T[] = []): T[] {
  const out: T[] = [];
  const placed = new Set<string>();
  for (const r of base) {
    const replacement = over.filter((o) => o.id === r.id);
    if (!replacement.length) out.push(r);
    else if (!placed.has(r.id)) {
      out.push(...replacement);
      placed.add(r.id);
    }
  }
  return [...out, ...over.filter((o) => !base.some((r) => r.id === o.id))];
}

function duplicates(values: readonly (string | number)[]): (string | number)[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** Problems with what an extension names in its base (tables, rule ids, glossary terms). */
function extensionProblems(file: PackFile, base: PackDefinition): string[] {
  const out: string[] = [];
  file.tables?.forEach((t, i) => {
    if (base.tables.some((b) => b.number === t.number)) return;
    const full = tableTemplateSchema.safeParse(t, REPORT_INPUT);
    if (!full.success)
      out.push(
        ...issueLines(full.error.issues, ['tables', i]).map(
          (l) => `${l}（表${t.number} 是新增的表，须写出完整的表式）`,
        ),
      );
  });
  const ruleIds = [...base.rules.tables, ...base.rules.book].map((r) => r.id);
  file.rules?.remove?.forEach((id, i) => {
    if (!ruleIds.includes(id))
      out.push(`rules.remove[${i}]：所继承的表式中没有编号为“${id}”的审核规则`);
  });
  file.document?.removeTerms?.forEach((term, i) => {
    if (!base.document.glossary.some((g) => g.term === term))
      out.push(`document.removeTerms[${i}]：所继承的名词解释中没有“${term}”`);
  });
  return out;
}

function extend(file: PackFile, base: PackDefinition): PackDefinition {
  const tables = base.tables.map((t) => {
    const patch = file.tables?.find((p) => p.number === t.number);
    return patch ? { ...t, ...patch } : t;
  });
  for (const p of file.tables ?? []) {
    if (!tables.some((t) => t.number === p.number)) tables.push(tableTemplateSchema.parse(p));
  }
  tables.sort((a, b) => a.number - b.number);
  const removed = new Set(file.rules?.remove ?? []);
  const doc = file.document ?? {};
  const dropTerms = new Set(doc.removeTerms ?? []);
  const glossary = base.document.glossary
    .filter((g) => !dropTerms.has(g.term))
    .map((g) => doc.glossary?.find((o) => o.term === g.term) ?? g);
  glossary.push(...(doc.glossary ?? []).filter((o) => !glossary.some((g) => g.term === o.term)));
  return {
    id: file.id,
    name: file.name,
    year: file.year ?? base.year,
    region: file.region ?? base.region,
    governmentLevel: file.governmentLevel ?? base.governmentLevel,
    extends: base.id,
    unitCaption: file.unitCaption ?? base.unitCaption,
    tables,
    rules: {
      tables: mergeById(base.rules.tables, file.rules?.tables).filter((r) => !removed.has(r.id)),
      book: mergeById(base.rules.book, file.rules?.book).filter((r) => !removed.has(r.id)),
    },
    document: {
      subjects: { ...base.document.subjects, ...doc.subjects },
      adminDefinition: doc.adminDefinition ?? base.document.adminDefinition,
      adminNoneSentence: doc.adminNoneSentence ?? base.document.adminNoneSentence,
      glossary,
    },
  };
}

/** A file without `extends`: itself, checked as a whole pack. */
function wholePack(file: PackFile): PackDefinition {
  if (file.rules?.remove || file.document?.removeTerms)
    throw new PackFileError([
      'rules.remove / document.removeTerms：只有继承其他表式（extends）时才能删除',
    ]);
  const { $schema: _s, description: _d, ...rest } = file;
  const whole = packDefinitionSchema.safeParse(rest, REPORT_INPUT);
  if (whole.success) return whole.data;
  const hint = '（没有 extends 的表式须写出全部内容）';
  throw new PackFileError(
    issueLines(whole.error.issues).map((l) => (l.endsWith('缺少此项') ? l + hint : l)),
  );
}

/**
 * A file with `extends`, merged onto its base. Its parts were each checked (the file by its
 * schema, new tables in full) and the base is a checked pack; the schema has no rule across
 * fields, so the merge needs no second check.
 */
function extendedPack(file: PackFile & { extends: string }, base: Lookup): PackDefinition {
  if (file.extends === file.id) throw new PackFileError(['extends：表式不能继承自己']);
  const parent = base(file.extends);
  if (!parent)
    throw new PackFileError([
      `extends：找不到编号为“${file.extends}”的表式（可用 budgetdesk packs 查看）`,
    ]);
  const problems = extensionProblems(file, parent);
  if (problems.length) throw new PackFileError(problems);
  return extend(file, parent);
}

type Lookup = (id: string) => PackDefinition | undefined;

/**
 * The whole pack a parsed file describes. `base` looks up the pack named by `extends` (built-in
 * or loaded); an unknown base and every field problem are a PackFileError listing them all.
 */
export function resolvePack(file: PackFile, base: Lookup): PackDefinition {
  const dupTables = duplicates((file.tables ?? []).map((t) => t.number));
  if (dupTables.length)
    throw new PackFileError([`tables：表${dupTables.join('、表')} 写了不止一次`]);
  const def =
    file.extends === undefined
      ? wholePack(file)
      : extendedPack({ ...file, extends: file.extends }, base);
  const dangling = referenceProblems(def);
  if (dangling.length) throw new PackFileError(dangling);
  return def;
}

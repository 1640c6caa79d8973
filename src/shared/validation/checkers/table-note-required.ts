/**
 * A table the pack prints with "注：无" when empty (政府性基金, 国有资本经营) needs a real note once
 * it carries money: the note must not still say 无, or be missing. The clerk writes it as the
 * table's 表注 (BookSnapshot.tableNotes), which counts only where the template prints one.
 */
import { TableSet } from '../table-cells';
import { NO_AMOUNTS, type Finding } from '../finding';
import { fromRule, type Checker } from './checker';

const normalise = (s: string): string => s.replace(/\s+/g, '');

export const tableNoteRequired: Checker<'table-note-required'> = (ctx, rule) => {
  const tables = new TableSet(ctx.tables);
  const empty = new Set(rule.params.emptyNotes.map(normalise));
  const findings: Finding[] = [];
  for (const number of rule.params.tables) {
    if (!tables.has(number)) continue;
    const model = tables.table(number, rule.id);
    const nonEmpty = model.rows.some((r) =>
      r.cells.some((c) => c.kind === 'amount' && c.fen !== 0),
    );
    const clerk = model.acceptsClerkNote ? (ctx.book.tableNotes?.[number] ?? '').trim() : '';
    const packNotes = model.notes.filter((n) => n !== model.clerkNote && !empty.has(normalise(n)));
    if (!nonEmpty || clerk !== '' || packNotes.length > 0) continue;
    findings.push({
      key: `${rule.id}:${number}`,
      ...fromRule(rule),
      message:
        `表${number}“${model.title}”有金额，但表下注释${model.notes.length ? `仍为“${model.notes.join(' ')}”` : '为空'}；` +
        (model.acceptsClerkNote
          ? `请在“报表预览”表${number}下的“表注”中说明（资金来源、用途等）。`
          : `请为该表填写说明（资金来源、用途等）。`),
      ...NO_AMOUNTS,
      where: {
        cells: [],
        entries: [
          {
            type: 'note',
            code: String(number),
            label: `表${number}表下注释`,
            open: { screen: 'notes', focus: String(number) },
          },
        ],
      },
    });
  }
  return findings;
};

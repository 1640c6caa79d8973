/**
 * The runtime schemas of a whole pack (PackDefinition) and of a pack file, which may extend
 * another pack and give only what differs: tables by number (only the fields that change), 审核
 * rules by id (and ids to drop), document texts, glossary terms by term (and terms to drop),
 * government level, name.
 */
import { z } from 'zod';
import { bookRuleSchema, tableRuleSchema } from './rules';
import { tablePatchSchema, tableTemplateSchema } from './tables';

const text = z.string().min(1);

/** Pack ids are what files and books refer to: letters, digits, '-', '_' and '.'. */
const packIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
const yearSchema = z.number().int().min(2000).max(2100);

const figureCell = z.strictObject({
  table: z.number().int().min(1),
  row: text,
  column: z.number().int().min(0),
});
const subject = z.strictObject({ cell: figureCell, reasonKey: text, label: text });
const subjects = z.strictObject({
  income: subject,
  expenditure: subject,
  threePublic: subject,
  overseas: subject,
  cars: subject,
  carPurchase: figureCell,
  carRunning: figureCell,
  reception: subject,
  admin: subject,
});
const glossaryTerm = z.strictObject({ term: text, definition: text });

const documentSchema = z.strictObject({
  subjects,
  adminDefinition: text,
  adminNoneSentence: text,
  glossary: z.array(glossaryTerm),
});

export const packDefinitionSchema = z.strictObject({
  id: packIdSchema,
  name: text,
  year: yearSchema,
  region: text,
  governmentLevel: text,
  extends: packIdSchema.optional(),
  unitCaption: text,
  tables: z.array(tableTemplateSchema).min(1),
  rules: z.strictObject({ tables: z.array(tableRuleSchema), book: z.array(bookRuleSchema) }),
  document: documentSchema,
});

export const packFileSchema = z.strictObject({
  /** Editors' JSON-schema hint and a free note for reviewers; neither changes the pack. */
  $schema: z.string().optional(),
  description: z.string().optional(),
  id: packIdSchema,
  name: text,
  extends: packIdSchema.optional(),
  year: yearSchema.optional(),
  region: text.optional(),
  governmentLevel: text.optional(),
  unitCaption: text.optional(),
  tables: z.array(tablePatchSchema).optional(),
  rules: z
    .strictObject({
      tables: z.array(tableRuleSchema).optional(),
      book: z.array(bookRuleSchema).optional(),
      remove: z.array(text).optional(),
    })
    .optional(),
  document: z
    .strictObject({
      subjects: subjects.partial().optional(),
      adminDefinition: text.optional(),
      adminNoneSentence: text.optional(),
      glossary: z.array(glossaryTerm).optional(),
      removeTerms: z.array(text).optional(),
    })
    .optional(),
});

/** A pack file as parsed: a whole pack, or an extension of the pack named by `extends`. */
export type PackFile = z.infer<typeof packFileSchema>;

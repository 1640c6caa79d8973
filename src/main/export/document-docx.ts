/**
 * The disclosure document as .docx (npm docx): a centred cover, 目录 with links, 第一部分, the
 * thirteen tables each in a landscape section (document-docx-table.ts), 第三部分 with the
 * key-project table, 第四部分; 宋体 throughout and "第 N 页" in every footer. Renders the same
 * model as document-html.ts.
 */
import {
  AlignmentType,
  Bookmark,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { chineseNumeral, type DisclosureDocument } from '../../shared/narrative/document';
import { paragraphText } from '../../shared/narrative/slots';
import type { ExplanationSection } from '../../shared/narrative/types';
import type { ChartPng } from './chart-images';
import { docxTable, FONT, noteParagraphs, run } from './document-docx-table';

const BODY = 24; // 12pt
const MM = 56.7; // twips per mm
const PORTRAIT_WIDTH = Math.floor(11906 - 40 * MM);
const LANDSCAPE_WIDTH = Math.floor(16838 - 24 * MM);

/** Word bookmark names: a letter first, then letters, digits and underscores. */
const mark = (anchor: string): string => `bd_${anchor.replace(/[^A-Za-z0-9]/g, '_')}`;

function footer(): { default: Footer } {
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              font: FONT,
              size: 18,
              children: ['第 ', PageNumber.CURRENT, ' 页 / 共 ', PageNumber.TOTAL_PAGES, ' 页'],
            }),
          ],
        }),
      ],
    }),
  };
}

function body(text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: 480 },
    spacing: { line: 420, after: 60 },
    alignment: AlignmentType.JUSTIFIED,
    children: [run(text, { size: BODY })],
  });
}

function heading(text: string, level: 1 | 2, anchor?: string, pageBreakBefore = false): Paragraph {
  const r = run(text, { bold: true, size: level === 1 ? 32 : 26 });
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore,
    alignment: level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: level === 1 ? 240 : 200, after: 160 },
    children: [anchor ? new Bookmark({ id: mark(anchor), children: [r] }) : r],
  });
}

function keyProjectTable(s: ExplanationSection): (Table | Paragraph)[] {
  if (!s.table) return [];
  const widths = [0.28, 0.12, 0.6].map((f) => Math.floor(f * PORTRAIT_WIDTH));
  const c = (children: Paragraph[]): TableCell =>
    new TableCell({
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children,
    });
  const p = (
    t: string,
    align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
    bold = false,
  ): Paragraph => new Paragraph({ alignment: align, children: [run(t, { size: 21, bold })] });
  const rows = [
    new TableRow({
      tableHeader: true,
      children: s.table.columns.map((h) => c([p(h, AlignmentType.CENTER, true)])),
    }),
    ...s.table.rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: [
            c([p(r.name)]),
            c([p(r.amountText, AlignmentType.CENTER)]),
            c(r.targets.split('\n').map((l) => p(l))),
          ],
        }),
    ),
  ];
  return [
    new Table({ width: { size: PORTRAIT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows }),
    new Paragraph({ spacing: { before: 80 }, children: [run(s.table.note, { size: 21 })] }),
  ];
}

function part3(doc: DisclosureDocument): (Paragraph | Table)[] {
  const d = doc.part3.draft;
  return [
    heading(d.heading, 1, doc.part3.anchor),
    ...d.sections.flatMap((s) => [
      heading(s.heading, 2),
      ...s.paragraphs.map((p) => body(paragraphText(p))),
      ...keyProjectTable(s),
    ]),
  ];
}

function portrait(
  children: ISectionOptions['children'],
  extra: Partial<ISectionOptions['properties']> = {},
): ISectionOptions {
  return {
    properties: {
      page: {
        size: { orientation: PageOrientation.PORTRAIT },
        margin: { top: 22 * MM, bottom: 20 * MM, left: 20 * MM, right: 20 * MM },
      },
      ...extra,
    },
    footers: footer(),
    children,
  };
}

/** 附：图表 — each chart as a PNG scaled to the text width, captioned below. */
function appendix(charts: readonly ChartPng[]): Paragraph[] {
  const widthPx = (PORTRAIT_WIDTH / 1440) * 96;
  return [
    heading('附：图表', 1, 'appendix-charts', true),
    ...charts.flatMap((c, i) => [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: c.png,
            transformation: { width: widthPx, height: (widthPx * c.height) / c.width },
            altText: { name: c.title, title: c.title, description: c.title },
          }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [run(`图${i + 1} ${c.title}`, { size: 21 })],
      }),
    ]),
  ];
}

export async function renderDocumentDocx(
  doc: DisclosureDocument,
  charts: readonly ChartPng[] = [],
): Promise<Buffer> {
  const cover = portrait(
    [`${doc.year}年`, doc.unitName, '部门预算'].map(
      // A fixed space above rather than vertical centring, which LibreOffice ignores.
      (t, i) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: i === 0 ? 4200 : 0, after: 360 },
          children: [run(t, { bold: true, size: 56 })],
        }),
    ),
  );
  const toc = doc.toc.map(
    (e) =>
      new Paragraph({
        indent: { left: e.level === 2 ? 480 : 0 },
        spacing: { before: e.level === 1 ? 160 : 0, line: 400 },
        children: [
          new InternalHyperlink({
            anchor: mark(e.anchor),
            children: [run(e.text, { size: BODY, bold: e.level === 1 })],
          }),
        ],
      }),
  );
  const part1 = [
    heading(doc.part1.heading, 1, doc.part1.anchor),
    ...doc.part1.sections.flatMap((s) => [heading(s.heading, 2, s.anchor), body(s.text)]),
  ];
  const tables: ISectionOptions[] = doc.part2.tables.map((t, i) => ({
    properties: {
      page: {
        size: { orientation: PageOrientation.LANDSCAPE },
        margin: { top: 14 * MM, bottom: 16 * MM, left: 12 * MM, right: 12 * MM },
      },
    },
    footers: footer(),
    children: [
      ...(i === 0 ? [heading(doc.part2.heading, 1, doc.part2.anchor)] : []),
      new Paragraph({
        children: [
          new Bookmark({
            id: mark(t.anchor),
            children: [run(`表${t.model.number}`, { size: 20 })],
          }),
        ],
      }),
      docxTable(t.model, LANDSCAPE_WIDTH),
      ...noteParagraphs(t.model),
    ],
  }));
  const part4 = [
    heading(doc.part4.heading, 1, doc.part4.anchor, true),
    ...doc.part4.terms.map(
      (t, i) =>
        new Paragraph({
          indent: { firstLine: 480 },
          spacing: { line: 420, after: 60 },
          children: [
            run(`${chineseNumeral(i + 1)}、${t.term}：`, { bold: true, size: BODY }),
            run(t.definition, { size: BODY }),
          ],
        }),
    ),
  ];
  const document = new Document({
    creator: 'BudgetDesk 部门预算编制',
    title: doc.title,
    styles: {
      default: { document: { run: { font: FONT, size: BODY } } },
      // Word's built-in headings are blue Calibri Light; the published document is black 宋体.
      paragraphStyles: [1, 2].map((level) => ({
        id: `Heading${level}`,
        name: `Heading ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, color: '000000', bold: true, size: level === 1 ? 32 : 26 },
      })),
    },
    sections: [
      cover,
      portrait([heading('目录', 1, 'toc'), ...toc]),
      portrait(part1),
      ...tables,
      portrait([...part3(doc), ...part4]),
      ...(charts.length ? [portrait(appendix(charts))] : []),
    ],
  });
  return Packer.toBuffer(document);
}

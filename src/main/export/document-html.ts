/**
 * The disclosure document as one self-contained HTML page, laid out for print: portrait A4 for
 * the text parts, landscape A4 (a CSS named page) for the tables. Chromium prints it to PDF
 * (document-pdf.ts, or Electron's printToPDF); the docx writer renders the same model.
 */
import { chineseNumeral, type DisclosureDocument } from '../../shared/narrative/document';
import { paragraphText } from '../../shared/narrative/slots';
import type { ExplanationSection } from '../../shared/narrative/types';
import type { ChartSvg } from './chart-images';
import { esc, tableHtml } from './document-html-table';

const CSS = `
@page { size: A4 portrait; margin: 22mm 20mm 20mm 20mm; }
@page landscape { size: A4 landscape; margin: 14mm 12mm 16mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "SimSun", "宋体", "Noto Serif CJK SC", "Songti SC", serif; font-size: 12pt; line-height: 1.75; color: #000; }
.cover { height: 245mm; display: flex; flex-direction: column; justify-content: center; text-align: center; }
.cover h1 { font-size: 28pt; font-weight: bold; line-height: 1.6; margin: 0; }
.cover .unit { font-size: 22pt; }
.toc, .part { break-before: page; }
.toc h2 { text-align: center; font-size: 18pt; letter-spacing: 1em; }
.toc a { color: #000; text-decoration: none; }
.toc .l1 { font-weight: bold; margin: 0.6em 0 0.2em; }
.toc .l2 { margin: 0 0 0 2em; }
h2.part-h { text-align: center; font-size: 16pt; margin: 0 0 1em; }
h3 { font-size: 13pt; margin: 1em 0 0.4em; }
p.body { text-indent: 2em; margin: 0 0 0.5em; text-align: justify; }
.table-page { break-before: page; }
.table-page.landscape { page: landscape; }
.t-no { margin: 0; font-size: 10pt; }
table.t { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.35; }
table.t th, table.t td { border: 0.6pt solid #000; padding: 1.5pt 3pt; vertical-align: middle; }
table.t th { font-weight: bold; text-align: center; }
table.t tr.t-title td { border: none; text-align: center; font-size: 15pt; font-weight: bold; padding: 2pt 0 6pt; }
table.t tr.t-meta td { border: none; padding: 0 0 3pt; }
table.t td.n { text-align: right; white-space: nowrap; }
table.t td.r { text-align: right; }
table.t tr.b td { font-weight: bold; }
table.t tr { break-inside: avoid; }
.t-note { font-size: 9pt; margin: 4pt 0 0; line-height: 1.5; white-space: pre-wrap; }
table.kp { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.5; }
table.kp th, table.kp td { border: 0.6pt solid #000; padding: 3pt 5pt; vertical-align: middle; }
table.kp td.c { text-align: center; white-space: nowrap; }
table.kp td.tg p { margin: 0; }
.term b { font-weight: bold; }
figure.chart { margin: 0 0 10mm; break-inside: avoid; text-align: center; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart figcaption { font-size: 10.5pt; margin-top: 2pt; }
`;

/** 附：图表 — the 概览 charts, one figure each (only when asked for). */
function appendixHtml(charts: readonly ChartSvg[]): string {
  if (charts.length === 0) return '';
  const figures = charts
    .map(
      (c, i) =>
        `<figure class="chart">${c.svg}<figcaption>图${i + 1} ${esc(c.title)}</figcaption></figure>`,
    )
    .join('');
  return `<section class="part" id="appendix-charts"><h2 class="part-h">附：图表</h2>${figures}</section>`;
}

function sectionHtml(s: ExplanationSection): string {
  const paras = s.paragraphs.map((p) => `<p class="body">${esc(paragraphText(p))}</p>`).join('');
  const table = s.table
    ? `<table class="kp"><colgroup><col style="width:28%"><col style="width:12%"><col style="width:60%"></colgroup>` +
      `<thead><tr>${s.table.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>` +
      s.table.rows
        .map(
          (r) =>
            `<tr><td>${esc(r.name)}</td><td class="c">${esc(r.amountText)}</td>` +
            `<td class="tg">${r.targets
              .split('\n')
              .map((l) => `<p>${esc(l)}</p>`)
              .join('')}</td></tr>`,
        )
        .join('') +
      `</tbody></table><p class="t-note">${esc(s.table.note)}</p>`
    : '';
  return `<h3>${esc(s.heading)}</h3>${paras}${table}`;
}

export function renderDocumentHtml(
  doc: DisclosureDocument,
  charts: readonly ChartSvg[] = [],
): string {
  const toc = doc.toc
    .map((e) => `<p class="l${e.level}"><a href="#${e.anchor}">${esc(e.text)}</a></p>`)
    .join('');
  const part1 = doc.part1.sections
    .map((s) => `<h3 id="${s.anchor}">${esc(s.heading)}</h3><p class="body">${esc(s.text)}</p>`)
    .join('');
  // The part heading opens the page of 表1, as in the published document.
  const part2Heading = `<h2 class="part-h" id="${doc.part2.anchor}">${esc(doc.part2.heading)}</h2>`;
  const tables = doc.part2.tables
    .map((t, i) => tableHtml(t.model, t.anchor, i === 0 ? part2Heading : ''))
    .join('');
  const part3 = doc.part3.draft.sections.map(sectionHtml).join('');
  const part4 = doc.part4.terms
    .map(
      (t, i) =>
        `<p class="body term"><b>${esc(`${chineseNumeral(i + 1)}、${t.term}`)}</b>：${esc(t.definition)}</p>`,
    )
    .join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(doc.title)}</title><style>${CSS}</style></head>
<body>
<section class="cover"><h1>${doc.year} 年</h1><h1 class="unit">${esc(doc.unitName)}</h1><h1>部门预算</h1></section>
<section class="toc"><h2>目录</h2>${toc}</section>
<section class="part" id="${doc.part1.anchor}"><h2 class="part-h">${esc(doc.part1.heading)}</h2>${part1}</section>
${tables}
<section class="part" id="${doc.part3.anchor}"><h2 class="part-h">${esc(doc.part3.draft.heading)}</h2>${part3}</section>
<section class="part" id="${doc.part4.anchor}"><h2 class="part-h">${esc(doc.part4.heading)}</h2>${part4}</section>
${appendixHtml(charts)}
</body></html>`;
}

import type { Report, TableId } from '../model/types';
import { cellColumns, reportLayouts, tableLayout, type GridCell, type TableLayout } from './layout';
import { isFormulaLike, neutralise } from './neutralise';
import { sourceLine, type SourceOptions } from './source-line';

import { escapeHtml } from '../text';

export { escapeHtml };

/**
 * Column widths in px, the same for every table. LibreOffice Calc lays all tables of one pasted
 * HTML fragment on one column grid cut at every table's column edges, so tables of different
 * widths split each other's columns into merged pairs (measured with Calc 7.4). With one width
 * list, every table's edges fall on the same lines and each table keeps its own columns.
 * The first three are label columns (表三's three label levels).
 */
const widthOf = (col: number) => (col < 3 ? 120 : 80);
const TEXT = `mso-number-format:"\\@"`;

function td(cell: GridCell, col: number): string {
  const tag = cell.kind === 'label' ? 'th' : 'td';
  // Printed text in a value cell ("1-2", "/") must stay text in Excel, not become a date; defused
  // formulas too (Calc ignores mso-*: the apostrophe of neutralise() is what stops it there).
  const asText = (cell.kind === 'value' && !cell.numeric && cell.text) || isFormulaLike(cell.text, cell.numeric);
  const attrs = [
    (cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : '',
    (cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : '',
    ` width="${Array.from({ length: cell.colSpan ?? 1 }, (_, i) => widthOf(col + i)).reduce((a, b) => a + b, 0)}"`,
    asText ? ` style='${TEXT}'` : '',
  ].join('');
  return `<${tag}${attrs}>${escapeHtml(neutralise(cell.text, cell.numeric)).replace(/\r?\n/g, '<br>')}</${tag}>`;
}

const paragraph = (text: string, bold = false) => {
  const t = escapeHtml(neutralise(text));
  return `<p style='${TEXT}'>${bold ? `<b>${t}</b>` : t}</p>`;
};

/** One table with its title paragraph; spans as in the official table. */
export function layoutToHtml(layout: TableLayout): string {
  const cols = cellColumns(layout);
  const tr = (row: GridCell[], r: number) => `<tr>${row.map((cell, i) => td(cell, cols[r][i])).join('')}</tr>`;
  const head = layout.rows.slice(0, layout.headerRows);
  const body = layout.rows.slice(layout.headerRows);
  const colgroup = Array.from({ length: layout.width }, (_, i) => `<col width="${widthOf(i)}">`).join('');
  return (
    paragraph(layout.title, true) +
    `<table border="1" cellspacing="0" cellpadding="4" data-table="${layout.id}"><colgroup>${colgroup}</colgroup>` +
    (head.length ? `<thead>${head.map((row, r) => tr(row, r)).join('')}</thead>` : '') +
    `<tbody>${body.map((row, r) => tr(row, r + layout.headerRows)).join('')}</tbody></table>` +
    (layout.notes ?? []).map((n) => paragraph(n)).join('')
  );
}

/** The source paragraph, then each table in its own block after an empty paragraph (Calc 7.4 makes it a blank row; a bare <br> gives none). */
function withSource(report: Report, layouts: TableLayout[], options: SourceOptions): string {
  return [paragraph(sourceLine(report, options)), ...layouts.map(layoutToHtml)].join('\n<p><br></p>\n');
}

/** One table of the report as HTML, or '' when the report lacks it. */
export function tableToHtml(report: Report, id: TableId, options: SourceOptions = {}): string {
  const layout = tableLayout(report, id);
  return layout ? withSource(report, [layout], options) : '';
}

/** The tables as an HTML fragment for the clipboard's text/html flavour (Excel/WPS keep merges). */
export function toHtmlTable(report: Report, options: SourceOptions = {}): string {
  return withSource(report, reportLayouts(report), options);
}

import type { Report, TableId } from '../model/types';
import { reportLayouts, tableLayout, type GridCell, type TableLayout } from './layout';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function td(cell: GridCell): string {
  const tag = cell.kind === 'label' ? 'th' : 'td';
  const attrs = [
    (cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : '',
    (cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : '',
    // Printed text in a value cell ("1-2", "/") must stay text in Excel, not become a date.
    cell.kind === 'value' && !cell.numeric && cell.text ? ` style='mso-number-format:"\\@"'` : '',
  ].join('');
  return `<${tag}${attrs}>${escapeHtml(cell.text).replace(/\r?\n/g, '<br>')}</${tag}>`;
}

/** One table with its title paragraph; spans as in the official table. */
export function layoutToHtml(layout: TableLayout): string {
  const tr = (row: GridCell[]) => `<tr>${row.map(td).join('')}</tr>`;
  const head = layout.rows.slice(0, layout.headerRows);
  const body = layout.rows.slice(layout.headerRows);
  return (
    `<p><b>${escapeHtml(layout.title)}</b></p>` +
    `<table border="1" cellspacing="0" cellpadding="4" data-table="${layout.id}">` +
    (head.length ? `<thead>${head.map(tr).join('')}</thead>` : '') +
    `<tbody>${body.map(tr).join('')}</tbody></table>`
  );
}

/** One table of the report as HTML, or '' when the report lacks it. */
export function tableToHtml(report: Report, id: TableId): string {
  const layout = tableLayout(report, id);
  return layout ? layoutToHtml(layout) : '';
}

/** The tables as an HTML fragment for the clipboard's text/html flavour (Excel/WPS keep merges). */
export function toHtmlTable(report: Report): string {
  return reportLayouts(report).map(layoutToHtml).join('<br>\n');
}

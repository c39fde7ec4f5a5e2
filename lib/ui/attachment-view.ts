import { reportLayouts } from '@/lib/export/layout';
import { refKey, type Report } from '@/lib/model/types';
import { markCells } from './draft';

/**
 * The report's tables in the official layout (the exports' layout, lib/export/layout) built as
 * DOM with textContent only, each value cell keyed by its model cell so findings mark it and the
 * findings list jumps to it, exactly as the page marks a report page's own cells.
 */
export function layoutTables(report: Report, into: Document): { fragment: DocumentFragment; byRef: Map<string, Element> } {
  const fragment = into.createDocumentFragment();
  const byRef = new Map<string, Element>();
  for (const layout of reportLayouts(report)) {
    const title = into.createElement('p');
    title.className = 'layout-title';
    title.textContent = layout.title;
    const table = into.createElement('table');
    table.dataset.table = layout.id;
    layout.rows.forEach((row, r) => {
      const tr = table.insertRow();
      for (const cell of row) {
        const td = into.createElement(cell.kind === 'label' || r < layout.headerRows ? 'th' : 'td');
        td.textContent = cell.text;
        if ((cell.rowSpan ?? 1) > 1) td.setAttribute('rowspan', String(cell.rowSpan));
        if ((cell.colSpan ?? 1) > 1) td.setAttribute('colspan', String(cell.colSpan));
        if (cell.ref) byRef.set(refKey(cell.ref), td);
        tr.append(td);
      }
    });
    fragment.append(title, table);
    for (const note of layout.notes ?? []) {
      const p = into.createElement('p');
      p.className = 'layout-note';
      p.textContent = note;
      fragment.append(p);
    }
  }
  markCells(report.findings, byRef, report);
  return { fragment, byRef };
}

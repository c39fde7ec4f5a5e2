/** One table in its official layout on a worksheet, at any row: the popup's sheets and the review's stacked ones. */
import type ExcelJS from 'exceljs';
import { refKey, type Severity, type TableId } from '../model/types';
import { cellColumns, type GridCell, type TableLayout } from './layout';
import { isFormulaLike } from './neutralise';
import type { CellMark } from './xlsx-marks';

export const SHEET_NAMES: Record<TableId, string> = { active: '表二', applications: '表三', reviewLitigation: '表四', legacy: '统计表' };
/** Excel's own "Bad" / "Neutral" fills, and a light blue for notes. */
export const FILLS: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
const EDGES: Record<Severity, string> = { error: 'FFC5221F', warning: 'FFB06000', info: 'FF1A73E8' };

type Sheet = ExcelJS.Worksheet;
export const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
export const edge = (argb?: string): Partial<ExcelJS.Borders> => {
  const side: Partial<ExcelJS.Border> = { style: 'thin', ...(argb && { color: { argb } }) };
  return { top: side, left: side, bottom: side, right: side };
};
/** Display width in Excel's character units: CJK characters are two. */
const textWidth = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);

/** Row 1: where the figures come from (agency, year, URL, date checked). */
export function sourceRow(ws: Sheet, source: string): void {
  ws.getCell(1, 1).value = source;
  ws.getCell(1, 1).font = { color: { argb: 'FF555555' } };
}

/** A table's title, bold and centred over its width. */
export function titleRow(ws: Sheet, row: number, title: string, width: number): void {
  const t = ws.getCell(row, 1);
  t.value = title;
  t.font = { bold: true, size: 13 };
  t.alignment = { horizontal: 'center' };
  if (width > 1) ws.mergeCells(row, 1, row, width);
}

function putCell(ws: Sheet, at: { row: number; col: number }, cell: GridCell, header: boolean, mark: CellMark | undefined): void {
  const x = ws.getCell(at.row, at.col);
  // Strings are stored as strings: a page's "=HYPERLINK(…)" is never a formula in the workbook.
  x.value = cell.numeric ? Number(cell.text) : cell.text || null;
  // Text format: printed text and formula-like labels stay text when a user edits the cell.
  if ((cell.kind === 'value' && !cell.numeric && cell.text) || isFormulaLike(cell.text, cell.numeric)) x.numFmt = '@';
  x.alignment = {
    wrapText: true,
    vertical: 'middle',
    horizontal: cell.kind === 'label' && !header ? 'left' : 'center',
  };
  if (header) x.font = { bold: true };
  if (mark?.culprit) x.fill = solid(FILLS[mark.culprit]);
  if (mark?.lines.length) x.note = mark.lines.join('\n');
}

/** A sheet's column widths, grown by every table written on it. */
export const newWidths = (width: number) => Array.from({ length: width }, () => 8);
export const applyWidths = (ws: Sheet, widths: number[]) => widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

/**
 * The table with its title on row `top`, its rows below: merges, borders, numbers as numbers,
 * printed text such as "/" as text, blanks empty, wrong cells filled by severity with their
 * findings as a note, the page's "注：" lines under it. Returns refKey → cell address and the
 * first row after it.
 */
export function writeTable(ws: Sheet, layout: TableLayout, marks: Map<string, CellMark>, top: number, widths: number[]): { addresses: Map<string, string>; end: number } {
  titleRow(ws, top, layout.title, layout.width);
  const first = top + 1;
  const addresses = new Map<string, string>();
  const cols = cellColumns(layout);
  layout.rows.forEach((row, r) => {
    row.forEach((cell, i) => {
      const at = { row: first + r, col: cols[r][i] + 1 };
      const [rs, cs] = [cell.rowSpan ?? 1, cell.colSpan ?? 1];
      if (rs > 1 || cs > 1) ws.mergeCells(at.row, at.col, at.row + rs - 1, at.col + cs - 1);
      const key = cell.ref && refKey(cell.ref);
      const mark = key ? marks.get(key) : undefined;
      putCell(ws, at, cell, r < layout.headerRows, mark);
      if (key) addresses.set(key, ws.getCell(at.row, at.col).address);
      if (cs === 1) widths[at.col - 1] = Math.max(widths[at.col - 1] ?? 8, Math.min(textWidth(cell.text) + 2, cell.kind === 'label' ? 36 : 14));
    });
  });
  // Borders on every cell of the table, covered ones too (Excel draws a merge's edges from them).
  layout.rows.forEach((_, r) => {
    for (let c = 1; c <= layout.width; c++) ws.getCell(first + r, c).border = edge();
  });
  // Cells a finding only read get a border in its colour (the page outlines them thinly).
  layout.rows.flat().forEach((cell) => {
    const m = cell.ref && marks.get(refKey(cell.ref));
    if (m?.read && !m.culprit) ws.getCell(addresses.get(refKey(cell.ref!))!).border = edge(EDGES[m.read]);
  });
  // What the page printed beside a figure, under the table (the cells hold the numbers).
  const notes = layout.notes ?? [];
  notes.forEach((n, i) => (ws.getCell(first + layout.rows.length + 1 + i, 1).value = n));
  return { addresses, end: first + layout.rows.length + (notes.length ? 1 + notes.length : 0) };
}

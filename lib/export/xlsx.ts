import ExcelJS from 'exceljs';
import { cellLabel } from '../checks/wording';
import { refKey, type Report, type Severity, type TableId } from '../model/types';
import { SEVERITY_LABELS } from './format-label';
import { cellColumns, reportLayouts, type GridCell, type TableLayout } from './layout';
import { isFormulaLike } from './neutralise';
import { sourceLine, type SourceOptions } from './source-line';
import { bySeverity, cellMarks, type CellMark } from './xlsx-marks';

/**
 * The .xlsx download: one sheet per table in the official layout (merges, borders, numbers as
 * numbers, printed text such as "/" as text, blanks left empty), the source line on top, wrong
 * cells filled by severity with their findings as a note, and a 问题清单 sheet. Core code: report
 * in, bytes out (exceljs runs in Node for the tests and in the popup, loaded on demand).
 */
export const SHEET_NAMES: Record<TableId, string> = { active: '表二', applications: '表三', reviewLitigation: '表四', legacy: '统计表' };
export const ISSUES_SHEET = '问题清单';
/** Excel's own "Bad" / "Neutral" fills, and a light blue for notes. */
export const FILLS: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
const EDGES: Record<Severity, string> = { error: 'FFC5221F', warning: 'FFB06000', info: 'FF1A73E8' };
/** Row 1: source line, row 2: the table's title, then the table. */
export const FIRST_ROW = 3;

type Sheet = ExcelJS.Worksheet;
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const edge = (argb?: string): Partial<ExcelJS.Borders> => {
  const side: Partial<ExcelJS.Border> = { style: 'thin', ...(argb && { color: { argb } }) };
  return { top: side, left: side, bottom: side, right: side };
};
/** Display width in Excel's character units: CJK characters are two. */
const textWidth = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);

function sourceRows(ws: Sheet, source: string, title: string, width: number): void {
  ws.getCell(1, 1).value = source;
  ws.getCell(1, 1).font = { color: { argb: 'FF555555' } };
  const t = ws.getCell(2, 1);
  t.value = title;
  t.font = { bold: true, size: 13 };
  t.alignment = { horizontal: 'center' };
  if (width > 1) ws.mergeCells(2, 1, 2, width);
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


/** One table in its official layout on a new sheet (`name`: the table's name, or the caller's for a workbook of many reports). */
export function addTableSheet(wb: ExcelJS.Workbook, layout: TableLayout, source: string, marks: Map<string, CellMark>, name = SHEET_NAMES[layout.id]): Map<string, string> {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: FIRST_ROW - 1 + layout.headerRows }],
    pageSetup: { orientation: layout.width > 8 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sourceRows(ws, source, layout.title, layout.width);
  const addresses = new Map<string, string>();
  const widths = Array.from({ length: layout.width }, () => 8);
  const cols = cellColumns(layout);
  layout.rows.forEach((row, r) => {
    row.forEach((cell, i) => {
      const at = { row: FIRST_ROW + r, col: cols[r][i] + 1 };
      const [rs, cs] = [cell.rowSpan ?? 1, cell.colSpan ?? 1];
      if (rs > 1 || cs > 1) ws.mergeCells(at.row, at.col, at.row + rs - 1, at.col + cs - 1);
      const key = cell.ref && refKey(cell.ref);
      const mark = key ? marks.get(key) : undefined;
      putCell(ws, at, cell, r < layout.headerRows, mark);
      if (key) addresses.set(key, ws.getCell(at.row, at.col).address);
      if (cs === 1) widths[at.col - 1] = Math.max(widths[at.col - 1], Math.min(textWidth(cell.text) + 2, cell.kind === 'label' ? 36 : 14));
    });
  });
  // Borders on every cell of the table, covered ones too (Excel draws a merge's edges from them).
  layout.rows.forEach((_, r) => {
    for (let c = 1; c <= layout.width; c++) ws.getCell(FIRST_ROW + r, c).border = edge();
  });
  // Cells a finding only read get a border in its colour (the page outlines them thinly).
  layout.rows.flat().forEach((cell) => {
    const m = cell.ref && marks.get(refKey(cell.ref));
    if (m?.read && !m.culprit) ws.getCell(addresses.get(refKey(cell.ref!))!).border = edge(EDGES[m.read]);
  });
  // What the page printed beside a figure, under the table (the cells hold the numbers).
  (layout.notes ?? []).forEach((n, i) => (ws.getCell(FIRST_ROW + layout.rows.length + 1 + i, 1).value = n));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return addresses;
}

function addIssuesSheet(wb: ExcelJS.Workbook, report: Report, source: string, addresses: Map<string, string>): void {
  const ws = wb.addWorksheet(ISSUES_SHEET, { views: [{ state: 'frozen', ySplit: FIRST_ROW }] });
  const head = ['序号', '严重程度', '单元格', '位置', '说明'];
  sourceRows(ws, source, '核对发现的问题', head.length);
  const header = ws.getRow(FIRST_ROW);
  header.values = head;
  header.font = { bold: true };
  const findings = bySeverity(report.findings);
  findings.forEach((f, i) => {
    const where = f.cells.find((ref) => addresses.has(refKey(ref)));
    const at = where && addresses.get(refKey(where))!;
    const row = ws.getRow(FIRST_ROW + 1 + i);
    row.values = [
      i + 1,
      SEVERITY_LABELS[f.severity],
      f.cells.map((ref) => cellLabel(report, ref)).join('、') || null,
      // An internal link: a click jumps to the cell on its sheet.
      at ? { text: at, hyperlink: `#${at.replace(/^(.+)!/, "'$1'!")}` } : null,
      f.message,
    ];
    row.getCell(2).fill = solid(FILLS[f.severity]);
  });
  if (!findings.length) ws.getCell(FIRST_ROW + 1, 5).value = '未发现问题';
  for (let r = FIRST_ROW; r <= FIRST_ROW + Math.max(findings.length, 1); r++)
    for (let c = 1; c <= head.length; c++) {
      const x = ws.getCell(r, c);
      x.border = edge();
      x.alignment = { wrapText: true, vertical: 'top' };
    }
  [6, 10, 36, 12, 72].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** The workbook: a sheet per table in page order, then 问题清单. */
export function buildWorkbook(report: Report, options: SourceOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报核对';
  // exceljs stamps the clock by default; the core only knows the date it is given.
  wb.created = wb.modified = options.now ?? new Date(0);
  const source = sourceLine(report, options);
  const marks = cellMarks(report.findings);
  const addresses = new Map<string, string>();
  for (const layout of reportLayouts(report)) {
    const sheetName = SHEET_NAMES[layout.id];
    for (const [key, a] of addTableSheet(wb, layout, source, marks)) addresses.set(key, `${sheetName}!${a}`);
  }
  addIssuesSheet(wb, report, source, addresses);
  return wb;
}

/** The .xlsx file's bytes. */
export async function toXlsx(report: Report, options: SourceOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await buildWorkbook(report, options).xlsx.writeBuffer();
  return new Uint8Array(buffer as unknown as ArrayLike<number>);
}

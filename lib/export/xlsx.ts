import ExcelJS from 'exceljs';
import { cellLabel } from '../checks/wording';
import { refKey, type Report } from '../model/types';
import { SEVERITY_LABELS } from './format-label';
import { reportLayouts, type TableLayout } from './layout';
import { sourceLine, type SourceOptions } from './source-line';
import { bySeverity, cellMarks, type CellMark } from './xlsx-marks';
import { applyWidths, edge, FILLS, newWidths, SHEET_NAMES, solid, sourceRow, titleRow, writeTable } from './xlsx-table';

/**
 * The .xlsx download: one sheet per table in the official layout (merges, borders, numbers as
 * numbers, printed text such as "/" as text, blanks left empty), the source line on top, wrong
 * cells filled by severity with their findings as a note, and a 问题清单 sheet. Core code: report
 * in, bytes out (exceljs runs in Node for the tests and in the popup, loaded on demand).
 */
export { FILLS, SHEET_NAMES } from './xlsx-table';
export const ISSUES_SHEET = '问题清单';
/** Row 1: source line, row 2: the table's title, then the table. */
export const FIRST_ROW = 3;

type Sheet = ExcelJS.Worksheet;

function sourceRows(ws: Sheet, source: string, title: string, width: number): void {
  sourceRow(ws, source);
  titleRow(ws, FIRST_ROW - 1, title, width);
}

/** One table in its official layout on a new sheet (`name`: the table's name by default). */
export function addTableSheet(wb: ExcelJS.Workbook, layout: TableLayout, source: string, marks: Map<string, CellMark>, name = SHEET_NAMES[layout.id]): Map<string, string> {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: FIRST_ROW - 1 + layout.headerRows }],
    pageSetup: { orientation: layout.width > 8 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sourceRow(ws, source);
  const widths = newWidths(layout.width);
  const { addresses } = writeTable(ws, layout, marks, FIRST_ROW - 1, widths);
  applyWidths(ws, widths);
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

/** The workbook of a review (CLI --xlsx, the review page's export): core code, outcomes in, workbook out. */
import ExcelJS from 'exceljs';
import { refKey, type Report } from '../model/types';
import type { Outcome } from '../review/types';
import { reportLayouts } from './layout';
import { reportSheetName, sheetLink } from './sheet-name';
import { sourceLine } from './source-line';
import { cellMarks } from './xlsx-marks';
import { applyWidths, FILLS, newWidths, solid, sourceRow, writeTable } from './xlsx-table';
import { FINDINGS_HEAD, findingRows, SUMMARY_HEAD, summaryRows } from './review-rows';

export const SUMMARY_SHEET = '汇总';
export const FINDINGS_SHEET = '问题清单';
/** The workbook's own last column in 汇总 and 问题清单: a link to the report's sheet or cell. */
export const SHEET_COLUMN = '工作表';
export const CELL_COLUMN = '位置';

type Row = (string | number | null | ExcelJS.CellHyperlinkValue)[];

function listSheet(wb: ExcelJS.Workbook, name: string, head: string[], rows: Row[], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed across, one page wide: the URLs make these sheets wide.
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.addRow(head).font = { bold: true };
  // Strings stay strings: a page's "=…" title is never a formula (exceljs writes formulas only when asked).
  for (const r of rows) ws.addRow(r);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

/**
 * One report's tables stacked on one sheet in the official layout (表二, 表三, 表四, or the
 * 统计表), each with its title, a blank row and a page break between them; wrong cells filled,
 * their findings as notes. Returns refKey → cell address, or null when no table was read.
 */
function reportSheet(wb: ExcelJS.Workbook, name: string, report: Report, now: Date): Map<string, string> | null {
  const layouts = reportLayouts(report);
  if (!layouts.length) return null;
  const width = Math.max(...layouts.map((l) => l.width));
  const ws = wb.addWorksheet(name, { pageSetup: { orientation: width > 8 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sourceRow(ws, sourceLine(report, { now }));
  const marks = cellMarks(report.findings);
  const widths = newWidths(width);
  const addresses = new Map<string, string>();
  let top = 2;
  layouts.forEach((layout, i) => {
    if (i) ws.getRow(top - 1).addPageBreak();
    const t = writeTable(ws, layout, marks, top, widths);
    t.addresses.forEach((a, k) => addresses.set(k, a));
    top = t.end + 1;
  });
  applyWidths(ws, widths);
  return addresses;
}

/**
 * A run's workbook: 汇总 (one row per report, linked to its sheet), 问题清单 (one row per finding,
 * linked to its cell), then one sheet per report with its tables, named "3 平潭综合实验区 2023"
 * after the report's 汇总 row.
 */
export function reviewWorkbook(outcomes: Outcome[], now = new Date()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报核对';
  wb.created = wb.modified = now;
  // The report sheets are written last (after the lists) but named and linked first.
  const names = outcomes.map((o, i) => ('report' in o && o.report.detected && reportLayouts(o.report).length ? reportSheetName(i + 1, o.report.agency, o.report.year) : null));
  const summary = summaryRows(outcomes).map((r, i): Row => [...r, names[i] ? { text: names[i]!, hyperlink: sheetLink(names[i]!) } : null]);
  const summarySheet = listSheet(wb, SUMMARY_SHEET, [...SUMMARY_HEAD, SHEET_COLUMN], summary, [6, 30, 8, 22, 6, 6, 30, 60, 40, 60, 28]);
  const findingsSheet = listSheet(wb, FINDINGS_SHEET, [...FINDINGS_HEAD, CELL_COLUMN], [], [6, 30, 8, 8, 28, 36, 72, 60, 28]);
  const rows = findingRows(outcomes);
  let at = 0;
  outcomes.forEach((o, i) => {
    if (!('report' in o)) return;
    const addresses = names[i] ? reportSheet(wb, names[i]!, o.report, now) : null;
    for (const f of o.report.findings) {
      const key = f.cells.map(refKey).find((k) => addresses?.has(k));
      const cell = key && addresses!.get(key)!;
      const link = cell ? { text: `${names[i]}!${cell}`, hyperlink: sheetLink(names[i]!, cell) } : null;
      // findingRows lists the same findings in the same order: row `at` is this one.
      findingsSheet.addRow([...rows[at++], link]).getCell(4).fill = solid(FILLS[f.severity]);
    }
  });
  summarySheet.eachRow((row, n) => {
    if (n > 1 && Number(row.getCell(5).value) > 0) row.getCell(5).fill = solid(FILLS.error);
  });
  return wb;
}

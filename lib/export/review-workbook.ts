/** The workbook of a review (CLI --xlsx, the review page's export): core code, outcomes in, workbook out. */
import ExcelJS from 'exceljs';
import type { Outcome } from '../review/types';
import { SEVERITY_LABELS } from './format-label';
import { reportLayouts } from './layout';
import { sourceLine } from './source-line';
import { addTableSheet, FILLS, SHEET_NAMES } from './xlsx';
import { cellMarks } from './xlsx-marks';
import { FINDINGS_HEAD, findingRows, SUMMARY_HEAD, summaryRows } from './review-rows';

export const SUMMARY_SHEET = '汇总';
export const FINDINGS_SHEET = '问题清单';

function listSheet(wb: ExcelJS.Workbook, name: string, head: string[], rows: (string | number | null)[][], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(head).font = { bold: true };
  // Strings stay strings: a page's "=…" title is never a formula (exceljs writes formulas only when asked).
  for (const r of rows) ws.addRow(r);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

/**
 * A run's workbook: 汇总 (one row per report), 问题清单 (one row per finding), then each report's
 * tables in the official layout (the popup's own sheet code), wrong cells filled, messages as notes,
 * named "<row number> 表三" after the report's 汇总 row.
 */
export function reviewWorkbook(outcomes: Outcome[], now = new Date()): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报核对';
  wb.created = wb.modified = now;
  const summary = listSheet(wb, SUMMARY_SHEET, SUMMARY_HEAD, summaryRows(outcomes), [6, 30, 8, 22, 6, 6, 30, 60, 40, 60]);
  const findings = listSheet(wb, FINDINGS_SHEET, FINDINGS_HEAD, findingRows(outcomes), [6, 30, 8, 8, 28, 36, 72, 60]);
  findings.eachRow((row, n) => {
    const sev = row.getCell(4).text;
    const key = (Object.keys(FILLS) as (keyof typeof FILLS)[]).find((k) => SEVERITY_LABELS[k] === sev);
    if (n > 1 && key) row.getCell(4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[key] } };
  });
  summary.eachRow((row, n) => {
    if (n > 1 && Number(row.getCell(5).value) > 0) row.getCell(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS.error } };
  });
  outcomes.forEach((o, i) => {
    if (!('report' in o) || !o.report.detected) return;
    const marks = cellMarks(o.report.findings);
    const source = sourceLine(o.report, { now });
    for (const layout of reportLayouts(o.report)) addTableSheet(wb, layout, source, marks, `${i + 1} ${SHEET_NAMES[layout.id]}`);
  });
  return wb;
}

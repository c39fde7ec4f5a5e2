import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableLayout } from '../../lib/export';
import { CELL_COLUMN, FINDINGS_SHEET, reviewWorkbook, SHEET_COLUMN, SUMMARY_SHEET } from '../../lib/export/review-workbook';
import { FILLS } from '../../lib/export/xlsx';
import type { Report } from '../../lib/model/types';
import type { Outcome } from '../../lib/review/types';
import { sample2019, sample2021, sampleLegacy } from './sample-report';

const NOW = new Date(2026, 10, 29);

async function readBack(outcomes: Outcome[]): Promise<ExcelJS.Workbook> {
  const buffer = await reviewWorkbook(outcomes, NOW).xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as ArrayBuffer);
  return wb;
}

const merges = (ws: ExcelJS.Worksheet) => (ws.model as unknown as { merges: string[] }).merges;
const fill = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const note = (cell: ExcelJS.Cell) => (typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join(''));
/** Every cell of column A holding `text`, top to bottom. */
function rowsOf(ws: ExcelJS.Worksheet, text: string): number[] {
  const out: number[] = [];
  ws.eachRow((row, n) => row.getCell(1).value === text && out.push(n));
  return out;
}

const r2021 = () => {
  const r = sample2021();
  r.findings = r.findings.filter((f) => f.rule !== 'structure.attachment');
  return r;
};
const HOSTILE = '[平潭]:综合*实验区?/管理\\委员会' + '某某局'.repeat(12); // 40+ characters, every forbidden one

describe('the review workbook', () => {
  it('has 汇总, 问题清单, then one sheet per report with tables, named after its 汇总 row', async () => {
    const failed: Outcome = { input: 'https://x.gov.cn/404.htm', error: '服务器返回 HTTP 404 / HTTP 404' };
    const notReport: Outcome = { input: 'https://x.gov.cn/n.htm', report: { ...sample2019(), detected: false } };
    const wb = await readBack([{ input: 'a', report: r2021() }, failed, { input: 'b', report: sample2019() }, notReport, { input: 'c', report: sampleLegacy() }]);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SUMMARY_SHEET, FINDINGS_SHEET, '1 五华县人民政府 2021', '3 靖远县人民政府 2020', '5 五华县人民政府 2016']);
  });

  it('stacks a report’s tables on its sheet in the official layout: titles, merges, borders', async () => {
    const r = r2021();
    const wb = await readBack([{ input: 'a', report: r }]);
    const ws = wb.getWorksheet('1 五华县人民政府 2021')!;
    const titles = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'].map((t) => rowsOf(ws, t));
    expect(titles.map((t) => t.length)).toEqual([1, 1, 1]);
    const [t2, t3, t4] = titles.map((t) => t[0]);
    expect(t2).toBe(2);
    expect(t2).toBeLessThan(t3);
    expect(t3).toBeLessThan(t4);
    // Every span of every layout is one merged range, plus each title's.
    const spans = (['active', 'applications', 'reviewLitigation'] as const)
      .map((id) => tableLayout(r, id)!.rows.flat().filter((x) => (x.rowSpan ?? 1) > 1 || (x.colSpan ?? 1) > 1).length)
      .reduce((a, b) => a + b);
    expect(merges(ws)).toHaveLength(spans + 3);
    expect(merges(ws)).toContain(`A${t3 + 1}:C${t3 + 3}`); // 表三's 勾稽 corner
    expect(merges(ws)).toContain(`D${t3 + 1}:J${t3 + 1}`); // 申请人情况
    expect(merges(ws)).toContain(`F${t4 + 1}:O${t4 + 1}`); // 表四's 行政诉讼
    expect(ws.getCell(t3 + 5, 4).border?.top?.style).toBe('thin');
    // A blank row between tables, never a table's cell on it.
    expect(ws.getCell(t3 - 1, 1).value).toBeNull();
  });

  it('fills wrong cells by severity with the message as a note, and 问题清单 links each finding to its cell', async () => {
    const r = r2021();
    const wb = await readBack([{ input: 'a', report: r }]);
    const ws = wb.getWorksheet('1 五华县人民政府 2021')!;
    // （七）总计·自然人 (330 in the sample): found by its value, below 表三's title.
    let hit: ExcelJS.Cell | undefined;
    ws.eachRow((row) => row.eachCell((c) => void (c.value === 330 && !hit && (hit = c))));
    expect(Number(hit!.row)).toBeGreaterThan(rowsOf(ws, '三、收到和处理政府信息公开申请情况')[0]);
    expect(fill(hit!)).toBe(FILLS.error);
    expect(note(hit!)).toBe(`错误：${r.findings[0].message}`);
    const findings = wb.getWorksheet(FINDINGS_SHEET)!;
    expect(findings.getRow(1).values).toEqual([, '序号', '机关', '年度', '严重程度', '规则', '单元格', '说明', '网址', CELL_COLUMN]);
    const first = findings.getRow(2);
    expect([first.getCell(4).value, first.getCell(5).value, first.getCell(6).value, first.getCell(7).value]).toEqual(['错误', 'applications.balance', '（七）总计·自然人', r.findings[0].message]);
    expect(fill(first.getCell(4))).toBe(FILLS.error);
    expect(first.getCell(9).value).toEqual({ text: `1 五华县人民政府 2021!${hit!.address}`, hyperlink: `#'1 五华县人民政府 2021'!${hit!.address}` });
    expect(findings.getRow(3).getCell(9).value).toBeNull(); // a finding naming no cell links nowhere
  });

  it('links each 汇总 row to its report’s sheet; a report without one links nowhere', async () => {
    const wb = await readBack([{ input: 'a', report: r2021() }, { input: 'https://x.gov.cn/404.htm', error: 'HTTP 404' }]);
    const summary = wb.getWorksheet(SUMMARY_SHEET)!;
    expect(summary.getRow(1).getCell(11).value).toBe(SHEET_COLUMN);
    expect(summary.getRow(2).getCell(11).value).toEqual({ text: '1 五华县人民政府 2021', hyperlink: "#'1 五华县人民政府 2021'!A1" });
    expect(summary.getRow(3).getCell(11).value).toBeNull();
    expect(fill(summary.getRow(2).getCell(5))).toBe(FILLS.error);
  });

  it('names sheets of hostile or long agency names within Excel’s rules, readable and unique', async () => {
    const named = (agency: string | null, year: number | null): Outcome => ({ input: 'x', report: { ...r2021(), agency, year } as Report });
    const wb = await readBack([named(HOSTILE, 2023), named(HOSTILE, 2023), named("'O'Brien'", null), named(null, 2022), named('𠀀'.repeat(20), 2021)]);
    const names = wb.worksheets.slice(2).map((w) => w.name);
    expect(names).toHaveLength(5);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(5);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]|^'|'$/);
      expect(n).not.toMatch(/[\uD800-\uDBFF]$|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no half of a character
    }
    expect(names[0]).toMatch(/^1 平潭 综合 实验区 管理 委员会某某局.*… 2023$/);
    expect(names[1].startsWith('2 平潭')).toBe(true);
    expect(names[2]).toBe("3 'O'Brien");
    expect(names[3]).toBe('4 年报 2022');
    // The links from 汇总 still find them.
    const summary = wb.getWorksheet(SUMMARY_SHEET)!;
    expect((summary.getRow(2).getCell(11).value as ExcelJS.CellHyperlinkValue).hyperlink).toBe(`#'${names[0]}'!A1`);
    expect((summary.getRow(4).getCell(11).value as ExcelJS.CellHyperlinkValue).hyperlink).toBe(`#'3 ''O''Brien'!A1`);
  });
});

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sourceLine, tableLayout } from '../../lib/export';
import { FILLS, FIRST_ROW, ISSUES_SHEET, toXlsx } from '../../lib/export/xlsx';
import type { Report } from '../../lib/model/types';
import { c, sample2019, sample2021, sampleLegacy } from './sample-report';

const NOW = new Date(2026, 10, 29);

/** The bytes read back as Excel would: a fresh exceljs workbook loaded from the file. */
async function readBack(r: Report): Promise<ExcelJS.Workbook> {
  const bytes = await toXlsx(r, { now: NOW });
  expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip (OOXML)
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return wb;
}

/** 2021 sample + a warning whose culprit is 表二 规章·本年制发件数, a formula-like text, a "/" and a blank. */
function report(): Report {
  const r = sample2021();
  r.active!.regulations.repealed = c(null, '=HYPERLINK("http://evil.example","x")');
  r.findings.push({
    rule: 'active.inForceBelowIssued',
    severity: 'warning',
    where: 'regulations',
    message: '规章：现行有效件数 3 小于本年制发件数 1？',
    cells: [{ table: 'active', row: 'regulations', column: 'issued' }, { table: 'active', row: 'regulations', column: 'inForce' }],
  });
  return r;
}

const merges = (ws: ExcelJS.Worksheet) => (ws.model as unknown as { merges: string[] }).merges;
const fill = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const note = (cell: ExcelJS.Cell) => (typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join(''));
function find(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let hit: ExcelJS.Cell | undefined;
  ws.eachRow((row) => row.eachCell((cell) => void (!hit && cell.value === text && (hit = cell))));
  if (!hit) throw new Error(`no cell ${text} in ${ws.name}`);
  return hit;
}

describe('the .xlsx workbook', () => {
  it('has a sheet per table in page order, then 问题清单, each with the source line on top', async () => {
    const wb = await readBack(report());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表二', '表三', '表四', ISSUES_SHEET]);
    for (const ws of wb.worksheets) expect(ws.getCell('A1').value).toBe(sourceLine(report(), { now: NOW }));
    expect(wb.getWorksheet('表三')!.getCell('A2').value).toBe('三、收到和处理政府信息公开申请情况');
    const legacy = await readBack(sampleLegacy());
    expect(legacy.worksheets.map((w) => w.name)).toEqual(['统计表', ISSUES_SHEET]);
    // A formula-like label is a string, formatted as text so editing it keeps it text.
    const label = legacy.getWorksheet('统计表')!.getCell(FIRST_ROW + 3, 1);
    expect([label.type, label.value, label.numFmt]).toEqual([ExcelJS.ValueType.String, '=HYPERLINK("x")\t"引号"\n换行', '@']);
  });

  it('keeps the official merges: every span of the layout is one merged range', async () => {
    const r = report();
    const wb = await readBack(r);
    for (const [name, id] of [['表二', 'active'], ['表三', 'applications'], ['表四', 'reviewLitigation']] as const) {
      const layout = tableLayout(r, id)!;
      const spans = layout.rows.flat().filter((x) => (x.rowSpan ?? 1) > 1 || (x.colSpan ?? 1) > 1).length;
      // + the title row's merge
      expect(merges(wb.getWorksheet(name)!), name).toHaveLength(spans + 1);
    }
    const t3 = wb.getWorksheet('表三')!;
    const result = find(t3, '三、本年度办理结果');
    expect(merges(t3)).toContain(`${result.address}:A${Number(result.row) + 21}`); // 22 rows
    expect(merges(t3)).toContain(`A${FIRST_ROW}:C${FIRST_ROW + 2}`); // the 勾稽 corner
    expect(merges(t3)).toContain(`D${FIRST_ROW}:J${FIRST_ROW}`); // 申请人情况
    const t4 = wb.getWorksheet('表四')!;
    expect(merges(t4)).toContain(`F${FIRST_ROW}:O${FIRST_ROW}`); // 行政诉讼
  });

  it('writes numbers as numbers, printed text as text, blanks as empty, formulas never', async () => {
    const wb = await readBack(report());
    const t2 = wb.getWorksheet('表二')!;
    const row = find(t2, '规章').row;
    const [issued, repealed, inForce] = [2, 3, 4].map((col) => t2.getCell(Number(row), col));
    expect(issued.type).toBe(ExcelJS.ValueType.Number);
    expect(issued.value).toBe(1);
    expect(repealed.type).toBe(ExcelJS.ValueType.String);
    expect(repealed.value).toBe('=HYPERLINK("http://evil.example","x")');
    expect(repealed.numFmt).toBe('@');
    expect(inForce.value).toBe(3);
    const slash = t2.getCell(Number(find(t2, '行政规范性文件').row), 3);
    expect([slash.value, slash.type, slash.numFmt]).toEqual(['/', ExcelJS.ValueType.String, '@']);
    expect(find(t2, '行政事业性收费').row).toBeTruthy();
    const fee = t2.getCell(Number(find(t2, '行政事业性收费').row), 2);
    expect(fee.value).toBe(51447.2); // the unit printed in the cell is not part of the number
    const t3 = wb.getWorksheet('表三')!;
    const carried = t3.getCell(Number(find(t3, '四、结转下年度继续办理').row), 4);
    expect([carried.value, carried.type]).toEqual([null, ExcelJS.ValueType.Null]); // blank stays blank
    let formulas = 0;
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((x) => void (x.type === ExcelJS.ValueType.Formula && formulas++))));
    expect(formulas).toBe(0);
    // 本年增/减 in the 2019 template: signed numbers stay numbers.
    const w19 = await readBack(sample2019());
    const changes = ['行政许可', '其他对外管理服务事项', '行政强制'].map((l) => w19.getWorksheet('表二')!.getCell(Number(find(w19.getWorksheet('表二')!, l).row), 3).value);
    expect(changes).toEqual([453, -475, -2]);
  });

  it('fills each culprit cell by severity with its findings as a note; cells only read get a coloured border', async () => {
    const r = report();
    const wb = await readBack(r);
    const t3 = wb.getWorksheet('表三')!;
    const total = t3.getCell(Number(find(t3, '（七）总计').row), 4); // 自然人 column
    expect(total.value).toBe(330);
    expect(fill(total)).toBe(FILLS.error);
    expect(note(total)).toBe(`错误：${r.findings[0].message}`);
    const t2 = wb.getWorksheet('表二')!;
    const regs = Number(find(t2, '规章').row);
    expect(fill(t2.getCell(regs, 2))).toBe(FILLS.warning);
    expect(note(t2.getCell(regs, 2))).toBe('警告：规章：现行有效件数 3 小于本年制发件数 1？');
    const read = t2.getCell(regs, 4);
    expect(fill(read)).toBeUndefined();
    expect(note(read)).toBeUndefined();
    expect(read.border?.top?.color?.argb).toMatch(/^FF/);
    expect(fill(t3.getCell(Number(find(t3, '（七）总计').row), 5))).toBeUndefined(); // untouched cells stay plain
    expect(t3.getCell(Number(find(t3, '（七）总计').row), 5).border?.top?.style).toBe('thin');
  });

  it('lists every finding in 问题清单: severity in Chinese, the cells, a link to the cell, the message', async () => {
    const r = report();
    const ws = (await readBack(r)).getWorksheet(ISSUES_SHEET)!;
    expect(ws.getRow(FIRST_ROW).values).toEqual([undefined, '序号', '严重程度', '单元格', '位置', '说明']);
    const rows = [1, 2, 3, 4].map((i) => ws.getRow(FIRST_ROW + i).values as unknown[]);
    expect(rows.map((x) => x[2])).toEqual(['错误', '警告', '警告', '提示']); // errors first
    expect(rows[0][3]).toBe('（七）总计·自然人');
    expect(rows[0][4]).toEqual({ text: '表三!D29', hyperlink: "#'表三'!D29" });
    expect(rows[0][5]).toBe(r.findings[0].message);
    expect(rows[1].slice(3, 6)).toEqual([undefined, undefined, '表三有 1 个空白单元格']); // no cells named, none invented
    expect(rows[2][3]).toBe('规章·本年制发件数、规章·现行有效件数');
    expect(rows[2][4]).toEqual({ text: '表二!B5', hyperlink: "#'表二'!B5" });
    expect(ws.getRow(FIRST_ROW + 5).values).toEqual([]);
  });
});

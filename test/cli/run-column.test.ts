/** The CLI on a local 年报 column: printing as reports finish, politeness, history across years, outputs for any inputs. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/main';
import { readInput } from '../../lib/cli/read-input';
import type { Report } from '../../lib/model/types';
import { FIXTURES } from '../helpers/fixtures';
import { serve } from './server';
import { column, GOV, govFetch, siteIo, type Site } from './site';

let site: Site;
let srv: Awaited<ReturnType<typeof serve>>;
let dir: string;
beforeAll(async () => {
  site = column();
  srv = await serve(site.routes);
  dir = mkdtempSync(join(tmpdir(), 'nianbao-run-'));
});
afterAll(async () => {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

const io = (onOut?: (s: string) => void) => siteIo(srv.base, onOut);

const note = (cell: ExcelJS.Cell) => (typeof cell.note === 'string' ? cell.note : cell.note?.texts?.map((t) => t.text).join(''));

describe('printing and pace', () => {
  it('prints each report as soon as it and those before it are done, in list order', async () => {
    // /hold/b.htm answers only after a.htm's report has been printed: a run that printed at the end would time out on it.
    const h = io((s) => s.includes('/hold/a.htm ==') && site.release());
    const status = await run(['check', '--timeout', '10', `${GOV}/hold/`], h.io);
    const out = h.out();
    expect(out.indexOf(`== ${GOV}/hold/a.htm ==`)).toBeGreaterThanOrEqual(0);
    expect(out.indexOf(`== ${GOV}/hold/a.htm ==`)).toBeLessThan(out.indexOf(`== ${GOV}/hold/b.htm ==`));
    expect(out).not.toContain('无法读取');
    expect(h.err()).toBe('');
    expect(status).toBeLessThan(2);
  });

  it('asks one site at most 3 things at a time by default, and --concurrency N at most N', async () => {
    await run(['check', '--json', `${GOV}/many/`], io().io);
    expect(site.peak('/many/')).toBe(3);
    const again = column();
    const s = await serve(again.routes);
    try {
      const h = io();
      h.io.read = (input, opts) => readInput(input, { ...opts, fetch: govFetch(s.base) });
      await run(['check', '--json', '--concurrency', '1', `${GOV}/many/`], h.io);
      expect(JSON.parse(h.out())).toHaveLength(9);
      expect(again.peak('/many/')).toBe(1);
    } finally {
      await s.close();
    }
  });
});

describe('consecutive years of one agency in one run', () => {
  let json: Report[];
  let text: string;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const j = io();
    await run(['check', '--json', `${GOV}/years/`], j.io);
    json = JSON.parse(j.out());
    const t = io();
    await run(['check', '--xlsx', join(dir, 'years.xlsx'), `${GOV}/years/`], t.io);
    text = t.out();
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'years.xlsx'));
  });

  it('--json: history.carryOver on the later year only, naming its 上年结转 cell', () => {
    expect(json.map((r) => r.year)).toEqual([2023, 2022, 2021]);
    const carry = json[0].findings.filter((f) => f.rule === 'history.carryOver');
    expect(carry).toHaveLength(1);
    expect(carry[0].cells[0]).toEqual({ table: 'applications', row: 'carriedOver', column: 'total' });
    expect(carry[0].message).toContain('7');
    for (const r of json.slice(1)) expect(r.findings.filter((f) => f.rule.startsWith('history.'))).toEqual([]);
  });

  it('text: the comparison follows the reports, under the later year', () => {
    const head = `== ${GOV}/nb/202403/t20240308_1.htm：与上一年比较 / compared with the year before ==`;
    expect(text).toContain(head);
    expect(text.indexOf(head)).toBeGreaterThan(text.indexOf(`== ${GOV}/nb/202202/t20220215_8.htm ==`));
    expect(text.slice(text.indexOf(head))).toContain('[history.carryOver]');
  });

  it('the workbook: a 问题清单 row for 2023 linking to its 上年结转 cell, filled and noted on its sheet', () => {
    const findings = wb.getWorksheet('问题清单')!;
    const rows: ExcelJS.Row[] = [];
    findings.eachRow((row) => row.getCell(5).value === 'history.carryOver' && rows.push(row));
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(6).value]).toEqual([1, '平潭综合实验区', 2023, '二、上年结转·总计']);
    const link = row.getCell(9).value as ExcelJS.CellHyperlinkValue;
    const [, sheet, address] = /^#'(.+)'!([A-Z]+\d+)$/.exec(link.hyperlink)!;
    expect(sheet).toBe('1 平潭综合实验区 2023');
    const cell = wb.getWorksheet(sheet)!.getCell(address);
    expect(cell.value).toBe(7);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/^FF/);
    expect(note(cell)).toContain(json[0].findings.find((f) => f.rule === 'history.carryOver')!.message);
  });
});

describe('--xlsx and --csv for any inputs', () => {
  it('a list that links the Word file itself: read, and said to be an attachment read', async () => {
    const h = io();
    expect(await run(['check', '--csv', join(dir, 'docx.csv'), `${GOV}/files/`], h.io)).toBe(0);
    expect(h.out()).toContain('机关：平潭综合实验区');
    const [, row] = readFileSync(join(dir, 'docx.csv'), 'utf8').trim().split('\r\n');
    const docx = `${GOV}/files/P020260313.docx`;
    expect(row).toBe(`1,平潭综合实验区,2025,2021 版（国办公开办函〔2021〕30号）,0,0,附件已读取 / attachment read,${docx},${GOV}/files/,${docx}`);
  });

  it('saved pages, a Word file and a missing file: a row each, a sheet per report read', async () => {
    const inputs = [join(FIXTURES, 'seed-001-anhua-2021-word.html'), join(FIXTURES, 'docx', 'pingtan-2025.docx'), join(dir, 'missing.html')];
    const h = io();
    const status = await run(['check', '--xlsx', join(dir, 'files.xlsx'), '--csv', join(dir, 'files.csv'), ...inputs], h.io);
    expect(status).toBe(2);
    const csv = readFileSync(join(dir, 'files.csv'), 'utf8').trim().split('\r\n');
    expect(csv).toHaveLength(4);
    expect(csv[1]).toMatch(/^1,安化县人民政府,2021,.*有问题/);
    expect(csv[2]).toMatch(/^2,平潭综合实验区,2025,/);
    expect(csv[3]).toMatch(/^3,,,,0,0,"?未能读取 \/ failed to load：找不到文件/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'files.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单', '1 安化县人民政府 2021', '2 平潭综合实验区 2025']);
  });
});

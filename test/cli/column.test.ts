import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage, listOf } from '../../lib/cli/analyse-page';
import { run, type Io } from '../../lib/cli/main';
import { writeOutputs } from '../../lib/cli/outputs';
import { readInput } from '../../lib/cli/read-input';
import type { Report } from '../../lib/model/types';
import { serve } from './server';
import { column, type Site } from './site';

let site: Site;
let srv: Awaited<ReturnType<typeof serve>>;
let dir: string;
beforeAll(async () => {
  site = column();
  srv = await serve(site.routes);
  dir = mkdtempSync(join(tmpdir(), 'nianbao-column-'));
});
afterAll(async () => {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const x: Io = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    color: false,
    read: readInput,
    analyse: analysePage,
    list: listOf,
    pauseMs: 5,
    writeOutputs,
  };
  return { io: x, out: () => out.join(''), err: () => err.join('') };
}

const rules = (r: Report) => r.findings.map((f) => f.rule);

describe('nianbao check <list-url>', () => {
  const reports = ['202403/t20240308_1.htm', '202302/t20230220_2.htm', '202201/t20220120_3.htm', '202101/t20210120_4.htm', '202001/t20200120_5.htm'];
  let json: (Report & { error?: string })[];
  let status: number;
  let h: ReturnType<typeof io>;

  beforeAll(async () => {
    h = io();
    const xlsx = join(dir, 'review.xlsx');
    const csv = join(dir, 'review.csv');
    status = await run(['check', '--json', '--timeout', '0.5', '--xlsx', xlsx, '--csv', csv, `${srv.base}/nb/`], h.io);
    json = JSON.parse(h.out());
  });

  it('replaces the list by its reports over both pages, in list order, each with its own URL', () => {
    expect(json.map((r) => r.source.url)).toEqual(reports.map((p) => `${srv.base}/nb/${p}`));
    expect(json.slice(0, 3).map((r) => [r.agency, r.year])).toEqual([['平潭综合实验区', 2023], ['平潭综合实验区', 2022], ['安化县人民政府', 2021]]);
  });

  it('never reads the notice or the 解读 page, and reads each list page once though they link each other', () => {
    expect(site.requested).not.toContain('/tz/t1.htm');
    expect(site.requested).not.toContain('/jd/t2.htm');
    expect(site.requested.filter((p) => p.startsWith('/nb/index') || p === '/nb/')).toEqual(['/nb/', '/nb/index_1.html']);
  });

  it('compares adjacent years of one agency: 2023’s 上年结转 against 2022’s 结转下年度', () => {
    expect(rules(json[0])).toContain('history.carryOver');
    expect(rules(json[1]).filter((r) => r.startsWith('history.'))).toEqual([]);
    expect(rules(json[2])).toContain('applications.balance');
  });

  it('a 404 and a timeout are one line each, and the run goes on; exit status 2', () => {
    expect(json[3].error).toMatch(/HTTP 404/);
    expect(json[4].error).toMatch(/超时/);
    const lines = h.err().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^nianbao: .*t20210120_4\.htm（栏目 \/ list .*\/nb\/）: 服务器返回 HTTP 404/);
    expect(status).toBe(2);
  });

  it('writes the summary as CSV with a BOM, one row per report', () => {
    const csv = readFileSync(join(dir, 'review.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF序号,机关,年度,模板,错误,警告,状态,网址,栏目,附件\r\n')).toBe(true);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(6);
    expect(rows[1]).toMatch(/^1,平潭综合实验区,2023,.*有问题/);
    expect(rows[4]).toMatch(/未能读取 \/ failed to load/);
  });

  it('writes a workbook: 汇总, 问题清单, and each report’s tables with the wrong cells filled and noted', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'review.xlsx'));
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.rowCount).toBe(6);
    expect((summary.getRow(3).values as unknown[]).slice(0, 10)).toEqual([, 2, '平潭综合实验区', 2022, expect.stringContaining('2021'), 0, 0, '无问题 / clean', `${srv.base}/nb/${reports[1]}`, `${srv.base}/nb/`]);
    expect(summary.getRow(3).getCell(11).value).toEqual({ text: '2 平潭综合实验区 2022', hyperlink: "#'2 平潭综合实验区 2022'!A1" });
    const findings = wb.getWorksheet('问题清单')!;
    const carry: unknown[] = [];
    findings.eachRow((row) => row.getCell(5).text === 'history.carryOver' && carry.push(row.getCell(1).value));
    expect(carry).toEqual([1]);
    const t3 = wb.getWorksheet('3 安化县人民政府 2021')!; // its tables on one sheet; （七）总计 left at 0
    let filled = 0;
    let noted = 0;
    t3.eachRow((row) =>
      row.eachCell((c) => {
        if ((c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFFFC7CE') filled++;
        if (c.note) noted++;
      }),
    );
    expect(filled).toBeGreaterThan(0);
    expect(noted).toBe(filled);
    expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('4 ') || n.startsWith('5 '))).toEqual([]);
  });
});

describe('bad inputs', () => {
  it('an unreachable list and a list without report links: a line each, the other input still read', async () => {
    const s = await serve({});
    const gone = s.base;
    await s.close();
    const h = io();
    const status = await run(['check', `${gone}/nb/`, `${srv.base}/empty/`, `${srv.base}/nb/202302/t20230220_2.htm`], h.io);
    expect(status).toBe(2);
    const lines = h.err().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/无法连接|拒绝|refused/i);
    expect(lines[1]).toContain('栏目页中没有年报链接');
    expect(h.out()).toContain('机关：平潭综合实验区');
  });

  it('a saved list page: its relative links cannot be followed, and the line says to give its URL', async () => {
    const h = io();
    expect(await run(['check', join(import.meta.dirname, '..', 'fixtures', 'real', 'pingtan-list.html')], h.io)).toBe(2);
    expect(h.err().trim().split('\n')).toEqual([expect.stringContaining('请直接给出栏目网址')]);
  });

  it('a list that goes on page after page stops at the cap, each report once', async () => {
    const h = io();
    await run(['check', '--json', `${srv.base}/loop/index.html`], h.io);
    expect(JSON.parse(h.out())).toHaveLength(4);
    expect(site.requested.filter((p) => p.startsWith('/loop/index')).length).toBe(30);
  });
});

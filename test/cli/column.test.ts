import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/main';
import type { Report } from '../../lib/model/types';
import { serve } from './server';
import { column, GOV, siteIo, type Site } from './site';

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

/** The CLI's own reading, with the site's .gov.cn name served locally. */
const io = () => siteIo(srv.base);

const rules = (r: Report) => r.findings.map((f) => f.rule);
const PDF = `${GOV}/nb/202603/P020260313365871187562.pdf`;

describe('nianbao check <list-url>', () => {
  const reports = [
    '202403/t20240308_1.htm', '202302/t20230220_2.htm', '202201/t20220120_3.htm', '202101/t20210120_4.htm', '202001/t20200120_5.htm',
    '202603/t20260313_105587.htm', '202401/t20240125_7.htm',
  ];
  let json: (Report & { error?: string })[];
  let status: number;
  let h: ReturnType<typeof io>;

  beforeAll(async () => {
    h = io();
    const xlsx = join(dir, 'review.xlsx');
    const csv = join(dir, 'review.csv');
    status = await run(['check', '--json', '--timeout', '0.5', '--xlsx', xlsx, '--csv', csv, `${GOV}/nb/`], h.io);
    json = JSON.parse(h.out());
  });

  it('replaces the list by its reports over both pages, in list order, each with its own URL', () => {
    // The attachment-only page's report is the PDF's, at the address the list links (as the
    // review page exports it); the file is the summary's 附件 column.
    expect(json.map((r) => r.source.url)).toEqual(reports.map((p) => `${GOV}/nb/${p}`));
    expect(json[5].applications).toBeTruthy(); // read from the PDF: the page itself has no tables
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
    expect(lines).toHaveLength(3); // and the attachment that could not be read, below
    expect(lines[0]).toMatch(/^nianbao: .*t20210120_4\.htm（栏目 \/ list .*\/nb\/）: 服务器返回 HTTP 404/);
    expect(lines[1]).toMatch(/^nianbao: .*t20200120_5\.htm（栏目 \/ list .*\/nb\/）: 请求超时/);
    expect(status).toBe(2);
  });

  it('reads an attachment-only report through its PDF: the file’s tables, the page’s place in the list', () => {
    const r = json[5];
    expect([r.agency, r.year, r.detected]).toEqual(['平潭综合实验区', 2025, true]);
    expect(r.applications?.rows.newReceived?.total?.value).toBe(154); // the real report's 新收 (总计)
    expect(rules(r)).not.toContain('structure.attachment');
    expect(site.requested).toContain('/nb/202603/P020260313365871187562.pdf');
  });

  it('an attachment that cannot be fetched: the page’s report, one line with the reason, exit status 2', () => {
    expect(rules(json[6])).toEqual(['structure.attachment']);
    expect(json[6].source.url).toBe(`${GOV}/nb/${reports[6]}`);
    expect(h.err().trim().split('\n')[2]).toMatch(
      /^nianbao: .*t20240125_7\.htm（栏目 \/ list .*）: 报告在附件中，未能读取 \/ report is an attachment, not read：服务器返回 HTTP 404/,
    );
  });

  it('writes the summary as CSV with a BOM, one row per report, the attachment states said', () => {
    const csv = readFileSync(join(dir, 'review.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF序号,机关,年度,模板,错误,警告,状态,网址,栏目,附件\r\n')).toBe(true);
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(8);
    expect(rows[1]).toMatch(/^1,平潭综合实验区,2023,.*有问题/);
    expect(rows[4]).toMatch(/未能读取 \/ failed to load/);
    expect(rows[6]).toBe(`6,平潭综合实验区,2025,2021 版（国办公开办函〔2021〕30号）,0,0,附件已读取 / attachment read,${GOV}/nb/${reports[5]},${GOV}/nb/,${PDF}`);
    expect(rows[7]).toMatch(/^7,石羊县,2023,.*,0,0,"?报告在附件中，未能读取 \/ report is an attachment, not read：服务器返回 HTTP 404[^,]*,http:\/\/www\.pingtan\.gov\.cn\/nb\/202401\/t20240125_7\.htm,http:\/\/www\.pingtan\.gov\.cn\/nb\/,$/);
  });

  it('writes a workbook: 汇总, 问题清单, and a sheet per report with the wrong cells filled and noted', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'review.xlsx'));
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.rowCount).toBe(8);
    expect((summary.getRow(3).values as unknown[]).slice(0, 10)).toEqual([, 2, '平潭综合实验区', 2022, expect.stringContaining('2021'), 0, 0, '无问题 / clean', `${GOV}/nb/${reports[1]}`, `${GOV}/nb/`]);
    expect(summary.getRow(3).getCell(11).value).toEqual({ text: '2 平潭综合实验区 2022', hyperlink: "#'2 平潭综合实验区 2022'!A1" });
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
    // No sheet for what could not be read (404, timeout, the attachment not fetched); the PDF's tables have one.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '问题清单', '1 平潭综合实验区 2023', '2 平潭综合实验区 2022', '3 安化县人民政府 2021', '6 平潭综合实验区 2025']);
    expect(wb.getWorksheet('6 平潭综合实验区 2025')!.getCell('A2').value).toBe('二、主动公开政府信息情况');
  });
});

describe('bad inputs', () => {
  it('an unreachable list and a list without report links: a line each, the other input still read', async () => {
    const s = await serve({});
    const gone = s.base;
    await s.close();
    const h = io();
    const status = await run(['check', `${gone}/nb/`, `${GOV}/empty/`, `${GOV}/nb/202302/t20230220_2.htm`], h.io);
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
    await run(['check', '--json', `${GOV}/loop/index.html`], h.io);
    expect(JSON.parse(h.out())).toHaveLength(4);
    expect(site.requested.filter((p) => p.startsWith('/loop/index')).length).toBe(30);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { summaryCsv, summaryRows, SUMMARY_HEAD, stateCode, stateOf } from '../../lib/export/review-rows';
import { readReportFile } from '../../lib/files';
import type { Report } from '../../lib/model/types';
import { fromAttachment } from '../../lib/review/attachment';
import type { Outcome } from '../../lib/review/types';
import { FIXTURES } from '../helpers/fixtures';

const PAGE = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm';
const FILE = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/P020260313365871187562.docx';
let page: Report;
let file: Report;

beforeAll(async () => {
  const dom = new JSDOM(readFileSync(join(FIXTURES, 'variant-attachment-pingtan-2025.html'), 'utf8'), { url: PAGE });
  page = analyse(dom.window.document, PAGE).report;
  // The same report as Word: what the review reads in its place.
  const read = await readReportFile(new Uint8Array(readFileSync(join(FIXTURES, 'docx', 'pingtan-2025.docx'))), { name: FILE });
  file = fromAttachment(page, analyse(new JSDOM(read.html, { url: FILE }).window.document, FILE, { assumeReport: true }).report);
  // One wrong figure in the file, so its findings are counted as the row's.
  file.findings.push({ rule: 'applications.balance', severity: 'error', where: 'total', message: '总计不平衡', cells: [] });
});

const row = (o: Outcome) => Object.fromEntries(SUMMARY_HEAD.map((h, i) => [h, summaryRows([o])[0][i]]));

describe('the states of attachment-only reports', () => {
  it('read through its file: “附件已读取”, the file’s findings counted, the page’s address, the file beside it', () => {
    const o: Outcome = { input: PAGE, report: file, attachment: FILE };
    expect(stateCode(o)).toBe('attachment');
    expect(row(o)).toMatchObject({ 机关: '平潭综合实验区', 年度: 2025, 错误: 1, 状态: '附件已读取 / attachment read', 网址: PAGE, 附件: FILE });
  });

  it('not read: “报告在附件中，未能读取” with the reason', () => {
    const o: Outcome = { input: PAGE, report: page, attachmentError: '服务器返回 HTTP 404 / HTTP 404 Not Found' };
    expect(stateCode(o)).toBe('attachment');
    expect(stateOf(o)).toBe('报告在附件中，未能读取 / report is an attachment, not read：服务器返回 HTTP 404 / HTTP 404 Not Found');
    expect(row(o)).toMatchObject({ 错误: 0, 警告: 0, 网址: PAGE, 附件: null });
    // A reader that did not fetch it, and a page whose only file is a .doc, say which.
    expect(stateOf({ input: PAGE, report: page })).toMatch(/未能读取.*：附件未下载/);
    const doc = { ...page, attachments: [{ url: PAGE.replace(/\.htm$/, '.doc'), text: '年度报告.doc' }] };
    expect(stateOf({ input: PAGE, report: doc })).toMatch(/未能读取.*：没有可读取的 \.pdf 或 \.docx 附件链接/);
  });

  it('a file whose tables are images is “tables are images”, not “read”', () => {
    const scan: Report = { ...file, active: null, applications: null, reviewLitigation: null, findings: [{ rule: 'structure.image', severity: 'warning', where: 'page', message: '表格为图片', cells: [] }] };
    expect(stateCode({ input: PAGE, report: scan, attachment: FILE })).toBe('image');
  });

  it('the summary CSV has the 附件 column', () => {
    const csv = summaryCsv([{ input: PAGE, report: file, attachment: FILE }]);
    expect(csv.split('\r\n')[0]).toBe('\uFEFF序号,机关,年度,模板,错误,警告,状态,网址,栏目,附件');
    expect(csv.split('\r\n')[1].endsWith(`,${PAGE},,${FILE}`)).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { detectReport } from '../../lib/detect';
import { FIXTURES } from '../helpers/fixtures';

/** Issue 6's patterns beyond the fixture pages: detection and identity of pages without a usable title. */
const URL = 'http://www.example.gov.cn/zwgk/xxgknb/frame.html';
const doc = (html: string, url = URL) => new JSDOM(html, { url }).window.document;
const run = (html: string, url = URL) => analyse(doc(html, url), url).report;
const rules = (r: ReturnType<typeof run>) => r.findings.map((f) => `${f.rule}@${f.where}`);

const LEGACY_TABLE = `<table border="1">
<tr><td>指标名称</td><td>计量单位</td><td>2018年度</td></tr>
<tr><td>一、主动公开情况</td><td></td><td></td></tr>
<tr><td>（一）主动公开政府信息数</td><td>条</td><td>120</td></tr>
<tr><td>二、依申请公开情况</td><td></td><td></td></tr>
<tr><td>（一）收到申请数</td><td>件</td><td>5</td></tr>
<tr><td>1.当面申请数</td><td>件</td><td>2</td></tr>
<tr><td>2.传真申请数</td><td>件</td><td>0</td></tr>
<tr><td>3.网络申请数</td><td>件</td><td>3</td></tr>
<tr><td>4.信函申请数</td><td>件</td><td>0</td></tr>
<tr><td>（三）申请答复数</td><td>件</td><td>5</td></tr>
</table>`;

describe('pages without a usable title (issue 6, pattern 3)', () => {
  it('a real Word paste of 表二 alone is a report by its tables', () => {
    const html = readFileSync(join(FIXTURES, 'pingtan-2021-table2-wordpaste.html'), 'utf8');
    expect(detectReport(doc(html), URL).isReport).toBe(true);
  });

  it('the pre-2019 统计表 under a heading, with its year from the column header', () => {
    const r = run(`<html><head><title>正文</title></head><body><p>六、政府信息公开情况统计表</p>${LEGACY_TABLE}</body></html>`);
    expect({ detected: r.detected, year: r.year, format: r.format, legacy: !!r.legacy }).toEqual({ detected: true, year: 2018, format: 'legacy', legacy: true });
  });

  it('"附件1：…2011年政府信息公开情况统计表" gives the year', () => {
    const r = run(`<html><body><p>附件1：石门县2011年政府信息公开情况统计表</p>${LEGACY_TABLE.replace('2018年度', '数量')}</body></html>`);
    expect({ detected: r.detected, year: r.year, format: r.format }).toEqual({ detected: true, year: 2011, format: 'legacy' });
  });

  it('a body that opens with the report title gives agency and year', () => {
    const html = readFileSync(join(FIXTURES, 'pingtan-2025.html'), 'utf8');
    const tables = [...doc(html).querySelectorAll('.TRS_Editor > table')].map((t) => t.outerHTML).join('');
    const r = run(`<html><body><p>2019年上海市人民政府办公厅政府信息公开工作年度报告</p><p>一、总体情况</p>${tables}</body></html>`);
    expect({ agency: r.agency, year: r.year }).toEqual({ agency: '上海市人民政府办公厅', year: 2019 });
  });

  it('a 2013 report told only in prose is legacy, and nothing is "missing"', () => {
    const r = run('<html><head><title>XX县2013年政府信息公开工作年度报告</title></head><body><h1>XX县2013年政府信息公开工作年度报告</h1><p>一、概述</p><p>全年主动公开政府信息1200条，收到政府信息公开申请12件，均已按时答复。</p></body></html>');
    expect({ detected: r.detected, year: r.year, format: r.format, findings: rules(r) }).toEqual({ detected: true, year: 2013, format: 'legacy', findings: [] });
  });

  it.each([
    ['a news item in a frame', '<html><head><title>XX县人民政府</title></head><body><p>2023年，全县共收到政府信息公开申请36件，本年新收政府信息公开申请数量较上年增加。</p></body></html>'],
    ['one figure of 表三 in prose', '<html><body><p>本年新收政府信息公开申请数量36件，全部按时办结。</p></body></html>'],
    ['a statistics communiqué table', '<html><body><table><tr><td>指标名称</td><td>计量单位</td><td>2023年</td></tr><tr><td>地区生产总值</td><td>亿元</td><td>320</td></tr></table></body></html>'],
  ])('%s stays a non-report', (_, html) => {
    expect(run(html).detected).toBe(false);
  });
});

describe('list pages and attachment pages (issue 6, pattern 2)', () => {
  it('the real 年报 column of 平潭 is a list, not a report', () => {
    const html = readFileSync(join(FIXTURES, 'real', 'pingtan-list.html'), 'utf8');
    expect(detectReport(doc(html, 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/'), 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/').isReport).toBe(false);
  });

  it('a report page that also links three other years of reports (a sidebar) is still its own report when it has a body', () => {
    const links = [2022, 2023, 2024].map((y) => `<li><a href="/nb/${y}.html">XX县${y}年政府信息公开工作年度报告</a></li>`).join('');
    const r = run(`<html><head><title>XX县2025年政府信息公开工作年度报告</title></head><body><ul>${links}</ul><p>一、总体情况</p><p>……</p></body></html>`);
    expect(r.detected).toBe(true);
  });

  it('a page titled with the report that links three other reports and has no body is a list', () => {
    const links = [2022, 2023, 2024].map((y) => `<li><a href="/nb/${y}.html">XX县${y}年政府信息公开工作年度报告</a></li>`).join('');
    expect(run(`<html><head><title>XX县2025年政府信息公开工作年度报告</title></head><body><ul>${links}</ul></body></html>`).detected).toBe(false);
  });
});

describe('a title of 2,000 characters (issue 6, pattern 5)', () => {
  it('does not hide a report whose <h1> names it', () => {
    const html = readFileSync(join(FIXTURES, 'pingtan-2025.html'), 'utf8');
    const tables = [...doc(html).querySelectorAll('.TRS_Editor > table')].map((t) => t.outerHTML).join('');
    const title = '平潭综合实验区门户网站 政务公开 信息公开 '.repeat(80);
    const r = run(`<html><head><title>${title}</title></head><body><h1>平潭综合实验区2025年度政府信息公开工作年度报告</h1>${tables}</body></html>`);
    expect({ detected: r.detected, agency: r.agency, year: r.year }).toEqual({ detected: true, agency: '平潭综合实验区', year: 2025 });
  });
});

describe('a cell with no readable figure (issue 6, pattern 1)', () => {
  const html = readFileSync(join(FIXTURES, 'pingtan-2025.html'), 'utf8');
  const URL25 = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm';
  /** Row `r`, cell `c` of table `t` of the real page, given new text. */
  const edited = (t: number, r: number, c: number, text: string) => {
    const d = doc(html, URL25);
    const td = d.querySelectorAll('.TRS_Editor > table')[t].querySelectorAll('tr')[r].querySelectorAll('td')[c];
    td.querySelector('p')!.textContent = text;
    return analyse(d, URL25).report;
  };
  it.each([
    // 表三 一、本年新收 商业企业; 表三 （七）总计 自然人 (a row whose label spans two columns); 表四 复议后起诉 总计
    [1, 3, 2, 'commercial', 'newReceived.commercial'],
    [1, 26, 1, 'natural', 'resultTotal.natural'],
    [1, 27, 7, 'total', 'carriedForward.total'],
    [2, 3, 14, 'total', 'litigationAfterReview.total'],
  ])('table %i row %i cell %i: value.invalid on that cell alone, the rest still read', (t, r, c, _col, where) => {
    const report = edited(t, r, c, '见附件');
    const invalid = report.findings.filter((f) => f.rule === 'value.invalid');
    expect(invalid.map((f) => f.where)).toEqual([where]);
    expect(report.findings.filter((f) => f.rule === 'structure.missing')).toEqual([]);
  });
  it('an annotated figure in 表三 reads as its figure: no finding at all', () => {
    expect(edited(1, 3, 1, '151（其中2件为重复申请）').findings).toEqual([]);
  });
});

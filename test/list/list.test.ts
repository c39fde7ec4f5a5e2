import { describe, expect, it } from 'vitest';
import { isListPage, nextPages, readColumn, reportLinks } from '../../lib/list';
import { fixtureNames, loadDocument, loadExpected, parseHtml } from '../helpers/fixtures';

const BASE = 'http://www.lx.gov.cn/zwgk/nb/';
const report = (href: string, agency: string, year: number) =>
  `<li><a href="${href}" title="${agency}${year}年政府信息公开工作年度报告">${agency}${year}年政府信息公开工作年度报告</a></li>`;

/** A 年报 column page: nav and breadcrumb, `items`, then `tail` (pager, scripts). */
function column(items: string, tail = '', title = '政府信息公开年报_龙溪县人民政府', name = title.split('_')[0]): Document {
  return parseHtml(
    `<html><head><title>${title}</title><meta name="ColumnName" content="${name}"></head><body>
    <div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwgk/nb/">政府信息公开年报</a></div>
    <ul>${items}</ul>${tail}</body></html>`,
    BASE,
  );
}

const three = report('./202501/t20250120_1.html', '龙溪县人民政府', 2024) + report('./202401/t20240120_2.html', '龙溪县人民政府', 2023) + report('../other/t3.html', '龙溪县财政局', 2024);

describe('the 平潭 column as published', () => {
  const url = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/';
  const doc = loadDocument('real/pingtan-list', url);

  it('is a list page whose ten static entries are its reports, newest first, absolute', () => {
    expect(isListPage(doc, url)).toBe(true);
    const links = reportLinks(doc, url);
    expect(links.map((l) => l.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016]);
    expect(links[1].url).toBe('https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202503/t20250310_97791.htm');
    expect(links.every((l) => l.agency === '平潭综合实验区')).toBe(true);
  });

  it('has a second page (recordCount 20, 10 a page, static up to index 1), named like its documents', () => {
    expect(nextPages(doc, url)).toEqual(['https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/index_1.htm']);
  });
});

describe('made list pages', () => {
  it('a page of two: 下一页 leads to index_1.html; on the last page nothing new', () => {
    const one = column(three, '<div class="page"><a href="index.html">首页</a><a href="index_1.html">下一页</a><a href="index_1.html">尾页</a></div>');
    expect(isListPage(one, BASE)).toBe(true);
    expect(nextPages(one, BASE)).toEqual([`${BASE}index_1.html`]);
    const two = column(three, '<div class="page"><a href="index.html">首页</a><a href="index.html">上一页</a><a href="javascript:;">下一页</a></div>');
    // Page 2 names only page 1 (the caller has read it: its set of pages read ends the walk).
    expect(nextPages(two, `${BASE}index_1.html`)).toEqual([`${BASE}index.html`]);
  });

  it('a list that links itself as its next page has no other page', () => {
    const self = column(three, '<a href="./">下一页</a><a href="index.html">2</a><a href="#top">下一页</a>');
    expect(nextPages(self, BASE)).toEqual([]);
  });

  it('TRS createPageHTML(total, current, prefix, suffix), with or without the pager id first', () => {
    const a = column(three, '<script>createPageHTML(4, 0, "index", "shtml");</script>');
    expect(nextPages(a, BASE)).toEqual([1, 2, 3].map((n) => `${BASE}index_${n}.shtml`));
    const b = column(three, "<script>var c=3; createPageHTML('page_div', 3, 1, 'index', 'html', 45);</script>");
    expect(nextPages(b, `${BASE}index_1.html`)).toEqual([`${BASE}index.html`, `${BASE}index_2.html`]);
    // A saved copy (file:) has no pages of its own to follow.
    expect(nextPages(a, 'file:///tmp/nb/index.html')).toEqual([]);
    const huge = column(three, '<script>createPageHTML(100000, 0, "index", "html");</script>');
    expect(nextPages(huge, BASE, 5)).toHaveLength(5);
  });

  it('notices about reports, 解读 pages, the column link and other sites’ news are not reports', () => {
    const doc = column(
      '<li><a href="/tz/1.html">关于做好2024年度政府信息公开工作年度报告编制发布工作的通知</a></li>' +
        three +
        '<li><a href="/jd/2.html">《龙溪县人民政府2024年政府信息公开工作年度报告》解读</a></li>' +
        '<li><a href="/jd/3.html">一图读懂龙溪县2024年政府信息公开工作年度报告</a></li>' +
        report('./202501/t20250120_1.html#x', '龙溪县人民政府', 2024) + // the same report again
        '<li><a href="javascript:void(0)">龙溪县人民政府2022年政府信息公开工作年度报告</a></li>',
    );
    expect(reportLinks(doc, BASE).map((l) => l.url)).toEqual([`${BASE}202501/t20250120_1.html`, `${BASE}202401/t20240120_2.html`, 'http://www.lx.gov.cn/zwgk/other/t3.html']);
  });

  it('<base href> decides where relative links point', () => {
    const doc = column(three);
    doc.head.insertAdjacentHTML('afterbegin', '<base href="http://www.lx.gov.cn/site/">');
    expect(reportLinks(doc, BASE)[0].url).toBe('http://www.lx.gov.cn/site/202501/t20250120_1.html');
  });

  it('needs the column words and several different reports', () => {
    expect(isListPage(column(three, '', '工作动态_龙溪县人民政府'), BASE)).toBe(false);
    const two = report('./a.html', '龙溪县人民政府', 2024) + report('./b.html', '龙溪县人民政府', 2023);
    expect(isListPage(column(two + two), BASE)).toBe(false); // two reports, each linked twice
    // …but a 年报 column with two reports is still read as a column by the CLI.
    expect(readColumn(column(two), BASE)?.links).toHaveLength(2);
    expect(readColumn(column(''), BASE)).toEqual({ links: [], pages: [] });
  });
});

describe('isListPage on the fixtures, each at its own address', () => {
  for (const name of fixtureNames()) {
    const list = name === 'not-list' || name === 'real/pingtan-list' || name === 'real/ordos-egb-list';
    const { url } = loadExpected(name);
    it(`${name}: ${list ? 'a list' : 'not a list'}`, () => {
      expect(isListPage(loadDocument(name, url), url)).toBe(list);
    });
  }
});

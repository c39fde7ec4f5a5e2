import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../lib/detect';
import { listOf } from '../../lib/cli/analyse-page';
import { isListPage, nextPages, readColumn, reportLinks } from '../../lib/list';
import { FIXTURES, loadDocument, parseHtml } from '../helpers/fixtures';

/** A generated page (test/fixtures/lists/, see its README) served from `url`. */
const made = (name: string, url: string) => parseHtml(readFileSync(join(FIXTURES, 'lists', `${name}.html`), 'utf8'), url);

const LX = 'http://www.lx.gov.cn';
/** The nine reports of the generated column, in list order: 解读, 一图读懂 and the notice are not among them. */
const REPORTS: [string | null, number][] = [
  ['龙溪县人民政府', 2023], ['龙溪县卫生健康局', 2023], ['龙溪县财政局', 2023], ['青石镇人民政府', 2023], ['城关街道办事处', 2023],
  ['龙溪县人民政府', 2022], ['龙溪县人民政府', 2021], ['龙溪县人民政府', 2020], ['龙溪县', 2008],
];

describe('a real TRS column titled with the site’s name (恩格贝, fixtures/real/ordos-egb-list)', () => {
  const url = 'http://egb.ordos.gov.cn/xxgk/xxgknb/';
  const doc = loadDocument('real/ordos-egb-list', url);

  it('is a list page: its breadcrumb names the column, four of its ten entries are reports', () => {
    expect(isListPage(doc, url)).toBe(true);
    const links = reportLinks(doc, url);
    expect(links.map((l) => [l.agency, l.year])).toEqual([['鄂尔多斯市', 2019], ['鄂尔多斯市人民政府办公室', 2019], ['鄂尔多斯市', 2018], ['内蒙古自治区', 2018]]);
    expect(links[0].url).toBe(`${url}202009/t20200903_2748784.html`);
    expect(links[3].url).toBe(`${url}201905/t20190530_2380967.html`);
  });

  it('its drawn pager leads to index_1.html', () => {
    expect(nextPages(doc, url)).toEqual([`${url}index_1.html`]);
  });

  it('a report of that site (a document, not its folder’s index) is not named a column by "./"', () => {
    const at = `${url}202009/t20200903_2748784.html`;
    expect(isListPage(loadDocument('real/ordos-egb-list', at), at)).toBe(false);
  });
});

describe('大汉 Hanweb jpage columns: the list is XML records inside a script', () => {
  const url = `${LX}/col/col12377/index.html`;

  it('records in <li>: read from the datastore though no script ran (the CLI’s view)', () => {
    const doc = made('hanweb-jpage-li', url);
    expect(doc.querySelectorAll('.right a[href^="/art/"]')).toHaveLength(0); // nothing drawn
    expect(isListPage(doc, url)).toBe(true);
    const links = reportLinks(doc, url);
    expect(links.map((l) => [l.agency, l.year])).toEqual(REPORTS);
    expect(links[0]).toEqual({ url: `${LX}/art/2024/1/19/art_12377_1486865.html`, title: '龙溪县人民政府2023年政府信息公开工作年度报告', agency: '龙溪县人民政府', year: 2023 });
    expect(links.at(-1)!.url).toBe(`${LX}/art/2009/3/31/art_12377_1486854.html`);
    // The next group is a POST to dataproxy.jsp: not a page to fetch.
    expect(nextPages(doc, url)).toEqual([]);
  });

  it('records as table rows, the column named by ColumnName only', () => {
    const doc = made('hanweb-jpage-table', url);
    expect(isListPage(doc, url)).toBe(true);
    expect(reportLinks(doc, url).map((l) => [l.agency, l.year])).toEqual(REPORTS);
    expect(readColumn(doc, url)).toEqual({ links: reportLinks(doc, url), pages: [] });
  });

  it('drawn by its script (the extension’s view): each report once, in list order', () => {
    const doc = made('hanweb-jpage-rendered', url);
    expect(doc.querySelectorAll('.default_pgContainer a')).toHaveLength(8);
    expect(isListPage(doc, url)).toBe(true);
    expect(reportLinks(doc, url).map((l) => [l.agency, l.year])).toEqual(REPORTS);
  });

  it('a record cannot run script or load anything: it is read as inert markup', () => {
    const html = readFileSync(join(FIXTURES, 'lists', 'hanweb-jpage-li.html'), 'utf8').replace(
      '<record><![CDATA[',
      '<record><![CDATA[<img src="http://evil.example/x.png" onerror="window.ran=1"><script>window.ran=1</script>',
    );
    const doc = parseHtml(html, url);
    expect(reportLinks(doc, url)).toHaveLength(REPORTS.length);
    expect((doc.defaultView as unknown as { ran?: number }).ran).toBeUndefined();
    expect(doc.querySelectorAll('img[src*="evil"]')).toHaveLength(0);
  });
});

describe('TRS WCM static columns', () => {
  const url = `${LX}/zwgk/zfxxgknb/`;
  const first = `${url}202401/t20240119_5347.html`;
  const last = `${url}200903/t20090331_5358.html`;

  it('<ul> list with createPageHTML(3, 0, "index", "shtml")', () => {
    const doc = made('trs-ul-createpage', url);
    expect(isListPage(doc, url)).toBe(true);
    const links = reportLinks(doc, url);
    expect(links.map((l) => [l.agency, l.year])).toEqual(REPORTS);
    expect([links[0].url, links.at(-1)!.url]).toEqual([first, last]);
    expect(nextPages(doc, url)).toEqual([`${url}index_1.shtml`, `${url}index_2.shtml`]);
  });

  it('the date inside the link (<a><p>title</p><span>date</span></a>), a drawn pager', () => {
    const doc = made('trs-date-in-link', url);
    expect(isListPage(doc, url)).toBe(true);
    expect(reportLinks(doc, url).map((l) => [l.agency, l.year])).toEqual(REPORTS);
    expect(nextPages(doc, url)).toEqual([`${url}index_1.html`]);
  });

  it('a <table> list on a page titled with the site’s name, named by its breadcrumb', () => {
    const doc = made('trs-site-title', url);
    expect(isListPage(doc, url)).toBe(true);
    expect(readColumn(doc, url)?.links.map((l) => l.url)).toEqual(reportLinks(doc, url).map((l) => l.url));
    expect(reportLinks(doc, url)).toHaveLength(REPORTS.length);
  });
});

describe('政府网站集约化平台 columns drawn by ajax', () => {
  const url = `${LX}/col/col1229779591/index.html`;

  it('as served (the CLI’s view): a 年报 column with no report links to read', () => {
    const doc = made('jyh-ajax-static', url);
    expect(isListPage(doc, url)).toBe(false);
    expect(readColumn(doc, url)).toEqual({ links: [], pages: [] });
  });

  it('as drawn (the extension’s view): its reports; its script pager is not a page', () => {
    const doc = made('jyh-ajax-rendered', url);
    expect(isListPage(doc, url)).toBe(true);
    expect(reportLinks(doc, url).map((l) => [l.agency, l.year])).toEqual(REPORTS);
    expect(nextPages(doc, url)).toEqual([]);
  });
});

describe('pages that say 年报 but are not a column of reports', () => {
  it('a report whose sidebar lists four other years', () => {
    const url = `${LX}/zwgk/zfxxgknb/202401/t20240119_5347.html`;
    const doc = made('not-list-report-sidebar', url);
    expect(detectReport(doc, url).isReport).toBe(true);
    expect(isListPage(doc, url)).toBe(false);
    expect(readColumn(doc, url)).toBeNull();
  });

  it('the site’s home page with a 年报 menu link and a box of the latest reports', () => {
    const doc = made('not-list-home', `${LX}/`);
    expect(isListPage(doc, `${LX}/`)).toBe(false);
    expect(readColumn(doc, `${LX}/`)).toBeNull();
  });

  it('the 政府信息公开 index linking the 年报 column and four reports', () => {
    const doc = made('not-list-zwgk-index', `${LX}/zwgk/`);
    expect(isListPage(doc, `${LX}/zwgk/`)).toBe(false);
    expect(readColumn(doc, `${LX}/zwgk/`)).toBeNull();
  });
});

describe('the CLI reads each generated page’s column as the extension’s reading of the same markup', () => {
  const pages: [string, string][] = [
    ['hanweb-jpage-li', `${LX}/col/col12377/index.html`], ['hanweb-jpage-table', `${LX}/col/col12377/index.html`],
    ['trs-ul-createpage', `${LX}/zwgk/zfxxgknb/`], ['trs-date-in-link', `${LX}/zwgk/zfxxgknb/`], ['trs-site-title', `${LX}/zwgk/zfxxgknb/`],
    ['jyh-ajax-static', `${LX}/col/col1229779591/index.html`],
  ];
  it.each(pages)('%s', (name, url) => {
    const html = readFileSync(join(FIXTURES, 'lists', `${name}.html`), 'utf8');
    expect(listOf({ input: url, url, html, charset: 'utf-8' })).toEqual(readColumn(made(name, url), url));
  });
});

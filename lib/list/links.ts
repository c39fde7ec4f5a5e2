/**
 * List pages of reports (a site's 政府信息公开年报 column): is this page one, and which reports
 * does it link, in list order. Pure: the document arrives as an argument.
 */
import { detectReport } from '../detect';
import { metaContent } from '../detect/dom';
import { baseUrl } from '../detect/allowed-url';
import { LIST_LINKS, linkedReport, otherReportCount } from '../detect/page-meta';
import { parseTitle, type TitleInfo } from '../detect/title';
import { pageLinks } from './records';

/** What a column of reports calls itself: 年报, 年度报告 (traditional forms too). */
const COLUMN_WORDS = /年[报報]|年度[报報]告/;
export { baseUrl };

/** A page whose own title names no report: every report link counts as another one. */
const NO_SELF: TitleInfo = { title: '', agency: null, year: null, reject: null, strong: false };

/** An http(s) URL for `href` on this page, fragment dropped; null for javascript:, mailto:, junk. */
export function absolute(href: string | null, base: string): string | null {
  if (!href || !href.trim() || href.trim().startsWith('#')) return null;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

/** Elements looked at for the page's own link: breadcrumbs and side menus come first. */
const OWN_LINK_NODES = 2000;
const INDEX_FILE = /^(?:index(?:_\d+)?\.s?html?)?$/i;

/**
 * The page's own link names it a 年报 column: old TRS templates title every page with the site's
 * name and say the column only in the breadcrumb (`<a href="./">信息公开年报</a>`). Only for a
 * folder's index page (where "./" is the page itself; on a document it is the column), comparing
 * literal hrefs over the first elements: no URL parsing, no walk of the whole page.
 */
function ownLinkNamed(doc: Document, url: string): boolean {
  let own: Set<string>;
  try {
    const u = new URL(url);
    const file = /[^/]*$/.exec(u.pathname)?.[0] ?? '';
    if (!INDEX_FILE.test(file)) return false;
    const dir = u.pathname.slice(0, u.pathname.length - file.length);
    own = new Set(['./', '.', dir, u.origin + dir, u.pathname, u.origin + u.pathname, u.href, 'index.html', 'index.htm', 'index.shtml', './index.html', './index.htm', './index.shtml']);
    if (file) own.add(file).add(`./${file}`);
  } catch {
    return false;
  }
  if (!doc.body) return false;
  const w = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  for (let n = w.nextNode(), k = 0; n && k < OWN_LINK_NODES; n = w.nextNode(), k++) {
    const el = n as Element;
    if (el.localName !== 'a' || !own.has(el.getAttribute('href') ?? '\0')) continue;
    if (COLUMN_WORDS.test(`${el.textContent ?? ''}|${el.getAttribute('title') ?? ''}`)) return true;
  }
  return false;
}

/** The page names itself a 年报 column: its title, its ColumnName, or (none given) its own link in the breadcrumb. */
export function columnNamed(doc: Document, url: string): boolean {
  if (COLUMN_WORDS.test(doc.title ?? '')) return true;
  const column = metaContent(doc, 'columnname');
  return column ? COLUMN_WORDS.test(column) : ownLinkNamed(doc, url);
}

/**
 * A list page of reports: its title, column name or breadcrumb says 年报/年度报告, and it links
 * several different reports (years or agencies). A report page whose sidebar links other years is
 * not one (the detector, which sees its body, says it is a report). Cheap on ordinary pages: string
 * tests and a look at the first links' hrefs decide before any link text is read.
 */
export function isListPage(doc: Document, url: string): boolean {
  const title = doc.title ?? '';
  if (!columnNamed(doc, url)) return false;
  const own = parseTitle(title);
  if (own?.reject && !COLUMN_WORDS.test(metaContent(doc, 'columnname') ?? '')) return false;
  // A title without a year ("政府信息公开年报 XX县人民政府") names the column and its site, not a report.
  const self = own?.strong && !own.reject && own.year !== null ? own : NO_SELF;
  if (otherReportCount(doc, self, pageLinks(doc)) < LIST_LINKS) return false;
  return self === NO_SELF || !detectReport(doc, url).isReport;
}

export interface ReportLink {
  url: string;
  /** The link's text (or title attribute when its text is cut short). */
  title: string;
  agency: string | null;
  year: number | null;
}

/**
 * The report links of a page in document order, absolute, each URL once; a Hanweb page's
 * datastore records (drawn by its script) included where they stand.
 */
export function reportLinks(doc: Document, url: string): ReportLink[] {
  const base = baseUrl(doc, url);
  const self = absolute(url, url);
  const seen = new Set<string>();
  const out: ReportLink[] = [];
  const links = pageLinks(doc);
  for (let i = 0; i < links.length; i++) {
    const a = links[i];
    const info = linkedReport(a);
    if (!info) continue;
    const href = absolute(a.getAttribute('href'), base);
    if (!href || href === self || seen.has(href)) continue;
    seen.add(href);
    out.push({ url: href, title: info.title, agency: info.agency, year: info.year });
  }
  return out;
}

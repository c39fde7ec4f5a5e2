/**
 * List pages of reports (a site's 政府信息公开年报 column): is this page one, and which reports
 * does it link, in list order. Pure: the document arrives as an argument.
 */
import { detectReport } from '../detect';
import { metaContent } from '../detect/dom';
import { baseUrl } from '../detect/allowed-url';
import { LIST_LINKS, linkedReport, otherReportCount } from '../detect/page-meta';
import { parseTitle, type TitleInfo } from '../detect/title';

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

/**
 * A list page of reports: its title or column name says 年报/年度报告, and it links several
 * different reports (years or agencies). A report page whose sidebar links other years is not one
 * (the detector, which sees its body, says it is a report). Cheap on ordinary pages: two string
 * tests decide before any link is read.
 */
export function isListPage(doc: Document, url: string): boolean {
  const title = doc.title ?? '';
  const column = metaContent(doc, 'columnname') ?? '';
  if (!COLUMN_WORDS.test(title) && !COLUMN_WORDS.test(column)) return false;
  const own = parseTitle(title);
  if (own?.reject && !COLUMN_WORDS.test(column)) return false;
  const self = own?.strong && !own.reject ? own : NO_SELF;
  if (otherReportCount(doc, self) < LIST_LINKS) return false;
  return self === NO_SELF || !detectReport(doc, url).isReport;
}

export interface ReportLink {
  url: string;
  /** The link's text (or title attribute when its text is cut short). */
  title: string;
  agency: string | null;
  year: number | null;
}

/** The report links of a page in document order, absolute, each URL once. */
export function reportLinks(doc: Document, url: string): ReportLink[] {
  const base = baseUrl(doc, url);
  const self = absolute(url, url);
  const seen = new Set<string>();
  const out: ReportLink[] = [];
  const links = doc.links;
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

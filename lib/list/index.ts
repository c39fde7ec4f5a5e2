/** A page as a column of reports: its report links and its other pages, or null for any other page. */
import { detectReport } from '../detect';
import { metaContent } from '../detect/dom';
import { columnNamed, isListPage, reportLinks, type ReportLink } from './links';
import { nextPages } from './pages';

export { isListPage, reportLinks, type ReportLink } from './links';
export { nextPages, samePage, PAGE_CAP } from './pages';

export interface Column {
  links: ReportLink[];
  pages: string[];
}

/**
 * A list page, or a page named as a 年报 column that is not itself a report (a column with one or
 * two reports, or none: the caller says "no report links" rather than "not a report").
 */
export function readColumn(doc: Document, url: string): Column | null {
  if (!columnNamed(doc, url)) return null;
  if (!isListPage(doc, url)) {
    if (detectReport(doc, url).isReport) return null;
    const links = reportLinks(doc, url);
    // A 年报 page that neither reads as a report nor links one: only a column with pages says so.
    const pages = nextPages(doc, url);
    if (!links.length && !pages.length && !/栏目|列表|index|\/$/i.test(`${metaContent(doc, 'columnname') ?? ''}|${url}`)) return null;
    return { links, pages };
  }
  return { links: reportLinks(doc, url), pages: nextPages(doc, url) };
}

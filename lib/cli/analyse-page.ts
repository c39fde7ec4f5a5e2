import { analyse } from '../analyse';
import { readColumn, type Column } from '../list';
import type { Report } from '../model/types';
import { parseJsdom, type ParsedPage } from './dom';
import type { Page } from './read-input';

/** The DOM the CLI reads pages with: jsdom, the reference; NIANBAO_DOM=happy-dom for speed. */
let parse: (html: string, url: string) => ParsedPage = parseJsdom;
export const useParser = (p: typeof parse) => void (parse = p);

/** The same core the extension runs, on a parsed page. */
export function analysePage(page: Page): Report {
  const dom = parse(page.html, page.url);
  try {
    // A Word or PDF file given to check is a report (a draft's title may not say so).
    const { report } = analyse(dom.document, page.url, { assumeReport: page.kind === 'docx' || page.kind === 'pdf' });
    // happy-dom's text nodes are slices of the page's markup: a cell's text would keep the whole
    // 200–350 KB page alive as long as the report. A copy holds only its own strings.
    return structuredClone(report);
  } finally {
    dom.close();
  }
}

/** A page that is a list of reports: its links and pages. Pages whose head never says 年报 are not parsed. */
export function listOf(page: Page): Column | null {
  if ((page.kind && page.kind !== 'html') || !/年[报報]|年度[报報]告/.test(page.html.slice(0, 30_000))) return null;
  const dom = parse(page.html, page.url);
  try {
    const column = readColumn(dom.document, page.url);
    return column && structuredClone(column); // no slice of the list's markup outlives it
  } finally {
    dom.close();
  }
}

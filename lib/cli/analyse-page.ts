import { analyse } from '../analyse';
import { readColumn, type Column } from '../list';
import type { Report } from '../model/types';
import type { ParsedPage } from './dom';
import { parseLinkedom } from './dom-linkedom';
import type { Page } from './read-input';

/**
 * The DOM the CLI reads pages with: parse5's tree in linkedom nodes (the tree jsdom builds, at a
 * sixth of the cost); NIANBAO_DOM=jsdom for jsdom itself (lib/cli/main.ts).
 */
let parse: (html: string, url: string) => ParsedPage = parseLinkedom;
export const useParser = (p: typeof parse) => void (parse = p);

/** The same core the extension runs, on a parsed page. */
export function analysePage(page: Page): Report {
  const dom = parse(page.html, page.url);
  try {
    // A Word or PDF file given to check is a report (a draft's title may not say so).
    const { report } = analyse(dom.document, page.url, { assumeReport: page.kind === 'docx' || page.kind === 'pdf' });
    // A parser's text nodes may be slices of the page's markup (V8 sliced strings): a cell's text
    // would keep the whole 200–350 KB page alive as long as the report. A copy holds only its own.
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

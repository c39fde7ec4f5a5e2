import { JSDOM, VirtualConsole } from 'jsdom';
import { analyse } from '../analyse';
import { readColumn, type Column } from '../list';
import type { Report } from '../model/types';
import type { Page } from './read-input';

const parse = (page: Page) => new JSDOM(page.html, { url: page.url, contentType: 'text/html', virtualConsole: new VirtualConsole() });

/**
 * The same core the extension runs, on a jsdom document. jsdom runs no scripts and loads no
 * resources unless asked; the silent virtual console keeps its CSS parse warnings off stderr.
 */
export function analysePage(page: Page): Report {
  const dom = parse(page);
  try {
    // A Word or PDF file given to check is a report (a draft's title may not say so).
    return analyse(dom.window.document, page.url, { assumeReport: page.kind === 'docx' || page.kind === 'pdf' }).report;
  } finally {
    dom.window.close();
  }
}

/** A page that is a list of reports: its links and pages. Pages whose head never says 年报 are not parsed. */
export function listOf(page: Page): Column | null {
  if ((page.kind && page.kind !== 'html') || !/年[报報]|年度[报報]告/.test(page.html.slice(0, 30_000))) return null;
  const dom = parse(page);
  try {
    return readColumn(dom.window.document, page.url);
  } finally {
    dom.window.close();
  }
}

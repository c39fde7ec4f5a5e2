import { JSDOM, VirtualConsole } from 'jsdom';
import { analyse } from '../analyse';
import type { Report } from '../model/types';
import type { Page } from './read-input';

/**
 * The same core the extension runs, on a jsdom document. jsdom runs no scripts and loads no
 * resources unless asked; the silent virtual console keeps its CSS parse warnings off stderr.
 */
export function analysePage(page: Page): Report {
  const dom = new JSDOM(page.html, { url: page.url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  try {
    // A Word or PDF file given to check is a report (a draft's title may not say so).
    return analyse(dom.window.document, page.url, { assumeReport: page.kind === 'docx' || page.kind === 'pdf' }).report;
  } finally {
    dom.window.close();
  }
}

import { JSDOM, VirtualConsole } from 'jsdom';

/** A parsed page and how to free it. */
export interface ParsedPage {
  document: Document;
  close: () => void;
}

/** jsdom, the reference: runs no scripts and loads nothing unless asked; its CSS warnings stay silent. */
export function parseJsdom(html: string, url: string): ParsedPage {
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  return { document: dom.window.document, close: () => dom.window.close() };
}

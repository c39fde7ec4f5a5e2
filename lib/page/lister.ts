/**
 * The list reader's logic (entrypoints/lister.ts, injected into frames sniff found to be a list
 * page of reports): read the column from the rendered DOM, then keep watching, bounded, for links
 * the page's own script adds (lists rendered from an API, a pager that swaps the list in place),
 * and send the column again whenever it grew. Links already seen are kept when the page replaces
 * its list, so a column paged in place adds up.
 */
import type { Column } from '../list';
import type { ReportLink } from '../list/links';
import type { ColumnInfo } from '../messages';
import { metaContent } from '../detect/dom';
import { settle } from './settle';

export type ReadColumn = (doc: Document, url: string) => Column | null;

export interface ListerOptions {
  /** How long the page is watched after the first read, at most. */
  watchMs?: number;
  debounceMs?: number;
  /** A changing page is still read at least this often (see settle.ts). */
  maxWaitMs?: number;
  /** Reads after the first one, at most: a page that adds links forever stops being watched. */
  maxReads?: number;
}

/** The column's name: the page title (it names the site too), else its ColumnName. */
export function columnTitle(doc: Document): string {
  return (doc.title || metaContent(doc, 'columnname') || '').replace(/\s+/g, ' ').trim();
}

/** A change that may bring links: an added element that is or holds one, or an href set later. */
function mayAddLinks(r: MutationRecord): boolean {
  if (r.type === 'attributes') return (r.target as Element).localName === 'a';
  for (let i = 0; i < r.addedNodes.length; i++) {
    const n = r.addedNodes[i];
    if (n.nodeType === 1 && ((n as Element).localName === 'a' || (n as Element).getElementsByTagName('a').length)) return true;
  }
  return false;
}

/** Reads now, then as links arrive (bounded); send() gets the whole column each time it grew. Returns stop(). */
export function watchColumn(doc: Document, url: string, read: ReadColumn, send: (c: ColumnInfo) => void, opts: ListerOptions = {}): () => void {
  const { watchMs = 15000, debounceMs = 300, maxWaitMs = 1000, maxReads = 15 } = opts;
  const links = new Map<string, ReportLink>();
  const pages = new Set<string>();
  const look = () => {
    let column: Column | null = null;
    try {
      column = read(doc, url);
    } catch {
      // never throw into the page
    }
    if (!column) return;
    const before = links.size + pages.size;
    for (const l of column.links) if (!links.has(l.url)) links.set(l.url, l);
    for (const p of column.pages) pages.add(p);
    if (links.size && links.size + pages.size > before) send({ url, title: columnTitle(doc), links: [...links.values()], pages: [...pages] });
  };
  look();
  if (typeof MutationObserver !== 'function') return () => {};
  let reads = 0;
  const stop = () => {
    observer.disconnect();
    wait.cancel();
    clearTimeout(deadline);
  };
  const wait = settle(() => {
    if (++reads >= maxReads) stop();
    look();
  }, debounceMs, maxWaitMs);
  const observer = new MutationObserver((records) => {
    if (records.some(mayAddLinks)) wait.poke();
  });
  const deadline = setTimeout(stop, watchMs);
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['href'] });
  return stop;
}

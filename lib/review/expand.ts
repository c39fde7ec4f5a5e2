/**
 * A list page walked over its own pages: the CLI's list inputs and the review page's column.
 * Pure: reading a page, reading a column out of it and naming a failure arrive as arguments.
 */
import type { Column } from '../list';
import { PAGE_CAP, samePage } from '../list/pages';

/** One thing to check: an input as given, or a report linked from a list page given. */
export interface Entry<P> {
  input: string;
  /** The list page that linked it. */
  list?: string;
  /** Already read (a direct input that turned out to be a report). */
  page?: P;
  /** Could not be expanded: an unreachable list, a list without report links. */
  error?: string;
}

export interface ExpandIo<P extends { url: string }> {
  read: (input: string) => Promise<P>;
  list?: (page: P) => Column | null;
  /** A page of the list that could not be read: one line, the walk goes on. */
  warn: (message: string) => void;
  /** A read's failure as one line (default: the error's first line). */
  failure?: (err: unknown) => string;
  /** Stops the walk between pages. */
  signal?: AbortSignal;
}

const firstLine = (err: unknown) => String((err as Error)?.message ?? err).split('\n')[0];

export const NO_LINKS = '栏目页中没有年报链接 / the list page links no report';
const SAVED =
  '这是保存到本地的年报栏目页，其中的链接无法从文件打开，请直接给出栏目网址 / a saved list page: its links cannot be followed from a file, give the list’s URL';

/**
 * The report links of a column whose first page (`url`, read as `first`) is known: links in list
 * order over its pages, each URL once. Pages are read one after another, each at most once (a list
 * that links itself or loops through its pages ends), at most PAGE_CAP of them.
 */
export async function walkColumn<P extends { url: string }>(url: string, first: Column, io: ExpandIo<P>, alsoSeen: string[] = []): Promise<Entry<P>[]> {
  const failure = io.failure ?? firstLine;
  const seenPages = [url, ...alsoSeen];
  const queue = [...first.pages];
  const urls = new Set<string>();
  const entries: Entry<P>[] = [];
  const add = (c: Column) => {
    for (const l of c.links) if (!urls.has(l.url)) urls.add(l.url), entries.push({ input: l.url, list: url });
  };
  add(first);
  let read = 1;
  while (queue.length && read < PAGE_CAP && !io.signal?.aborted) {
    const next = queue.shift()!;
    if (seenPages.some((s) => samePage(s, next))) continue;
    seenPages.push(next);
    read++;
    let p: P;
    try {
      p = await io.read(next);
    } catch (err) {
      if (io.signal?.aborted) break;
      io.warn(`${next}: 栏目的这一页无法读取 / a page of the list could not be read: ${failure(err)}`);
      continue;
    }
    seenPages.push(p.url);
    const c = io.list?.(p);
    if (!c) continue;
    add(c);
    queue.push(...c.pages);
  }
  return entries;
}

/** An input, or the reports of the list page it is (see walkColumn). */
export async function expand<P extends { url: string }>(input: string, io: ExpandIo<P>): Promise<Entry<P>[]> {
  let page: P;
  try {
    page = await io.read(input);
  } catch (err) {
    return [{ input, error: (io.failure ?? firstLine)(err) }];
  }
  const first = io.list?.(page);
  if (!first) return [{ input, page }];
  const entries = await walkColumn(input, first, io, [page.url]);
  if (entries.length) return entries;
  // A saved copy's relative links point at files that were never saved with it.
  return [{ input, error: /^https?:/i.test(page.url) ? NO_LINKS : SAVED }];
}

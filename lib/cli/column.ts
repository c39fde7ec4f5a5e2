import type { Column } from '../list';
import { PAGE_CAP, samePage } from '../list/pages';
import { InputError } from './errors';
import type { Page } from './read-input';

/** One thing to check: an input as given, or a report linked from a list page given. */
export interface Entry {
  input: string;
  /** The list page that linked it. */
  list?: string;
  /** Already read (a direct input that turned out to be a report). */
  page?: Page;
  /** Could not be expanded: an unreachable list, a list without report links. */
  error?: string;
}

export interface ColumnIo {
  read: (input: string) => Promise<Page>;
  list?: (page: Page) => Column | null;
  /** A page of the list that could not be read: one line, the run goes on. */
  warn: (message: string) => void;
}

const failure = (err: unknown) => (err instanceof InputError ? err.message : String((err as Error)?.message ?? err).split('\n')[0]);

/**
 * An input, or the reports of the list page it is: links in list order over its pages, each URL
 * once. Pages are read one after another, each at most once (a list that links itself or loops
 * through its pages ends), at most PAGE_CAP of them.
 */
export async function expand(input: string, io: ColumnIo): Promise<Entry[]> {
  let page: Page;
  try {
    page = await io.read(input);
  } catch (err) {
    return [{ input, error: failure(err) }];
  }
  const first = io.list?.(page);
  if (!first) return [{ input, page }];
  const seenPages = [page.url, input];
  const queue = [...first.pages];
  const urls = new Set<string>();
  const entries: Entry[] = [];
  const add = (c: Column) => {
    for (const l of c.links) if (!urls.has(l.url)) urls.add(l.url), entries.push({ input: l.url, list: input });
  };
  add(first);
  let read = 1;
  while (queue.length && read < PAGE_CAP) {
    const next = queue.shift()!;
    if (seenPages.some((s) => samePage(s, next))) continue;
    seenPages.push(next);
    read++;
    let p: Page;
    try {
      p = await io.read(next);
    } catch (err) {
      io.warn(`${next}: 栏目的这一页无法读取 / a page of the list could not be read: ${failure(err)}`);
      continue;
    }
    seenPages.push(p.url);
    const c = io.list!(p);
    if (!c) continue;
    add(c);
    queue.push(...c.pages);
  }
  if (entries.length) return entries;
  // A saved copy's relative links point at files that were never saved with it.
  const saved = !/^https?:/i.test(page.url);
  const error = saved
    ? '这是保存到本地的年报栏目页，其中的链接无法从文件打开，请直接给出栏目网址 / a saved list page: its links cannot be followed from a file, give the list’s URL'
    : '栏目页中没有年报链接 / the list page links no report';
  return [{ input, error }];
}

/** One entry of a run → its outcome: the page read and analysed, an attachment-only report read through its file. */
import type { Report } from '../model/types';
import { attachmentUrl, fromAttachment } from '../review/attachment';
import type { Outcome } from '../review/types';
import type { Args } from './args';
import type { Entry } from './column';
import { InputError } from './errors';
import { politeReader } from './polite';
import { isUrl, type Page, type ReadOptions } from './read-input';

export interface CheckIo {
  read: (input: string, opts?: ReadOptions) => Promise<Page>;
  analyse: (page: Page) => Report;
  /** Pause after each request to one host, ms (default 200). */
  pauseMs?: number;
}

const FILES_AT_ONCE = 4; // saved pages: a few at once
const NOT_A_FILE = '服务器返回的是网页，不是 PDF 或 Word 文件 / the server sent a web page, not a PDF or .docx';

const message = (err: unknown) =>
  err instanceof InputError ? err.message : `分析失败 / analysis failed: ${String((err as Error)?.message ?? err).split('\n')[0]}`;

/** Files through a small gate, URLs through the per-host one (pages and attachments alike). */
export function readers(args: Args, io: CheckIo): (input: string) => Promise<Page> {
  const opts: ReadOptions = args.timeout ? { timeoutMs: args.timeout * 1000 } : {};
  const polite = politeReader((input) => io.read(input, opts), { concurrency: args.concurrency ?? 3, pauseMs: io.pauseMs ?? 200 });
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (input) => {
    if (isUrl(input)) return polite(input);
    if (running >= FILES_AT_ONCE) await new Promise<void>((r) => waiting.push(r));
    running++;
    try {
      return await io.read(input, opts);
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/**
 * A fetched page whose report is only linked as a .pdf/.docx: that file read and checked in its
 * place (`attachment` set), or the page's report kept with why not (`attachmentError`). Saved
 * pages are not followed: their links point at files that were never saved with them.
 */
async function throughAttachment(o: Outcome & { report: Report }, pageUrl: string, read: (input: string) => Promise<Page>, io: CheckIo): Promise<Outcome> {
  const file = isUrl(pageUrl) ? attachmentUrl(o.report) : null;
  if (!file) return o;
  try {
    let page = await read(file);
    if (page.kind !== 'pdf' && page.kind !== 'docx') throw new InputError(NOT_A_FILE);
    const report = io.analyse(page);
    page = undefined as unknown as Page;
    return { ...o, report: fromAttachment(o.report, report), attachment: file };
  } catch (err) {
    return { ...o, attachmentError: message(err) };
  }
}

export async function checkOne(entry: Entry, read: (input: string) => Promise<Page>, io: CheckIo): Promise<Outcome> {
  const { input, list } = entry;
  if (entry.error) return { input, list, error: entry.error };
  try {
    let page = entry.page ?? (await read(input));
    entry.page = undefined; // a 200-link run holds reports, not pages
    const { url, kind } = page;
    const report = io.analyse(page);
    page = undefined as unknown as Page;
    if (!report || typeof report !== 'object') throw new Error('no report');
    // A list that links the file itself: read as an attachment, as the review page says it.
    if (list && (kind === 'pdf' || kind === 'docx')) return { input, list, report, attachment: url };
    return await throughAttachment({ input, list, report }, url, read, io);
  } catch (err) {
    return { input, list, error: message(err) };
  }
}

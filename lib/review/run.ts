/**
 * A review of a 年报 column (the extension's 核对本栏目; pure, so tests drive it with a fake
 * network): the list's pages walked, every report link fetched politely (≤ N per host, a pause,
 * one retry on a network error), decoded like the CLI, parsed, analysed, an attachment-only
 * report read through its file, history.* within the column and against kept reports. Memory: a
 * page's text and DOM live only while it is analysed; the run holds reports.
 */
import { decodeHtml } from '../decode';
import { readColumn, type Column, type ReportLink } from '../list';
import type { Report } from '../model/types';
import { attachmentUrl, fromAttachment } from './attachment';
import { ColumnHistory } from './column-history';
import { walkColumn } from './expand';
import { politeReader, type LimitFunction } from './polite';
import type { Outcome } from './types';

/** A fetched page: its final URL and its text, or its bytes to decode (with the HTTP content type). */
export interface Fetched {
  url: string;
  html?: string;
  bytes?: Uint8Array;
  contentType?: string | null;
}

export interface ReviewIo {
  fetchPage: (url: string, signal: AbortSignal) => Promise<Fetched>;
  parse: (html: string, url: string) => Document;
  analyse: (doc: Document, url: string) => Report;
  /** Fetches and reads a .pdf/.docx report file; without it attachment-only reports stay unread. */
  readAttachment?: (url: string, signal: AbortSignal) => Promise<Report>;
  /** The kept report of the same agency for the year before (lib/store/history). */
  previousReport?: (report: Report) => Promise<Report | null>;
  /** Keeps a report read (without history findings) for next year's checks. */
  keepReport?: (report: Report) => Promise<unknown>;
  /** Not tried again: an HTTP status, an address refused. */
  noRetry: (err: unknown) => boolean;
  /** A failure as one line (default: the error's first line). */
  failure?: (err: unknown) => string;
  concurrency?: number;
  pauseMs?: number;
}

const firstLine = (err: unknown) => String((err as Error)?.message ?? err).split('\n')[0];
const FILE_URL = /\.(pdf|docx)(?:[?#]|$)/i;
const FILE_TYPE = /application\/(pdf|vnd\.openxmlformats-officedocument\.wordprocessingml)/i;
/** A page body that is not HTML: the report is the file itself. */
class IsFile {}
/** The page came but the core failed on it: said, not tried again. */
class Failed {
  constructor(readonly message: string) {}
}

export interface Review {
  /** The list page (first page) read: its title and column, or null when it is not a 年报 list. */
  readList: (url: string) => Promise<{ title: string; url: string; column: Column | null }>;
  /** The column's report links over its pages, in list order, each once. */
  links: (url: string, first: Column, onWarn?: (m: string) => void) => Promise<ReportLink[]>;
  /** Checks the links; `onOutcome(i, o)` when link i finishes or its history changes. Not checked (cancelled): null. */
  check: (links: { url: string }[], list: string, onOutcome?: (i: number, o: Outcome) => void) => Promise<(Outcome | null)[]>;
}

export function review(io: ReviewIo, signal: AbortSignal = new AbortController().signal): Review {
  const failure = io.failure ?? firstLine;
  const hosts = new Map<string, LimitFunction>();
  const manners = { concurrency: io.concurrency ?? 3, pauseMs: io.pauseMs ?? 200, noRetry: io.noRetry, hosts, signal };
  const text = (f: Fetched) => f.html ?? decodeHtml(f.bytes ?? new Uint8Array(), f.contentType).text;
  const fetchPolitely = politeReader((url) => io.fetchPage(url, signal), manners);

  /** A page → its report, inside its host's slot (the pause then holds a report, not a page). */
  const readReport = politeReader(async (url: string): Promise<Report | IsFile | Failed> => {
    const f = await io.fetchPage(url, signal);
    if (FILE_TYPE.test(f.contentType ?? '') && io.readAttachment) return new IsFile();
    try {
      return io.analyse(io.parse(text(f), f.url), f.url);
    } catch (err) {
      return new Failed(`分析失败 / analysis failed: ${firstLine(err)}`);
    }
  }, manners);
  const readFile = politeReader((url: string) => io.readAttachment!(url, signal), manners);

  async function readList(url: string) {
    const f = await fetchPolitely(url);
    const doc = io.parse(text(f), f.url);
    return { title: doc.title ?? '', url: f.url, column: readColumn(doc, f.url) };
  }

  async function links(url: string, first: Column, onWarn: (m: string) => void = () => {}) {
    const titles = new Map<string, ReportLink>();
    const seen = (c: Column | null) => (c?.links.forEach((l) => titles.has(l.url) || titles.set(l.url, l)), c);
    seen(first);
    const entries = await walkColumn(url, first, {
      read: async (u) => {
        const f = await fetchPolitely(u);
        return { url: f.url, column: readColumn(io.parse(text(f), f.url), f.url) };
      },
      list: (p) => seen(p.column),
      warn: onWarn,
      failure,
      signal,
    });
    return entries.map((e) => titles.get(e.input) ?? { url: e.input, title: '', agency: null, year: null });
  }

  async function check(links: { url: string }[], list: string, onOutcome: (i: number, o: Outcome) => void = () => {}) {
    const outcomes: (Outcome | null)[] = links.map(() => null);
    const history = new ColumnHistory();
    const one = async (input: string, i: number) => {
      let o: Outcome;
      try {
        o = await outcomeOf(input, list);
      } catch (err) {
        if (signal.aborted) return; // not checked
        o = { input, list, error: failure(err) };
      }
      if (!('report' in o)) return void onOutcome(i, (outcomes[i] = o));
      const base = o.report;
      // The store keeps only reports with tables: an unread attachment never replaces a good read.
      const [previous] = await Promise.all([io.previousReport?.(base).catch(() => null), io.keepReport?.(base).catch(() => false)]);
      outcomes[i] = o;
      for (const j of history.add(i, base, previous)) {
        const before = outcomes[j];
        if (!before || !('report' in before)) continue;
        onOutcome(j, (outcomes[j] = { ...before, report: history.final(j) }));
      }
    };
    await Promise.all(links.map((l, i) => one(l.url, i)));
    return outcomes;
  }

  async function outcomeOf(input: string, list: string): Promise<Outcome> {
    const page = FILE_URL.test(new URL(input).pathname) && io.readAttachment ? new IsFile() : await readReport(input);
    if (page instanceof Failed) return { input, list, error: page.message };
    if (page instanceof IsFile) return { input, list, report: await readFile(input), attachment: input };
    const file = io.readAttachment && attachmentUrl(page);
    if (!file) return { input, list, report: page };
    try {
      return { input, list, report: fromAttachment(page, await readFile(file)), attachment: file };
    } catch (err) {
      if (signal.aborted) throw err;
      return { input, list, report: page, attachmentError: failure(err) };
    }
  }

  return { readList, links, check };
}

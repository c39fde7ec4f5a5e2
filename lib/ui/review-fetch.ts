/**
 * The review page's network side (extension page, never the content script): pages fetched
 * without the site's cookies, only http(s) on *.gov.cn, a timeout and a size cap per page, and
 * attachments read like 核对附件 does. Failures are one line, Chinese then English, as the CLI's.
 */
import type { Analysis, AnalyseOptions } from '@/lib/analyse';
import { allowedUrl } from '@/lib/detect/allowed-url';
import type { PdfjsLoader } from '@/lib/files/pdf';
import type { Report } from '@/lib/model/types';
import type { Fetched } from '@/lib/review/run';
import { checkFile, fetchAttachment } from './attachment';

/** The server answered (an HTTP status) or the address is refused: never tried again. */
export class FinalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FinalError';
  }
}

export const PAGE_TIMEOUT_MS = 20_000; // the CLI's default
const PAGE_MAX_BYTES = 15 * 1024 * 1024; // Word pages are 200–350 KB; 15 MB is no report page

export const isGov = (url: string) => /^https?:/i.test(url) && allowedUrl(url, url) !== null;

const notGov = (url: string) => new FinalError(`只读取政府网站（*.gov.cn）上的网页：${url} / only *.gov.cn pages are read`);

function networkMessage(err: unknown, timeoutMs: number): string {
  if ((err as Error)?.name === 'TimeoutError') return `请求超时（${timeoutMs / 1000} 秒） / request timed out after ${timeoutMs / 1000} s`;
  return `无法获取（网络错误或服务器拒绝） / fetch failed (network error)`;
}

/** fetch with the review's signal (cancel) and a timeout, no cookies. */
function request(url: string, signal: AbortSignal, timeoutMs: number, fetchFn: typeof fetch, init: RequestInit = {}) {
  return fetchFn(url, { ...init, credentials: 'omit', redirect: 'follow', cache: 'no-cache', signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs), ...(init.signal ? [init.signal] : [])]) });
}

export function pageFetcher(timeoutMs = PAGE_TIMEOUT_MS, fetchFn: typeof fetch = (...a) => fetch(...a)) {
  return async (url: string, signal: AbortSignal): Promise<Fetched> => {
    if (!isGov(url)) throw notGov(url);
    let res: Response;
    let bytes: Uint8Array;
    try {
      res = await request(url, signal, timeoutMs, fetchFn);
      if (!res.ok) throw new FinalError(`服务器返回 HTTP ${res.status} / HTTP ${res.status} ${res.statusText}`.trim());
      if (!isGov(res.url || url)) throw notGov(res.url);
      if (Number(res.headers.get('content-length')) > PAGE_MAX_BYTES) throw new FinalError('网页过大，不像一份年度报告 / the page is too large');
      bytes = new Uint8Array(await res.arrayBuffer()); // the timeout covers the body too
    } catch (err) {
      if (err instanceof FinalError || signal.aborted) throw err;
      throw new Error(networkMessage(err, timeoutMs));
    }
    return { url: res.url || url, bytes, contentType: res.headers.get('content-type') };
  };
}

type AnalyseFn = (doc: Document, url: string, options?: AnalyseOptions) => Analysis;

/** A report file (.pdf/.docx) fetched and read as 核对附件 reads it. */
export function attachmentReader(analyse: AnalyseFn, pdf?: PdfjsLoader, fetchFn: typeof fetch = (...a) => fetch(...a)) {
  return async (url: string, signal: AbortSignal): Promise<Report> => {
    if (!isGov(url)) throw notGov(url);
    const got = await fetchAttachment(url, { fetch: (u, init) => fetchFn(u as string, { ...init, signal: AbortSignal.any([signal, ...(init?.signal ? [init.signal] : [])]) }) });
    const checked = await checkFile(got.bytes, { name: new URL(got.url).pathname, contentType: got.contentType, url: got.url }, analyse, pdf);
    return checked.analysis.report;
  };
}

/**
 * A page as an inert document. Chromium reports every inline handler (onclick=…) of a parsed
 * page as a CSP violation on the console, though none ever runs: they are renamed in the tags
 * first (the core reads no handler).
 */
export const parseHtml = (html: string): Document =>
  new DOMParser().parseFromString(
    html.replace(/<[a-z][^>]*>/gi, (tag) => (/\son/i.test(tag) ? tag.replace(/(\s)(on[a-z]+\s*=)/gi, '$1data-$2') : tag)),
    'text/html',
  );

import type { Analysis, AnalyseOptions } from '@/lib/analyse';
import { allowedUrl } from '@/lib/detect/allowed-url';
import { readReportFile, type FileKind } from '@/lib/files';
import type { PdfjsLoader } from '@/lib/files/pdf';
import { checkDraft, parseDraft } from './draft';

/**
 * 核对附件 without the page: which attachments can be checked, the fetch (from the extension
 * page, never the content script: no cookies, a timeout, a size cap, progress), and the read.
 * Every failure is an AttachmentError with a one-line Chinese + English message.
 */
export class AttachmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AttachmentError';
  }
}

export const MAX_BYTES = 30 * 1024 * 1024;
export const TIMEOUT_MS = 60_000;

export type Progress = { step: 'fetch'; loaded: number; total: number | null } | { step: 'read' } | { step: 'check' };

export interface Fetched {
  bytes: Uint8Array;
  url: string;
  contentType: string | null;
}

export interface FetchOptions {
  fetch?: typeof fetch;
  onProgress?: (p: Progress) => void;
  timeoutMs?: number;
  maxBytes?: number;
}

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export async function fetchAttachment(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const { timeoutMs = TIMEOUT_MS, maxBytes = MAX_BYTES } = opts;
  const signal = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await (opts.fetch ?? fetch)(url, { credentials: 'omit', redirect: 'follow', signal, cache: 'no-cache' });
  } catch (err) {
    throw new AttachmentError(networkMessage(err, timeoutMs));
  }
  if (!res.ok) throw new AttachmentError(`服务器返回 HTTP ${res.status}，无法下载附件 / the server answered HTTP ${res.status}`);
  // A redirect off *.gov.cn (a login page, another site): not a file this page fetches.
  const final = res.url || url;
  if (!allowedUrl(final, final)) throw new AttachmentError(`附件被转到政府网站以外的地址（${final}） / the file redirects off *.gov.cn`);
  const declared = Number(res.headers.get('content-length'));
  const total = Number.isFinite(declared) && declared > 0 ? declared : null;
  const tooLarge = () => new AttachmentError(`附件超过 ${MB(maxBytes)}，不像一份年度报告 / the file is larger than ${MB(maxBytes)}`);
  if (total !== null && total > maxBytes) throw tooLarge();
  const parts: Uint8Array[] = [];
  let loaded = 0;
  try {
    const reader = res.body?.getReader();
    if (!reader) {
      const all = new Uint8Array(await res.arrayBuffer());
      parts.push(all);
      loaded = all.length;
    } else {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        loaded += value.length;
        if (loaded > maxBytes) {
          void reader.cancel();
          throw tooLarge();
        }
        parts.push(value);
        opts.onProgress?.({ step: 'fetch', loaded, total });
      }
    }
  } catch (err) {
    throw err instanceof AttachmentError ? err : new AttachmentError(networkMessage(err, timeoutMs));
  }
  if (loaded > maxBytes) throw tooLarge();
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const p of parts) bytes.set(p, (at += p.length) - p.length);
  return { bytes, url: final, contentType: res.headers.get('content-type') };
}

function networkMessage(err: unknown, timeoutMs: number): string {
  const name = (err as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `下载附件超时（${timeoutMs / 1000} 秒） / the download timed out after ${timeoutMs / 1000} s`;
  return '无法下载附件（网络错误或服务器拒绝） / the file could not be downloaded (network error)';
}

type AnalyseFn = (doc: Document, url: string, options?: AnalyseOptions) => Analysis;

export interface Checked {
  kind: FileKind;
  doc: Document;
  analysis: Analysis;
}

/**
 * Yield so the page paints its progress between long steps: after the next frame, or after 30 ms
 * when no frame comes (a hidden tab runs no animation frames but must not stall).
 */
export const breathe = () =>
  new Promise<void>((r) => {
    setTimeout(r, 30);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(r));
  });

/**
 * A report file's bytes → the checked report (readReportFile throws FileError: shown as is).
 * `url` is the report's address (the attachment's), or 'draft:' for a file dropped on 核对草稿.
 */
export async function checkFile(
  bytes: Uint8Array,
  file: { name: string; contentType?: string | null; url: string },
  analyse: AnalyseFn,
  loader?: PdfjsLoader,
): Promise<Checked> {
  const read = await readReportFile(bytes, { name: file.name, contentType: file.contentType ?? null, pdf: { loader } });
  await breathe();
  const doc = parseDraft(read.html);
  const analysis = file.url === 'draft:' ? checkDraft(doc, analyse) : analyse(doc, file.url, { assumeReport: true });
  return { kind: read.kind, doc, analysis };
}

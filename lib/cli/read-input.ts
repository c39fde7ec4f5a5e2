import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileError, readReportFile, type FileKind } from '../files';
import { fileMessage, InputError, networkMessage } from './errors';

export interface Page {
  /** The input as given on the command line. */
  input: string;
  /** The page's URL after redirects (file: URL for saved pages): the document's base URL. */
  url: string;
  html: string;
  charset: string;
  /** What the file was: a page, a Word document, a PDF or text. */
  kind?: FileKind;
}

export interface ReadOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

// Header values must be Latin-1; some sites refuse requests without a browser-like prefix.
export const USER_AGENT = 'Mozilla/5.0 (compatible; nianbao/0.1; Node.js)';
const DEFAULT_TIMEOUT = 20_000;

export const isUrl = (input: string) => /^https?:\/\//i.test(input);

async function readUrl(input: string, opts: ReadOptions): Promise<Page> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT;
  let res: Response;
  let bytes: Uint8Array;
  try {
    res = await (opts.fetch ?? fetch)(input, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'User-Agent': USER_AGENT, Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8', 'Accept-Language': 'zh-CN,zh;q=0.9' },
    });
    if (!res.ok) throw new InputError(`服务器返回 HTTP ${res.status} / HTTP ${res.status} ${res.statusText}`.trim());
    bytes = new Uint8Array(await res.arrayBuffer()); // the timeout covers the body too
  } catch (err) {
    throw err instanceof InputError ? err : new InputError(networkMessage(err, timeoutMs));
  }
  const url = res.url || input;
  return { input, url, ...(await readBytes(bytes, new URL(url).pathname, res.headers.get('content-type'))) };
}

async function readPath(input: string): Promise<Page> {
  const path = resolve(input);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputError(fileMessage(err));
  }
  // Text copied out of a PDF or Word report and saved (.txt), or any file with no markup, is text.
  return { input, url: pathToFileURL(path).href, ...(await readBytes(bytes, path)) };
}

/** Any report file (page, .docx, PDF, text) as a page; an unreadable one throws InputError. */
async function readBytes(bytes: Uint8Array, name: string, contentType?: string | null) {
  try {
    // The built-in XML reader: jsdom's DOMParser takes ~20× as long on a report's document.xml.
    const file = await readReportFile(bytes, { name, contentType });
    return { html: file.html, charset: file.charset ?? 'utf-8', kind: file.kind };
  } catch (err) {
    if (err instanceof FileError) throw new InputError(err.message);
    throw err;
  }
}

/** Read a saved page or an http(s) URL; failures throw InputError with a one-line message. */
export function readInput(input: string, opts: ReadOptions = {}): Promise<Page> {
  return isUrl(input) ? readUrl(input, opts) : readPath(input);
}

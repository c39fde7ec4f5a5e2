import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeHtml } from './decode';
import { fileMessage, InputError, networkMessage } from './errors';
import { looksLikeHtml, textToHtml } from '../text-input';

export interface Page {
  /** The input as given on the command line. */
  input: string;
  /** The page's URL after redirects (file: URL for saved pages): the document's base URL. */
  url: string;
  html: string;
  charset: string;
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
  const type = res.headers.get('content-type');
  // A PDF or DOC attachment is not a page this tool can read.
  if (type && !/html|xml|text\/plain/i.test(type)) throw new InputError(`不是网页（${type.split(';')[0]}） / not an HTML page`);
  const { text, charset } = decodeHtml(bytes, type);
  const plain = /text\/plain/i.test(type ?? '') && !looksLikeHtml(text);
  return { input, url: res.url || input, html: plain ? textToHtml(text) : text, charset };
}

async function readPath(input: string): Promise<Page> {
  const path = resolve(input);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputError(fileMessage(err));
  }
  const { text, charset } = decodeHtml(bytes);
  // Text copied out of a PDF or Word report and saved (.txt), or any file with no markup.
  const plain = /\.txt$/i.test(path) || !looksLikeHtml(text);
  return { input, url: pathToFileURL(path).href, html: plain ? textToHtml(text) : text, charset };
}

/** Read a saved page or an http(s) URL; failures throw InputError with a one-line message. */
export function readInput(input: string, opts: ReadOptions = {}): Promise<Page> {
  return isUrl(input) ? readUrl(input, opts) : readPath(input);
}

/** A fake network for the review runner: pages by URL, delays, failures, requests in flight per host. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyse } from '../../lib/analyse';
import type { Fetched, ReviewIo } from '../../lib/review/run';

// The CLI's local column and the review's fake network share their pages.
import { fixture } from '../cli/site';
export { fixture, link, pingtan2023Changed } from '../cli/site';

export const listPage = (items: string, tail = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报_平潭综合实验区</title><meta name="ColumnName" content="政府信息公开年报"></head>` +
  `<body><ul>${items}</ul>${tail}</body></html>`;

export class HttpError extends Error {}

/** What a URL answers: a page, a status, a network failure (n times), or nothing until aborted. */
export type Answer = string | { status: number } | { down: number } | { hang: true } | { delay: number; body: string };

export function fakeNet(pages: Record<string, Answer>) {
  const requested: string[] = [];
  const aborted: string[] = [];
  const inFlight = new Map<string, number>();
  const peaks = new Map<string, number>();
  const downs = new Map<string, number>();
  const fetchPage = async (url: string, signal: AbortSignal): Promise<Fetched> => {
    requested.push(url);
    const host = new URL(url).host;
    const n = (inFlight.get(host) ?? 0) + 1;
    inFlight.set(host, n);
    peaks.set(host, Math.max(peaks.get(host) ?? 0, n));
    peaks.set('*', Math.max(peaks.get('*') ?? 0, [...inFlight.values()].reduce((a, b) => a + b, 0)));
    try {
      const a = pages[url];
      await new Promise<void>((resolve, reject) => {
        const wait = a && typeof a === 'object' && 'hang' in a ? 1e9 : a && typeof a === 'object' && 'delay' in a ? a.delay : 2;
        const stop = () => (clearTimeout(timer), aborted.push(url), reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
        const timer = setTimeout(() => (signal.removeEventListener('abort', stop), resolve()), wait);
        signal.addEventListener('abort', stop, { once: true });
      });
      if (a === undefined) throw new HttpError('服务器返回 HTTP 404 / HTTP 404');
      if (typeof a === 'string') return { url, bytes: new TextEncoder().encode(a), contentType: 'text/html; charset=utf-8' };
      if ('status' in a) throw new HttpError(`服务器返回 HTTP ${a.status} / HTTP ${a.status}`);
      if ('down' in a) {
        const left = downs.get(url) ?? a.down;
        downs.set(url, left - 1);
        if (left > 0) throw new Error('无法获取 / fetch failed');
        return { url, html: fixture('real/pingtan-2022') };
      }
      if ('delay' in a) return { url, html: a.body };
      throw new Error('unreachable');
    } finally {
      inFlight.set(host, inFlight.get(host)! - 1);
    }
  };
  return { fetchPage, requested, aborted, /** Most requests in flight to `host` at once ('*': to all hosts). */
    peak: (host: string) => peaks.get(host) ?? 0 };
}

const parse = (html: string, url: string) => new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() }).window.document;

/** The runner's io over a fake network, the core's analyse on jsdom. */
export function io(net: ReturnType<typeof fakeNet>, more: Partial<ReviewIo> = {}): ReviewIo {
  return {
    fetchPage: net.fetchPage,
    parse,
    analyse: (doc, url) => structuredClone(analyse(doc, url).report),
    noRetry: (err) => err instanceof HttpError,
    pauseMs: 1,
    ...more,
  };
}

/**
 * Politeness toward small .gov.cn servers, shared by the CLI and the review page: N requests at a
 * time per host, a pause after each, one more try after a network failure (not after an HTTP
 * status: a 404 stays a 404). Pure: what counts as an HTTP status and which inputs are read
 * directly arrive as arguments.
 */
import pLimit, { type LimitFunction } from 'p-limit';

export type { LimitFunction };

export interface Politeness {
  concurrency: number;
  /** Milliseconds a host's slot stays taken after a request (default 200). */
  pauseMs: number;
  /** An error not worth a second try: the server's answer (an HTTP status), a refused address. */
  noRetry: (err: unknown) => boolean;
  /** Gates shared with other readers (a page's reports and their attachments on one host). */
  hosts?: Map<string, LimitFunction>;
  /** An input read directly, outside the per-host gate (the CLI's files). Default: none. */
  direct?: (input: string) => boolean;
  /** Aborted: nothing waiting starts, a pending retry is not made, and pauses end early. */
  signal?: AbortSignal;
}

export class Cancelled extends Error {
  constructor() {
    super('已取消 / cancelled');
    this.name = 'AbortError';
  }
}

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((r) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      r();
    }
  });

/** Wraps `read` so that each host sees at most `concurrency` requests at once (see above). */
export function politeReader<T>(read: (input: string) => Promise<T>, p: Politeness): (input: string) => Promise<T> {
  const hosts = p.hosts ?? new Map<string, LimitFunction>();
  const once = async (input: string) => {
    if (p.signal?.aborted) throw new Cancelled();
    try {
      return await read(input);
    } finally {
      if (p.pauseMs > 0) await pause(p.pauseMs, p.signal);
    }
  };
  return (input) => {
    if (p.direct?.(input)) return read(input);
    const host = new URL(input).host;
    let limit = hosts.get(host);
    if (!limit) hosts.set(host, (limit = pLimit(p.concurrency)));
    return limit(async () => {
      try {
        return await once(input);
      } catch (err) {
        if (p.noRetry(err) || p.signal?.aborted) throw err;
        return once(input);
      }
    });
  };
}

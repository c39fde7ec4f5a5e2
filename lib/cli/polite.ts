import pLimit, { type LimitFunction } from 'p-limit';
import { InputError } from './errors';
import { isUrl } from './read-input';

/** Politeness toward small .gov.cn servers: N requests at a time per host, a pause after each. */
export interface Politeness {
  concurrency: number;
  /** Milliseconds a host's slot stays taken after a request (default 200). */
  pauseMs: number;
}

const HTTP_STATUS = /^服务器返回 HTTP/;

/**
 * Wraps `read` so that each host sees at most `concurrency` requests at once, each followed by a
 * short pause, and a network failure (not an HTTP status: a 404 stays a 404) is tried once more.
 * Files are read directly.
 */
export function politeReader<T>(read: (input: string) => Promise<T>, p: Politeness): (input: string) => Promise<T> {
  const hosts = new Map<string, LimitFunction>();
  const pause = () => new Promise((r) => setTimeout(r, p.pauseMs));
  const once = async (input: string) => {
    try {
      return await read(input);
    } finally {
      if (p.pauseMs > 0) await pause();
    }
  };
  return (input) => {
    if (!isUrl(input)) return read(input);
    const host = new URL(input).host;
    let limit = hosts.get(host);
    if (!limit) hosts.set(host, (limit = pLimit(p.concurrency)));
    return limit(async () => {
      try {
        return await once(input);
      } catch (err) {
        if (err instanceof InputError && HTTP_STATUS.test(err.message)) throw err;
        return once(input);
      }
    });
  };
}

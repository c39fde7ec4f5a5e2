import { politeReader as core } from '../review/polite';
import { InputError } from './errors';
import { isUrl } from './read-input';

/** Politeness toward small .gov.cn servers: N requests at a time per host, a pause after each. */
export interface Politeness {
  concurrency: number;
  /** Milliseconds a host's slot stays taken after a request (default 200). */
  pauseMs: number;
}

const HTTP_STATUS = /^服务器返回 HTTP/;

/** lib/review/polite with the CLI's errors: files are read directly, an InputError for an HTTP status is final. */
export function politeReader<T>(read: (input: string) => Promise<T>, p: Politeness): (input: string) => Promise<T> {
  return core(read, { ...p, direct: (input) => !isUrl(input), noRetry: (err) => err instanceof InputError && HTTP_STATUS.test(err.message) });
}

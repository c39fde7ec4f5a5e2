import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../lib/cli/args';
import { InputError } from '../../lib/cli/errors';
import { politeReader } from '../../lib/cli/polite';

describe('parseArgs: the column options', () => {
  it('reads --concurrency, --timeout, --xlsx and --csv, with a space or =', () => {
    expect(parseArgs(['check', '--concurrency', '2', '--xlsx=out.xlsx', '--csv', 'out.csv', '--timeout=5', 'u'])).toEqual({
      json: false,
      inputs: ['u'],
      concurrency: 2,
      xlsx: 'out.xlsx',
      csv: 'out.csv',
      timeout: 5,
    });
  });
  it('refuses a missing or bad value', () => {
    for (const argv of [['--concurrency', '0', 'u'], ['--concurrency', 'x', 'u'], ['--timeout', '-1', 'u'], ['u', '--xlsx']])
      expect(parseArgs(['check', ...argv])).toHaveProperty('error');
  });
});

describe('politeReader', () => {
  it('keeps at most N requests in flight per host, others run freely', async () => {
    let now = 0;
    let peak = 0;
    const read = politeReader(async (u: string) => {
      peak = Math.max(peak, ++now);
      await new Promise((r) => setTimeout(r, 5));
      now--;
      return u;
    }, { concurrency: 3, pauseMs: 2 });
    const urls = Array.from({ length: 12 }, (_, i) => `http://a.gov.cn/${i}`);
    expect(await Promise.all(urls.map(read))).toEqual(urls);
    expect(peak).toBe(3);
  });

  it('tries a network failure once more, never an HTTP status', async () => {
    const calls: string[] = [];
    const read = politeReader(async (u: string) => {
      calls.push(u);
      if (u.endsWith('flaky') && calls.filter((c) => c === u).length === 1) throw new InputError('无法连接 / connection refused');
      if (u.endsWith('404')) throw new InputError('服务器返回 HTTP 404 / HTTP 404 Not Found');
      if (u.endsWith('down')) throw new InputError('无法连接 / connection refused');
      return u;
    }, { concurrency: 3, pauseMs: 0 });
    expect(await read('http://a.gov.cn/flaky')).toBe('http://a.gov.cn/flaky');
    await expect(read('http://a.gov.cn/404')).rejects.toThrow(/404/);
    await expect(read('http://a.gov.cn/down')).rejects.toThrow(/无法连接/);
    expect(calls).toEqual(['http://a.gov.cn/flaky', 'http://a.gov.cn/flaky', 'http://a.gov.cn/404', 'http://a.gov.cn/down', 'http://a.gov.cn/down']);
  });
});

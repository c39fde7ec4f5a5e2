import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../lib/cli/errors';
import { readInput } from '../../lib/cli/read-input';
import { encodeGbk } from './gbk';
import { serve } from './server';

const PAGE = '<html><head><title>五华县人民政府2020年政府信息公开工作年度报告</title></head><body>年报</body></html>';
/** A port nothing listens on: bind one, then release it. */
async function closedPort(): Promise<number> {
  const s = await serve({});
  const port = Number(new URL(s.base).port);
  await s.close();
  return port;
}

let srv: Awaited<ReturnType<typeof serve>>;
let userAgent = '';

beforeAll(async () => {
  srv = await serve({
    '/gbk': (req, res) => {
      userAgent = req.headers['user-agent'] ?? '';
      res.writeHead(200, { 'content-type': 'text/html; charset=gbk' }).end(encodeGbk(PAGE));
    },
    '/moved': (_, res) => res.writeHead(302, { location: '/gbk' }).end(),
    '/pdf': (_, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'),
    '/gone': (_, res) => res.writeHead(500, { 'content-type': 'text/html' }).end('oops'),
    '/slow': () => undefined, // never answers
  });
});
afterAll(() => srv.close());

describe('readInput', () => {
  it('reads a saved GBK page and gives it a file: URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-'));
    const file = join(dir, '年报 2020.html');
    writeFileSync(file, encodeGbk(PAGE.replace('<head>', '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">')));
    const page = await readInput(file);
    expect(page.html).toContain('五华县人民政府2020年');
    expect(page.charset).toBe('gb18030');
    expect(page.url).toMatch(/^file:\/\/.*%20/);
  });

  it('fetches a GBK page by its Content-Type, following redirects, with a User-Agent', async () => {
    const page = await readInput(`${srv.base}/moved`);
    expect(page.html).toBe(PAGE);
    expect(page.url).toBe(`${srv.base}/gbk`);
    expect(userAgent).toMatch(/nianbao/);
  });

  const fails: [string, () => Promise<unknown>, RegExp][] = [
    ['a missing file', () => readInput('/no/such/file.html'), /找不到文件 \/ file not found/],
    ['an HTTP error', () => readInput(`${srv.base}/gone`), /HTTP 500/],
    ['a 404', () => readInput(`${srv.base}/nope`), /HTTP 404/],
    ['a blocked port', () => readInput('http://127.0.0.1:1/'), /bad port/],
    ['a refused connection', async () => readInput(`http://127.0.0.1:${await closedPort()}/`), /连接被拒绝 \/ connection refused/],
    ['a timeout', () => readInput(`${srv.base}/slow`, { timeoutMs: 300 }), /请求超时.*timed out/],
    ['a broken PDF', () => readInput(`${srv.base}/pdf`), /the PDF is damaged/],
    ['an unknown host', () => readInput('http://nianbao-test.invalid/'), /DNS|fetch failed|timed out/],
  ];
  it.each(fails)('throws a one-line InputError for %s', async (_, read, message) => {
    const err = await read().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
    expect((err as Error).message).toMatch(/^[\u4e00-\u9fff].* \/ [A-Za-z]/); // Chinese / English
  });
});

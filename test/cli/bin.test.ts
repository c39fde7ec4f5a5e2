import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGbk } from './gbk';
import { serve } from './server';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/nianbao.mjs');
const OUTSIDE = mkdtempSync(join(tmpdir(), 'nianbao-cwd-')); // the bin must work from any cwd

function nianbao(args: string[], cwd = OUTSIDE): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 }, (err, stdout, stderr) =>
      done({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stdout, stderr }),
    );
  });
}

/** analyse() lands separately; run the end-to-end tests once it reads a trivial page. */
async function analyseReady(): Promise<boolean> {
  try {
    const { analyse } = await import('../../lib/analyse');
    analyse(new JSDOM('<p>x</p>').window.document, 'https://x.gov.cn/');
    return true;
  } catch (err) {
    return !/not implemented/i.test(String((err as Error)?.message)) && !/Failed to (load|resolve)|Cannot find/i.test(String(err));
  }
}
const ready = await analyseReady();

const noStack = (s: string) => expect(s).not.toMatch(/^\s+at /m);

describe('bin/nianbao.mjs', () => {
  it('prints usage: --help exits 0, no arguments or an unknown flag exit 2', async () => {
    const help = await nianbao(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('nianbao check [--json]');
    expect((await nianbao([])).code).toBe(2);
    const bad = await nianbao(['check', '--frob', 'a.html']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--frob');
  });

  it('exits 2 with a one-line message for a missing file', async () => {
    const r = await nianbao(['check', 'no-such-report.html']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no-such-report\.html: 找不到文件 \/ file not found/);
    noStack(r.stderr);
  });

  it('exits 2 for an unreachable URL, and --json still prints the array', async () => {
    const r = await nianbao(['check', '--json', 'http://127.0.0.1:1/']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual([{ source: { url: 'http://127.0.0.1:1/' }, error: expect.stringMatching(/ \/ /) }]);
    noStack(r.stderr);
  });

  // util-linux `script` runs the command on a pseudo-terminal (stdout and stderr both a terminal).
  it.skipIf(!existsSync('/usr/bin/script'))('draws a progress line on a terminal’s stderr, and none when stderr is not one', async () => {
    const page = join(ROOT, 'test/fixtures/seed-001-anhua-2021-word.html');
    const tty = await new Promise<string>((done) =>
      execFile('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check ${JSON.stringify(page)}`, '/dev/null'], { cwd: OUTSIDE, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 }, (_, stdout) => done(stdout)),
    );
    expect(tty).toContain('核对 / checking [');
    expect(tty).toContain('机关：安化县人民政府');
    const piped = await nianbao(['check', page]);
    expect(piped.stdout).toContain('机关：安化县人民政府');
    expect(piped.stderr).toBe('');
  });

  // `npx nianbao --help` would show npm's own help: npx takes flags placed before the subcommand.
  it('runs through npx from the project root', async () => {
    const r = await new Promise<{ code: number; stdout: string }>((done) =>
      execFile('npx', ['--no', 'nianbao', 'check', '--help'], { cwd: ROOT, timeout: 60_000 }, (err, stdout) => done({ code: err ? 1 : 0, stdout })),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('nianbao check [--json]');
  });

  describe.skipIf(!ready)('end to end with analyse()', () => {
    const page = readFileSync(join(ROOT, 'test/fixtures/pingtan-2025.html'), 'utf8');
    let srv: Awaited<ReturnType<typeof serve>>;
    beforeAll(async () => {
      srv = await serve({ '/gbk.htm': (_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=gbk' }).end(encodeGbk(page)) });
    });
    afterAll(() => srv?.close());

    it('reads a GBK page served with charset=gbk', async () => {
      const r = await nianbao(['check', '--json', `${srv.base}/gbk.htm`]);
      expect(r.stderr).toBe(''); // nothing unreadable, and the report matches the schema
      const [report] = JSON.parse(r.stdout);
      expect(report.source.url).toBe(`${srv.base}/gbk.htm`);
      expect(report.detected).toBe(true);
      expect(report.agency).toMatch(/平潭/);
      expect(report.applications.rows.newReceived.total.value).toBe(154);
      expect(r.code).toBe(report.findings.some((f: { severity: string }) => f.severity === 'error') ? 1 : 0);
    });

    it('reads a saved GBK file whose <meta> wrongly says UTF-8, and prints text', async () => {
      const file = join(OUTSIDE, 'pingtan-gbk.html');
      writeFileSync(file, encodeGbk(page));
      const r = await nianbao(['check', file]);
      noStack(r.stderr);
      expect(r.code).toBeLessThan(2);
      expect(r.stdout).toMatch(/机关：.*平潭/);
      expect(r.stdout).toContain('模板：2021 版（国办公开办函〔2021〕30号）');
      expect(r.stdout).toMatch(/新收 154/);
      expect(r.stdout).toMatch(/^结论：/m);
    });

    it('says a page is not a report', async () => {
      const file = join(OUTSIDE, 'news.html');
      writeFileSync(file, '<html><head><title>关于做好2024年政务公开工作的通知</title></head><body><p>通知正文</p></body></html>');
      const r = await nianbao(['check', file]);
      expect(r.stdout).toContain('不是政府信息公开工作年度报告');
      expect(r.code).toBe(0);
    });
  });
});

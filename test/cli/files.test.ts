import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/cli/analyse-page';
import { InputError } from '../../lib/cli/errors';
import { run, type Io } from '../../lib/cli/main';
import { readInput } from '../../lib/cli/read-input';
import { FIXTURES } from '../helpers/fixtures';
import { serve } from './server';

/** Report files on the command line: .docx read like pages, .doc and broken files one line each, exit 2. */
const DOCX = join(FIXTURES, 'docx', 'pingtan-2025.docx');
const ANHUA = join(FIXTURES, 'docx', 'seed-001-anhua-2021-word.docx');
const PAGE = join(FIXTURES, 'seed-001-anhua-2021-word.html');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-files-'));
const DOC = join(dir, '2023年报.doc');
writeFileSync(DOC, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(1024).fill(0)]));
const TRUNCATED = join(dir, 'cut.docx');
writeFileSync(TRUNCATED, readFileSync(DOCX).subarray(0, 3000));
const OLE_MESSAGE = /^不支持 \.doc\/\.wps 格式，请另存为 \.docx 或 PDF 后再核对 \/ .*save as \.docx or PDF$/;

let srv: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  const docx = readFileSync(DOCX);
  srv = await serve({
    '/P020240201.docx': (_, res) => res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }).end(docx),
    '/download': (_, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(docx),
    '/old.doc': (_, res) => res.writeHead(200, { 'content-type': 'application/msword' }).end(readFileSync(DOC)),
  });
});
afterAll(async () => {
  await srv.close();
  rmSync(dir, { recursive: true, force: true });
});

function io(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), color: false, read: readInput, analyse: analysePage };
}

describe('report files in the CLI', () => {
  it('reads a .docx file like a page, its source.url naming the file', async () => {
    const page = await readInput(DOCX);
    expect(page).toMatchObject({ kind: 'docx', charset: 'utf-8' });
    const h = io();
    expect(await run(['check', '--json', DOCX], h)).toBe(0);
    const [report] = JSON.parse(h.out.join(''));
    expect(report.source.url).toMatch(/^file:\/\/.*\/docx\/pingtan-2025\.docx$/);
    expect(report).toMatchObject({ detected: true, agency: '平潭综合实验区', year: 2025, findings: [] });
  });

  it('fetches a .docx by URL whatever its content type', async () => {
    for (const path of ['/P020240201.docx', '/download']) {
      const page = await readInput(`${srv.base}${path}`);
      expect(page.kind).toBe('docx');
      expect(analysePage(page)).toMatchObject({ agency: '平潭综合实验区', source: { url: `${srv.base}${path}` } });
    }
  });

  it('reads a PDF like a page, and a scan (no text layer) as a report whose tables are images', async () => {
    const pdf = await readInput(join(FIXTURES, 'pdf', 'hongze-2023.pdf'));
    expect(pdf.kind).toBe('pdf');
    expect(analysePage(pdf).findings.some((f) => f.severity === 'error')).toBe(true); // 表四 总计 left at 0
    const scan = analysePage(await readInput(join(FIXTURES, 'pdf', 'scan.pdf')));
    expect(scan).toMatchObject({ detected: true, source: { url: expect.stringMatching(/scan\.pdf$/) } });
    expect(scan.findings.map((f) => f.rule)).toContain('structure.image');
  });

  it('says a .doc must be saved as .docx or PDF, in one line, from a file or a URL', async () => {
    for (const input of [DOC, `${srv.base}/old.doc`]) {
      const err = await readInput(input).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(OLE_MESSAGE);
    }
  });

  it('goes on with the other inputs after an unreadable file, and exits 2', async () => {
    const h = io();
    expect(await run(['check', ANHUA, DOC, TRUNCATED, PAGE], h)).toBe(2);
    const lines = h.err.join('').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^nianbao: .*2023年报\.doc: 不支持 \.doc\/\.wps 格式/);
    expect(lines[1]).toMatch(/^nianbao: .*cut\.docx: 文件已损坏或不完整/);
    const out = h.out.join('');
    // Both readable reports are printed, in input order, with their errors (安化 leaves 总计 at 0).
    expect(out.indexOf('seed-001-anhua-2021-word.docx')).toBeGreaterThanOrEqual(0);
    expect(out.indexOf('seed-001-anhua-2021-word.html')).toBeGreaterThan(out.indexOf('seed-001-anhua-2021-word.docx'));
    expect(out.match(/applications\.resultTotal|办理结果总计/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
  });

  it('runs from bin/nianbao.mjs: one line on stderr, no stack trace, exit 2', async () => {
    const bin = resolve(import.meta.dirname, '../../bin/nianbao.mjs');
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
      execFile(process.execPath, [bin, 'check', '--json', DOCX, DOC], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 }, (err, stdout, stderr) =>
        done({ code: err ? ((err as { code?: number }).code ?? -1) : 0, stdout, stderr }),
      ),
    );
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('不支持 .doc/.wps 格式，请另存为 .docx 或 PDF');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const json = JSON.parse(r.stdout);
    expect(json[0]).toMatchObject({ agency: '平潭综合实验区', source: { url: expect.stringMatching(/pingtan-2025\.docx$/) } });
    expect(json[1]).toEqual({ source: { url: expect.stringMatching(/2023%E5%B9%B4%E6%8A%A5\.doc$/) }, error: expect.stringMatching(OLE_MESSAGE) });
  });
});

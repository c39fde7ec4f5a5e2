import { describe, expect, it } from 'vitest';
import { FileError } from '../../lib/files/errors';
import { pdfToHtml, PdfTextless } from '../../lib/files/pdf';
import { makePdf, pdfBytes } from './pdf-helpers';

/** Files that are not a readable report: a clear error or bounded HTML, never a crash or a hang. */
const LIMIT_MS = 20000;

async function settle(bytes: Uint8Array): Promise<{ html?: string; error?: unknown; ms: number }> {
  const t0 = performance.now();
  try {
    const html = await pdfToHtml(bytes);
    return { html, ms: performance.now() - t0 };
  } catch (error) {
    return { error, ms: performance.now() - t0 };
  }
}

describe('a PDF without a text layer', () => {
  it('a printed page that is only an image (a scan) is PdfTextless', async () => {
    const r = await settle(pdfBytes('scan.pdf'));
    expect(r.error).toBeInstanceOf(PdfTextless);
    expect((r.error as Error).message).toMatch(/扫描件/);
    expect((r.error as PdfTextless).pages).toBe(1);
  });

  it('a page of drawn lines and boxes, no text, is PdfTextless', async () => {
    const r = await settle(makePdf(['0 0 0 RG 1 w 50 50 m 500 50 l S 50 100 400 300 re S', '50 100 400 300 re f']));
    expect(r.error).toBeInstanceOf(PdfTextless);
    expect((r.error as PdfTextless).pages).toBe(2);
  });
});

describe('hostile PDFs', () => {
  it('a 200-page PDF reads its first 60 pages only, in bounded time', async () => {
    const pages = Array.from({ length: 200 }, (_, i) => `BT /F1 12 Tf 72 720 Td (page ${i + 1} text) Tj ET`);
    const r = await settle(makePdf(pages));
    expect(r.error).toBeUndefined();
    expect(r.html).toContain('page 60 text');
    expect(r.html).not.toContain('page 61 text');
    expect(r.ms).toBeLessThan(LIMIT_MS);
  }, 60000);

  it('thousands of tiny text runs on a grid of lines stay bounded', async () => {
    let s = '0 0 0 RG 0.5 w ';
    for (let i = 0; i <= 100; i++) s += `40 ${40 + i * 7.5} m 560 ${40 + i * 7.5} l S `;
    for (let j = 0; j <= 60; j++) s += `${40 + j * 8.66} 40 m ${40 + j * 8.66} 790 l S `;
    for (let i = 0; i < 100; i++) for (let j = 0; j < 60; j++) s += `BT /F1 2 Tf ${42 + j * 8.66} ${42 + i * 7.5} Td (${(i * j) % 10}) Tj ET `;
    const r = await settle(makePdf([s]));
    expect(r.error).toBeUndefined();
    expect(r.html!.length).toBeLessThan(2_000_000);
    expect(r.ms).toBeLessThan(LIMIT_MS);
  }, 60000);

  it('a truncated real report: some text or a clear error, never a crash', async () => {
    const whole = pdfBytes('hongze-2023.pdf');
    for (const cut of [100, 5000, Math.floor(whole.length / 2)]) {
      const r = await settle(whole.slice(0, cut));
      if (r.error) expect(r.error instanceof FileError || r.error instanceof PdfTextless).toBe(true);
      expect(r.ms).toBeLessThan(LIMIT_MS);
    }
  }, 60000);

  it('garbage after a PDF signature is a damaged PDF', async () => {
    const r = await settle(new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(5000)));
    expect(r.error).toBeInstanceOf(FileError);
    expect((r.error as Error).message).toMatch(/PDF 文件已损坏/);
  });

  it('an encrypted PDF (no password given) says so in Chinese', async () => {
    const id = '<00112233445566778899aabbccddeeff>';
    const pad = `<${'ab'.repeat(32)}>`;
    // Standard security handler whose /U does not match the empty password: pdf.js asks for one.
    const enc = makePdf(['BT /F1 12 Tf 72 720 Td (secret) Tj ET'], `/Encrypt << /Filter /Standard /V 1 /R 2 /O ${pad} /U ${pad} /P -4 >> /ID [${id} ${id}] `);
    const r = await settle(enc);
    expect(r.error).toBeInstanceOf(FileError);
    expect((r.error as Error).message).toMatch(/加密/);
  });
});

it("takes a Node Buffer (the CLI's file bytes) and leaves the caller's bytes intact", async () => {
  const buf = Buffer.from(pdfBytes('hongze-2023.pdf'));
  const html = await pdfToHtml(buf);
  expect(html).toContain('洪泽区人民政府2023年政府信息公开工作年度报告');
  expect(buf.length).toBe(293525);
  expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

it('a mesh of 1,000 × 1,000 ruling lines is no table and stays bounded', async () => {
  let s = '0 0 0 RG 0.1 w ';
  for (let i = 0; i < 1000; i++) s += `20 ${20 + i * 0.8} m 575 ${20 + i * 0.8} l S ${20 + i * 0.55} 20 m ${20 + i * 0.55} 820 l S `;
  s += 'BT /F1 12 Tf 100 400 Td (text) Tj ET';
  const r = await settle(makePdf([s]));
  expect(r.error).toBeUndefined();
  expect(r.ms).toBeLessThan(LIMIT_MS);
}, 60000);

it('thousands of tiny figures without any line (the no-ruling path) stay bounded', async () => {
  let s = '';
  for (let i = 0; i < 100; i++) for (let j = 0; j < 60; j++) s += `BT /F1 3 Tf ${30 + j * 9} ${40 + i * 7.5} Td (${(i + j) % 10}) Tj ET `;
  const r = await settle(makePdf([s]));
  expect(r.error).toBeUndefined();
  expect(r.html!.length).toBeLessThan(2_000_000);
  expect(r.ms).toBeLessThan(LIMIT_MS);
}, 60000);

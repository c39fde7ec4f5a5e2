import { Deflate, strToU8, zipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { FileError, readReportFile } from '../../lib/files';
import { MESSAGES } from '../../lib/files/errors';
import { docxBytes, makeDocx, p, parseXml, tc } from './helpers';

/** Hostile and wrong files: a FileError with a one-line Chinese / English message, bounded in time and memory. */
const read = (bytes: Uint8Array, name?: string, contentType?: string) => readReportFile(bytes, { name, contentType, parseXml });

async function failure(bytes: Uint8Array, name?: string, contentType?: string): Promise<string> {
  const err = await read(bytes, name, contentType).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(FileError);
  const msg = (err as Error).message;
  expect(msg).not.toContain('\n');
  expect(msg).toMatch(/^[\u4e00-\u9fff].* \/ [A-Za-z.]/);
  return msg;
}

const u32 = (b: Uint8Array, i: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint32(i, v, true);

/** The central directory record of `name` (where its sizes stand). */
function centralEntry(zip: Uint8Array, name: string): number {
  const want = strToU8(name);
  for (let i = zip.length - 46; i >= 0; i--) {
    if (zip[i] !== 0x50 || zip[i + 1] !== 0x4b || zip[i + 2] !== 1 || zip[i + 3] !== 2) continue;
    if (want.every((c, k) => zip[i + 46 + k] === c)) return i;
  }
  throw new Error('no entry');
}

/** A zip whose document.xml inflates to `mb` MB of spaces (built in chunks: the test stays small too). */
function bomb(mb: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => void parts.push(chunk));
  deflate.push(strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'));
  const spaces = new Uint8Array(1 << 20).fill(0x20);
  for (let i = 0; i < mb; i++) deflate.push(spaces);
  deflate.push(strToU8('</w:body></w:document>'), true);
  const compressed = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
  let at = 0;
  for (const x of parts) compressed.set(x, at), (at += x.length);
  // Store the placeholder, then swap in the deflated bytes and say method 8 (deflate).
  const zip = zipSync({ 'word/document.xml': [compressed, { level: 0 }] });
  const local = 0;
  zip[local + 8] = 8;
  const c = centralEntry(zip, 'word/document.xml');
  zip[c + 10] = 8;
  return Object.assign(zip, { central: c });
}

describe('hostile .docx files', () => {
  it('refuses a truncated zip', async () => {
    const whole = docxBytes('pingtan-2025');
    expect(await failure(whole.subarray(0, whole.length >> 1), 'r.docx')).toBe(MESSAGES.brokenZip);
    const hollow = whole.slice();
    hollow.fill(0, 4, whole.length - 800); // signature and directory kept, the data gone
    expect(await failure(hollow, 'r.docx')).toMatch(/损坏|过大/);
  });

  it('stops a zip bomb at the cap, whatever size its header claims', async () => {
    const z = bomb(60);
    expect(z.length).toBeLessThan(200_000);
    const t0 = performance.now();
    expect(await failure(z, 'bomb.docx')).toBe(MESSAGES.tooLarge); // honest header: refused before inflating
    const central = (z as unknown as { central: number }).central;
    u32(z, central + 24, 1000); // the header lies: 1,000 bytes
    expect(await failure(z, 'bomb.docx')).toBe(MESSAGES.tooLarge);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('refuses archives with thousands of entries, encrypted entries and unknown compression', async () => {
    const many: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<w:document/>') };
    for (let i = 0; i < 6000; i++) many[`x/${i}`] = new Uint8Array(0);
    expect(await failure(zipSync(many, { level: 0 }), 'many.docx')).toBe(MESSAGES.tooLarge);
    const locked = makeDocx(p('x'));
    locked[centralEntry(locked, 'word/document.xml') + 8] |= 1;
    expect(await failure(locked)).toBe(MESSAGES.encrypted);
    const odd = makeDocx(p('x'));
    odd[centralEntry(odd, 'word/document.xml') + 10] = 99;
    expect(await failure(odd)).toBe(MESSAGES.brokenZip);
  });

  it('says what is wrong with zips that are not Word documents, and with broken XML', async () => {
    expect(await failure(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), 'a.xlsx')).toBe(MESSAGES.notDocx);
    expect(await failure(zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>') }), 'r.ofd')).toBe(MESSAGES.ofd);
    expect(await failure(zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') }))).toBe(MESSAGES.badXml);
    expect(await failure(zipSync({ 'word/document.xml': strToU8('<html><body/></html>') }))).toBe(MESSAGES.badXml);
  });

  it('reads a table of 5,000 rows in bounded time', async () => {
    const row = `<w:tr>${tc('1.属于国家秘密')}${'<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>'.repeat(7)}</w:tr>`;
    const bytes = makeDocx(`${p('某县2023年政府信息公开工作年度报告')}<w:tbl>${row.repeat(5000)}</w:tbl>`);
    const t0 = performance.now();
    const file = await read(bytes, 'big.docx');
    const doc = new JSDOM(file.html, { url: 'file:///big.docx' }).window.document;
    const { report } = analyse(doc, 'file:///big.docx', { assumeReport: true });
    expect(report.detected).toBe(true);
    expect(performance.now() - t0).toBeLessThan(15_000);
  });

  it('bounds tables nested a hundred deep', async () => {
    let xml = p('1');
    for (let i = 0; i < 100; i++) xml = `<w:tbl><w:tr><w:tc>${xml}</w:tc></w:tr></w:tbl><w:p/>`;
    const file = await read(makeDocx(xml));
    expect((file.html.match(/<table/g) ?? []).length).toBeLessThanOrEqual(20);
  });
});

describe('the file is not what its name says', () => {
  const page = strToU8('<!DOCTYPE html><html><head><title>某县2023年政府信息公开工作年度报告</title></head><body><p>正文</p></body></html>');
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);

  it('reads a page named .pdf (or served as a PDF) as a page', async () => {
    expect(await read(page, 'P020240201.pdf')).toMatchObject({ kind: 'html' });
    expect(await read(page, '/x/P020240201.pdf', 'application/pdf')).toMatchObject({ kind: 'html' });
    expect(await read(page, 'report.docx', 'application/octet-stream')).toMatchObject({ kind: 'html' });
    const about = strToU8('<html><head><title>下载说明</title></head><body>文件以 %PDF-1.7 格式提供</body></html>');
    expect(await read(about, 'x.pdf', 'application/pdf')).toMatchObject({ kind: 'html' });
  });

  it('tells .doc and .wps files to be saved as .docx or PDF, whatever their name', async () => {
    for (const name of ['r.doc', 'r.wps', 'r.docx', undefined]) expect(await failure(ole, name)).toBe(MESSAGES.ole);
    expect(await failure(ole, 'r.xls')).toBe(MESSAGES.spreadsheet);
    expect(await failure(strToU8('not a word file'), 'r.doc')).toBe(MESSAGES.ole);
  });

  it('says a password-protected Word file is encrypted', async () => {
    const enc = ole.slice();
    enc.set(Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]), 200);
    expect(await failure(enc, 'r.docx')).toBe(MESSAGES.encrypted);
  });

  it('refuses .ofd, binary and unknown served types with a message', async () => {
    expect(await failure(strToU8('x'), 'r.ofd')).toBe(MESSAGES.ofd);
    expect(await failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'scan.png')).toBe(MESSAGES.binary);
    expect(await failure(strToU8('a,b'), '/x', 'application/octet-stream')).toMatch(/application\/octet-stream/);
    expect(await failure(strToU8('plain'), 'r.docx')).toBe(MESSAGES.brokenZip);
  });

  it('keeps text as text and pages as pages', async () => {
    expect(await read(strToU8('一、总体情况\n本年新收\t36'), 'r.txt')).toMatchObject({ kind: 'text' });
    expect(await read(page, 'r.txt')).toMatchObject({ kind: 'text' });
    expect(await read(page, 'r.html')).toMatchObject({ kind: 'html', charset: 'utf-8' });
    expect(await read(strToU8('一、总体情况'), '/x', 'text/plain; charset=utf-8')).toMatchObject({ kind: 'text' });
    expect(await read(page, '/x', 'text/plain')).toMatchObject({ kind: 'html' });
  });
});

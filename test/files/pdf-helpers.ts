import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyse, type Analysis } from '../../lib/analyse';
import { pdfToHtml } from '../../lib/files/pdf';
import type { Report } from '../../lib/model/types';
import { FIXTURES, modelCells } from '../helpers/fixtures';

export const PDF_DIR = join(FIXTURES, 'pdf');

/** How a PDF becomes a report: pdfToHtml → jsdom → analyse, as the CLI and the pages do. */
export async function readPdf(bytes: Uint8Array, url: string): Promise<Analysis & { html: string }> {
  const html = await pdfToHtml(bytes);
  return { ...analyse(new JSDOM(html, { url }).window.document, url), html };
}

export const pdfBytes = (name: string) => new Uint8Array(readFileSync(join(PDF_DIR, name)));

export const findingKeys = (r: Report) => new Set(r.findings.map((f) => `${f.rule} @ ${f.where}`));

export function cellsOf(r: Report) {
  return Object.fromEntries(Object.entries(modelCells(r)).map(([k, c]) => [k, { value: c.value, text: c.text, ...(c.unit ? { unit: c.unit } : {}) }]));
}

/**
 * A minimal PDF (Helvetica, no embedded font) whose pages hold the given content streams:
 * hostile inputs are made here, at test time, instead of being committed.
 */
export function makePdf(contents: string[], extraTrailer = ''): Uint8Array {
  const objs: string[] = [];
  const n = contents.length;
  // 1 catalog, 2 pages, 3 Helvetica, 4 STSong-Light (Type0, UniGB-UCS2-H: Chinese as UCS-2
  // codes, no embedded glyphs, read through pdf.js's packaged CMaps), 5 its CIDFont, 6 its
  // descriptor; then page i = 7 + 2i, its content = 8 + 2i.
  const page = (i: number) => 7 + 2 * i;
  objs.push('<< /Type /Catalog /Pages 2 0 R >>');
  objs.push(`<< /Type /Pages /Count ${n} /Kids [${contents.map((_, i) => `${page(i)} 0 R`).join(' ')}] >>`);
  objs.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  objs.push('<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>');
  objs.push('<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R /DW 1000 >>');
  objs.push('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  contents.forEach((c, i) => {
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${page(i) + 1} 0 R >>`);
    objs.push(`<< /Length ${Buffer.byteLength(c, 'latin1')} >>\nstream\n${c}\nendstream`);
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R ${extraTrailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

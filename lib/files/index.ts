import { decodeHtml } from '../decode';
import { looksLikeHtml, textToHtml } from '../text-input';
import { docxPart, docxToHtml, type ParseXml } from './docx';
import { escapeHtml } from './docx-xml';
import { FileError, MESSAGES } from './errors';
import type { PdfOptions } from './pdf';
import { isZip, zipEntries } from './zip';

/**
 * One entry for every file a report comes as: a saved page, a .docx, a PDF or text. The file's
 * own signature decides first, then the server's content type, then the name; what cannot be
 * read throws FileError with a one-line Chinese + English message.
 */
export { FileError } from './errors';
export type { ParseXml } from './docx';

export type FileKind = 'html' | 'docx' | 'pdf' | 'text';

export interface ReadFileOptions {
  /** File name or URL path (its extension is the last hint). */
  name?: string;
  /** The HTTP Content-Type, when fetched. */
  contentType?: string | null;
  /** An XML parser (a browser's DOMParser); by default the small built-in one. */
  parseXml?: ParseXml;
  /** For PDFs: how to load pdf.js (an extension page passes its bundled module and worker). */
  pdf?: PdfOptions;
  /** Not needed by the readers today; accepted so callers can hand over one DOM toolkit. */
  parseHtml?: (html: string) => Document;
}

export interface ReadFile {
  kind: FileKind;
  html: string;
  /** The text's encoding (pages and text files). */
  charset?: string;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// "EncryptedPackage" in UTF-16LE: a password-protected .docx/.xlsx is an OLE file holding it.
const ENCRYPTED = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);

/** %PDF- within the first KB (readers tolerate junk before it), but not in a page's text. */
function isPdf(b: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(b.subarray(0, 1024));
  const at = head.indexOf('%PDF-');
  return at >= 0 && !/<(?:!doctype|html|head|body|meta)\b/i.test(head.slice(0, at));
}

function includes(b: Uint8Array, sig: number[], limit = 1 << 20): boolean {
  const end = Math.min(b.length, limit) - sig.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < sig.length; k++) if (b[i + k] !== sig[k]) continue outer;
    return true;
  }
  return false;
}

const ext = (name = '') => /\.([a-z0-9]{1,5})(?:[?#].*)?$/i.exec(name)?.[1].toLowerCase() ?? '';

export async function readReportFile(bytes: Uint8Array, opts: ReadFileOptions): Promise<ReadFile> {
  const type = (opts.contentType ?? '').split(';')[0].trim().toLowerCase();
  const e = ext(opts.name);
  if (isZip(bytes) || startsWith(bytes, [0x50, 0x4b, 5, 6])) {
    const entries = zipEntries(bytes);
    if (docxPart(entries, bytes)) return { kind: 'docx', html: docxToHtml(bytes, opts.parseXml) };
    if (entries.has('OFD.xml') || e === 'ofd') throw new FileError(MESSAGES.ofd);
    throw new FileError(MESSAGES.notDocx);
  }
  if (isPdf(bytes)) return { kind: 'pdf', html: await readPdf(bytes, opts.name, opts.pdf) };
  if (startsWith(bytes, OLE)) {
    if (includes(bytes, ENCRYPTED)) throw new FileError(MESSAGES.encrypted);
    throw new FileError(/^(xls|et)$/.test(e) ? MESSAGES.spreadsheet : MESSAGES.ole);
  }
  const { text, charset } = decodeHtml(bytes, opts.contentType);
  const looks = looksLikeHtml(text);
  // As before files: a served type decides text vs page; without one, .txt or no markup is text.
  const plain = type ? type === 'text/plain' && !looks : e === 'txt' || !looks;
  // A file named .pdf (or served as one) that is a page (an error page, a viewer) is read as one.
  if (!plain && looks) return { kind: 'html', html: text, charset };
  if (e === 'ofd' || /ofd/.test(type)) throw new FileError(MESSAGES.ofd);
  if (/^(doc|wps)$/.test(e) || type === 'application/msword') throw new FileError(MESSAGES.ole);
  if (e === 'docx' || /officedocument|zip/.test(type)) throw new FileError(MESSAGES.brokenZip);
  if (e === 'pdf' || type === 'application/pdf') throw new FileError(MESSAGES.brokenPdf);
  if (type && !/^text\/|xml|html|json/.test(type)) throw new FileError(MESSAGES.notPage(type));
  if (!charset.startsWith('utf-16') && includes(bytes, [0], 4096)) throw new FileError(MESSAGES.binary);
  return plain ? { kind: 'text', html: textToHtml(text), charset } : { kind: 'html', html: text, charset };
}

async function readPdf(bytes: Uint8Array, name = '', options: PdfOptions = {}): Promise<string> {
  const { pdfToHtml, PdfTextless } = await import('./pdf'); // loaded only for PDFs (pdf.js is large)
  try {
    // A plain copy: pdf.js refuses Node's Buffer and may detach what it is given.
    return await pdfToHtml(new Uint8Array(bytes), options);
  } catch (err) {
    if (err instanceof FileError) throw err;
    // A scan: a report whose pages are pictures (structure.image), not "not a report".
    if (err instanceof PdfTextless) return scanHtml(name, (err as { pages?: number }).pages ?? 1);
    const detail = String((err as Error)?.message ?? err).split('\n')[0];
    throw new FileError(`${MESSAGES.brokenPdf}${detail ? ` (${detail})` : ''}`);
  }
}

/** A page of pictures: the reader counts them and says the tables are images. */
function scanHtml(name: string, pages: number): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let title = base;
  try {
    title = decodeURIComponent(base);
  } catch {
    // a name with a stray %: keep it as given
  }
  title = escapeHtml(title.replace(/\.pdf$/i, ''));
  const img = '<p><img src="pdf:page" width="595" height="842" alt=""></p>';
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${title}</title></head><body>${img.repeat(Math.max(1, Math.min(pages, 500)))}</body></html>`;
}

import { bodyToHtml } from './docx-html';
import { Numbering } from './docx-numbering';
import { escapeHtml, kid } from './docx-xml';
import { FileError, MESSAGES } from './errors';
import { parseXmlLite, type XmlElement } from './xml-lite';
import { readEntry, zipEntries, type ZipEntry } from './zip';

/**
 * A Word report (.docx) → HTML that the page reader reads exactly like a report page. Pure: the
 * file's bytes in. The XML parser can be passed in (a browser's DOMParser, jsdom's); by default
 * the small one in xml-lite.ts, which needs no DOM and is much faster than jsdom's.
 */
export type ParseXml = (xml: string) => { documentElement: XmlElement | null };

// A report's document.xml is well under 5 MB; more is a hostile or a wrong file.
export const MAX_DOCUMENT_XML = 50 * 1024 * 1024;
const MAX_RELS = 1024 * 1024;

/** Is this zip a Word document (its main part present)? */
export function docxPart(entries: Map<string, ZipEntry>, bytes: Uint8Array): ZipEntry | null {
  return entries.get(mainPartName(entries, bytes)) ?? null;
}

/** The main part named by _rels/.rels (Word: word/document.xml; a few tools name it otherwise). */
function mainPartName(entries: Map<string, ZipEntry>, bytes: Uint8Array): string {
  const rels = entries.get('_rels/.rels');
  if (rels && rels.size <= MAX_RELS) {
    try {
      const xml = new TextDecoder().decode(readEntry(bytes, rels, MAX_RELS));
      for (const [tag] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
        if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
        const target = /Target="([^"]+)"/.exec(tag)?.[1].replace(/^\//, '');
        if (target && entries.has(target)) return target;
      }
    } catch {
      // a damaged .rels: fall back to Word's own name
    }
  }
  return 'word/document.xml';
}

export function docxToHtml(bytes: Uint8Array, parseXml: ParseXml = parseXmlLite): string {
  const entries = zipEntries(bytes);
  const part = docxPart(entries, bytes);
  if (!part) throw new FileError(MESSAGES.notDocx);
  if (part.size > MAX_DOCUMENT_XML) throw new FileError(MESSAGES.tooLarge);
  const xml = new TextDecoder().decode(readEntry(bytes, part, MAX_DOCUMENT_XML));
  let body: XmlElement | null = null;
  try {
    const root = parseXml(xml).documentElement;
    // Browsers report a parse error as a <parsererror> root or child, not as an exception.
    if (root?.localName === 'document' && !root.getElementsByTagNameNS('*', 'parsererror').length) body = kid(root, 'body');
  } catch {
    // malformed: said below
  }
  if (!body) throw new FileError(MESSAGES.badXml);
  const dir = part.name.replace(/[^/]*$/, '');
  const numbering = new Numbering(sidePart(bytes, entries, `${dir}numbering.xml`, parseXml, 'numbering'), sidePart(bytes, entries, `${dir}styles.xml`, parseXml, 'styles'));
  let out: { html: string; title: string };
  try {
    out = bodyToHtml(body, numbering);
  } catch (err) {
    // Wrappers nested thousands deep (a hostile file) exhaust the stack: not a report.
    if (err instanceof RangeError) throw new FileError(MESSAGES.badXml);
    throw err;
  }
  const { html, title } = out;
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${html}</body></html>\n`;
}

const MAX_SIDE_PART = 5 * 1024 * 1024;

/** numbering.xml or styles.xml, when present and readable; without them text still reads. */
function sidePart(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string, parseXml: ParseXml, root: string): XmlElement | null {
  const e = entries.get(name);
  if (!e || e.size > MAX_SIDE_PART) return null;
  try {
    const el = parseXml(new TextDecoder().decode(readEntry(bytes, e, MAX_SIDE_PART))).documentElement;
    return el?.localName === root ? el : null;
  } catch {
    return null;
  }
}

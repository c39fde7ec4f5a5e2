import { bodyToHtml } from './docx-html';
import { escapeHtml, kid } from './docx-xml';
import { FileError, MESSAGES } from './errors';
import { readEntry, zipEntries, type ZipEntry } from './zip';

/**
 * A Word report (.docx) → HTML that the page reader reads exactly like a report page. Pure: the
 * file's bytes in; the XML parser is passed in (jsdom's DOMParser in the CLI, the browser's in
 * an extension page), so this runs anywhere.
 */
export type ParseXml = (xml: string) => Document;

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

export function docxToHtml(bytes: Uint8Array, parseXml: ParseXml): string {
  const entries = zipEntries(bytes);
  const part = docxPart(entries, bytes);
  if (!part) throw new FileError(MESSAGES.notDocx);
  if (part.size > MAX_DOCUMENT_XML) throw new FileError(MESSAGES.tooLarge);
  const xml = new TextDecoder().decode(readEntry(bytes, part, MAX_DOCUMENT_XML));
  let doc: Document;
  try {
    doc = parseXml(xml);
  } catch {
    throw new FileError(MESSAGES.badXml);
  }
  const root = doc.documentElement;
  const body = root?.localName === 'document' ? kid(root, 'body') : null;
  if (!body || doc.getElementsByTagName('parsererror').length) throw new FileError(MESSAGES.badXml);
  const { html, title } = bodyToHtml(body);
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body>\n${html}</body></html>\n`;
}

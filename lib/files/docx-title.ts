import { kid, kids } from './docx-xml';
import type { XmlElement } from './xml-lite';

/** The report's title, from a .docx's first lines: the page reader takes agency and year from it. */

// Lines above a title that are not part of it: 附件1, a document number, a date, a page number.
const NOT_TITLE = /^(?:附件\s*[0-9一二三四五六七八九十]*\s*[:：]?|.{0,30}〔\d{4}〕\s*\d+\s*号|\d{4}年\d{1,2}月\d{1,2}日|[\d\s\-—]+)$/;

/** Its first lines up to the one that names a report (titles often take two lines). */
export function titleOf(body: XmlElement, inline: (p: XmlElement) => string): string {
  const lines: string[] = [];
  for (const [i, el] of kids(body).entries()) {
    if (el.localName === 'tbl' || lines.length >= 3 || i >= 12) break;
    const p = el.localName === 'p' ? el : el.localName === 'sdt' ? kid(kid(el, 'sdtContent'), 'p') : null;
    if (!p) continue;
    const text = plain(p, inline);
    if (!text || NOT_TITLE.test(text)) continue;
    lines.push(text);
    if (/报告|年报|報告|年報/.test(text)) return lines.every((l) => l.length <= 40) ? lines.join('') : text;
  }
  return lines[0] ?? '';
}

const plain = (p: XmlElement, inline: (p: XmlElement) => string) =>
  inline(p)
    .replace(/<br>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

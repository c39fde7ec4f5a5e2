/** Attachment links and content images of a report page: where its tables are when not in HTML. */
import type { Link } from '../model/types';
import { displayText } from '../text';
import { allowedUrl, baseUrl as pageBase } from './allowed-url';
import { articleRoot, chromeBetween } from './article';

export { allowedUrl };

const EXT = /\.(?:pdf|docx?|wps|ofd)(?![a-z0-9])/i;
const DOWNLOAD = /^(?:附件\d*|(?:附件|文件|全文|原文|报告|PDF|pdf)下载|下载(?:附件|文件|全文|原文)?|点击下载)[:：]?$/;
/** Attachment blocks, often beside the article container rather than in it. */
export const ATTACHMENT_SELECTORS =
  '[class*=attach], [id*=attach], [class*=fujian], [id*=fujian], [class*=fj], [id*=fj], [class*=download], [id*=download], [id*=file]';

/**
 * Links to PDF/DOC/DOCX/WPS/OFD files (by address or link text) in the article region, absolute.
 * `boxes`: also the attachment blocks beside the article (an attribute-substring query, slow in
 * some DOMs: asked only when the page's own tables were not read).
 */
export function detectAttachments(doc: Document, pageUrl: string, root: Element = articleRoot(doc), boxes = true): Link[] {
  const body = doc.body ?? doc.documentElement;
  const base = pageBase(doc, pageUrl);
  const anchors = new Set<Element>(root.querySelectorAll('a[href]'));
  if (boxes && root !== body)
    for (const box of Array.from(doc.querySelectorAll(ATTACHMENT_SELECTORS)))
      if (!chromeBetween(box, body)) box.querySelectorAll('a[href]').forEach((a) => anchors.add(a));
  const out: Link[] = [];
  const seen = new Set<string>();
  for (const a of anchors) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (!href || /^(?:javascript:|#|mailto:|tel:)/i.test(href)) continue;
    const text = displayText(a.textContent ?? '') || (a.getAttribute('title') ?? '').trim();
    const path = href.replace(/[?#].*$/, '');
    if (!EXT.test(path) && !EXT.test(href) && !EXT.test(text) && !DOWNLOAD.test(text.replace(/\s/g, ''))) continue;
    if (root === body && chromeBetween(a, body)) continue;
    const url = allowedUrl(href, base);
    if (!url) continue;
    if (seen.has(url)) continue;
    seen.add(url);
    out.push({ url, text: text || decodeName(url) });
  }
  return out;
}

function decodeName(url: string): string {
  const name = url.replace(/[?#].*$/, '').split('/').pop() ?? url;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

const ICON_SRC = /logo|icon|qrcode|ewm|erweima|banner|share|weixin|weibo|print|close|arrow|spacer|blank\./i;

function small(img: Element, attr: 'width' | 'height'): boolean {
  const v = img.getAttribute(attr) ?? (img.getAttribute('style') ?? '').match(new RegExp(`(?:^|;)\\s*${attr}\\s*:\\s*([\\d.]+)px`, 'i'))?.[1];
  return v != null && v !== '' && parseFloat(v) < 100;
}

/** Images in the article body (not logos, icons, QR codes, nor anything in header/nav/footer). */
export function countContentImages(doc: Document): number {
  const root = articleRoot(doc);
  let count = 0;
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const src = img.getAttribute('src') || img.getAttribute('data-src') || '';
    if (!src || ICON_SRC.test(src) || small(img, 'width') || small(img, 'height')) continue;
    if (chromeBetween(img, root)) continue;
    count++;
  }
  return count;
}

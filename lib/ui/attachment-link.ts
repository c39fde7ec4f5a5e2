import { allowedUrl } from '@/lib/detect/allowed-url';
import type { Link } from '@/lib/model/types';

/**
 * The popup's side of 核对附件, kept apart from the reader (lib/ui/attachment.ts) so the popup
 * does not carry the .docx and PDF code: which links may be checked, and the page that does it.
 */
/** What the 核对附件 button may do with a link: check it, or say why not. */
export type Checkable = 'check' | 'unsupported';

const extOf = (s: string) => /\.([a-z]{3,4})$/i.exec(s.replace(/[?#].*$/, '').trim())?.[1].toLowerCase() ?? '';

/**
 * .doc/.wps/.ofd (by address or link text) cannot be read; anything else on *.gov.cn is tried,
 * since a link such as /download?id=7 says nothing about the file (its signature decides).
 */
export function checkable(link: Link): Checkable | null {
  if (!allowedUrl(link.url, link.url) || !/^https?:/.test(link.url)) return null;
  const exts = [extOf(link.url), extOf(link.text)];
  return exts.some((e) => /^(doc|wps|ofd)$/.test(e)) && !exts.some((e) => /^(docx|pdf)$/.test(e)) ? 'unsupported' : 'check';
}

/** The attachment page's address for a link (relative: the popup and draft pages sit beside it). */
export const attachmentPage = (url: string) => `attachment.html?src=${encodeURIComponent(url)}`;

/** The ?src= of the attachment page, if it is an http(s) address on *.gov.cn. */
export function sourceOf(href: string): string | null {
  const src = new URL(href).searchParams.get('src') ?? '';
  return /^https?:/i.test(src.trim()) ? allowedUrl(src, src) : null;
}


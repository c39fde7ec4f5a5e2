/**
 * Bytes → text the way a browser would: HTTP charset, then BOM, then <meta> in the first 2 KB,
 * then UTF-8; and because many .gov.cn pages declare UTF-8 (or nothing) but are GBK, a UTF-8
 * decode full of U+FFFD falls back to gb18030 (a superset of GBK and GB2312).
 */

export type CharsetSource = 'bom' | 'header' | 'meta' | 'default';

// Labels pages use that are not WHATWG labels; the WHATWG ones (gb2312, x-gbk …) TextDecoder knows.
const ALIASES: Record<string, string> = { cp936: 'gbk', 'gb-2312': 'gbk', 'utf_8': 'utf-8' };

/** A label TextDecoder accepts (GBK family → gb18030), or null for an unknown one. */
export function normaliseCharset(label: string | null | undefined): string | null {
  const l = label?.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!l) return null;
  const name = ALIASES[l] ?? l;
  try {
    const encoding = new TextDecoder(name).encoding;
    return encoding === 'gbk' ? 'gb18030' : encoding; // gb18030 decodes every GBK page, and more
  } catch {
    return null;
  }
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  return normaliseCharset(/charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1]);
}

export function charsetFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** <meta charset=…> or <meta http-equiv=Content-Type content="…charset=…"> in the first 2 KB. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag)?.[1];
    const cs = normaliseCharset(direct);
    if (cs) return cs === 'utf-16le' || cs === 'utf-16be' ? 'utf-8' : cs; // as browsers do
  }
  return null;
}

const replacements = (s: string) => s.match(/\uFFFD/g)?.length ?? 0;

export interface Decoded {
  text: string;
  charset: string;
  source: CharsetSource;
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): Decoded {
  const bom = charsetFromBom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), charset: bom, source: 'bom' }; // strips the BOM
  const header = charsetFromContentType(contentType);
  const meta = header ? null : charsetFromMeta(bytes);
  const charset = header ?? meta ?? 'utf-8';
  const source: CharsetSource = header ? 'header' : meta ? 'meta' : 'default';
  const text = new TextDecoder(charset).decode(bytes);
  if (charset === 'utf-8') {
    const bad = replacements(text);
    // Undeclared: any U+FFFD means it is not UTF-8. Declared: only a wrong declaration gives many.
    const nonAscii = text.match(/[^\x00-\x7f]/g)?.length ?? 0;
    if (bad && (source === 'default' || bad * 10 >= nonAscii)) {
      const gb = new TextDecoder('gb18030').decode(bytes);
      if (replacements(gb) < bad) return { text: gb, charset: 'gb18030', source };
    }
  }
  return { text, charset, source };
}

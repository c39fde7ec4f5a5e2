/** The attachment filter alone, so the popup can check a link without the page detector. */
/**
 * The attachment's address, or null: parsed as the browser would (which strips tabs and control
 * characters, so "java&#9;script:" is javascript:), then allowed by scheme and host only: http(s)
 * on *.gov.cn. A saved page read from disk (a file: base) keeps its own relative links.
 */
export function allowedUrl(href: string, base: string): string | null {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return null;
  }
  if (u.protocol === 'file:') return base.startsWith('file:') ? u.href : null;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  return host === 'gov.cn' || host.endsWith('.gov.cn') ? u.href : null;
}

/** The base that relative links resolve against: `<base href>`, else the page's URL. */
export function baseUrl(doc: Document, url: string): string {
  const href = doc.querySelector?.('base[href]')?.getAttribute('href');
  if (href) {
    try {
      return new URL(href, url).href;
    } catch {
      /* a broken <base> is ignored, as browsers do */
    }
  }
  return url;
}

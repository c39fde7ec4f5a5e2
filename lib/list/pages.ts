/**
 * A list page's own pagination: 下一页 links, TRS's index_N.html pages, and the pages TRS's
 * createPageHTML(total, current, 'index', 'html') script call would draw. Pure: DOM in, URLs out.
 */
import { absolute, baseUrl } from './links';

/** Pages followed per list at most: a column of 20 pages of 20 holds 400 reports. */
export const PAGE_CAP = 30;

const NEXT_TEXT = /^\s*(?:下一?页|后一?页|下页|next|›|»|>)\s*$/i;
/** TRS static pages: index.html, index_1.html, … (also .htm/.shtml). */
const INDEX_PAGE = /\/index(?:_(\d+))?\.(s?html?)$/i;
const DIR = (u: string) => u.replace(/[^/]*$/, '');

/** The arguments of `name(…)` calls in the page's inline scripts, as strings without quotes. */
function scriptCalls(doc: Document, name: string, maxCalls = 5): string[][] {
  const out: string[][] = [];
  const re = new RegExp(`\\b${name}\\s*\\(([^()]{0,200})\\)`, 'g');
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && out.length < maxCalls; i++) {
    const text = scripts[i].textContent ?? '';
    if (!text.includes(name)) continue;
    for (const m of text.matchAll(re)) {
      out.push(m[1].split(',').map((s) => s.trim().replace(/^['"]|['"]$/g, '')));
      if (out.length >= maxCalls) break;
    }
  }
  return out;
}

/**
 * TRS: createPageHTML(countPage, currentPage, prefix, suffix), newer templates put the pager's
 * element id first. Page 0 is prefix.suffix, page n is prefix_n.suffix, next to this page.
 */
function createPageHtml(doc: Document, url: string, cap: number): string[] {
  const out: string[] = [];
  for (const args of scriptCalls(doc, 'createPageHTML')) {
    const first = args.findIndex((a) => /^\d+$/.test(a));
    if (first < 0 || !/^\d+$/.test(args[first + 1] ?? '')) continue;
    const total = Math.min(+args[first], cap + 1);
    const prefix = /^[\w-]+$/.test(args[first + 2] ?? '') ? args[first + 2] : 'index';
    const suffix = /^\w{2,5}$/.test(args[first + 3] ?? '') ? args[first + 3] : 'html';
    for (let n = 0; n < total; n++) out.push(new URL(n ? `${prefix}_${n}.${suffix}` : `${prefix}.${suffix}`, DIR(url)).href);
  }
  return out;
}

/** The extension of the page's TRS document links (./202503/t20250310_97791.htm). */
function trsDocExt(doc: Document): string | null {
  for (let i = 0; i < doc.links.length; i++) {
    const m = /\/t\d{8}_\d+\.(s?html?)(?:[?#]|$)/i.exec(doc.links[i].getAttribute('href') ?? '');
    if (m) return m[1];
  }
  return null;
}

/**
 * TRS list2.trsapi ("动静结合"): pagebar { prepage, recordCount } and maxStaticIndex say how many
 * static pages exist beside this one; they are named like createPageHTML's, with this page's
 * extension (a column URL ending in / is index.htm on these sites: the reports' own extension).
 */
function trsApiPages(doc: Document, url: string, cap: number): string[] {
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const t = scripts[i].textContent ?? '';
    if (!t.includes('recordCount') || !t.includes('prepage')) continue;
    const records = /recordCount\s*:\s*['"]?(\d+)/.exec(t);
    const per = /prepage\s*:\s*['"]?(\d+)/.exec(t);
    if (!records || !per || +per[1] <= 0) continue;
    const maxStatic = /maxStaticIndex\s*:\s*['"]?(\d+)/.exec(t);
    let pages = Math.ceil(+records[1] / +per[1]);
    if (maxStatic) pages = Math.min(pages, +maxStatic[1] + 1);
    const own = INDEX_PAGE.exec(new URL(url).pathname)?.[2];
    const linkExt = own ?? trsDocExt(doc) ?? 'html';
    const out: string[] = [];
    for (let n = 0; n < Math.min(pages, cap + 1); n++) out.push(new URL(n ? `index_${n}.${linkExt}` : `index.${linkExt}`, DIR(url)).href);
    return out;
  }
  return [];
}

/** The same page under another name: /dir/ and /dir/index.html, with or without a query. */
export function samePage(a: string, b: string): boolean {
  const key = (u: string) => u.replace(/[?#].*$/, '').replace(/\/index\.s?html?$/i, '/');
  return key(a) === key(b);
}

/**
 * The other pages of this list, in page order, at most `cap`, never this page itself. The
 * caller keeps a set of pages already read across pages, so a list that loops terminates.
 */
export function nextPages(doc: Document, url: string, cap = PAGE_CAP): string[] {
  const base = baseUrl(doc, url);
  const found: string[] = [];
  const links = doc.links;
  for (let i = 0; i < links.length; i++) {
    const a = links[i];
    const href = absolute(a.getAttribute('href'), base);
    if (!href) continue;
    const text = a.textContent ?? '';
    // Pages of this column only: a 下一页 link, or index_N next to this page.
    if (NEXT_TEXT.test(text) || (INDEX_PAGE.test(new URL(href).pathname) && DIR(href) === DIR(url) && /^[\s\d第页首尾上下一]*$/.test(text))) found.push(href);
  }
  found.push(...createPageHtml(doc, url, cap), ...trsApiPages(doc, url, cap));
  const out: string[] = [];
  // http(s) only: a saved copy's computed pages (file:…/index_1.html) are not the site's.
  for (const u of found) if (/^https?:/i.test(u) && !samePage(u, url) && !out.some((o) => samePage(o, u))) out.push(u);
  return out.slice(0, cap);
}

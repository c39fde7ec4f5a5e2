/** The article region of a page: its container (attachments and images: attachments.ts). */
import { readText } from './dom';

/** Article containers of the CMSs seen on .gov.cn (TRS WCM, Hanweb, gov.cn UCAP, …), most specific first. */
export const ARTICLE_SELECTORS = [
  '.TRS_Editor', '.TRS_UEDITOR', '.trs_editor_view', '#UCAP-CONTENT', '#zoom', '#Zoom', '.zoom',
  '#fontzoom', '.article_content', '.article-content', '.articleContent', '#articleContent',
  '.article_body', '.article-body', '.art_con', '.arc_body', '.detail_content', '.detail-content',
  '.details_content', '.pages_content', '.news_content', '.news-content', '.content_text',
  '.contentText', '#BodyLabel', '.xxgk_content', '.zwgk_content', '#content_text', '.wzy_content',
];
/** Generic containers: used only when they hold no site header/nav/footer. */
export const GENERIC_SELECTORS = ['article', '.article', '#content', '.content', 'main', '.main'];
/** Comments that open the article (Hanweb `<!--<$[信息内容]>begin-->`, `<!--ContentStart-->` …). */
const START_COMMENT = /ContentStart|信息内容\]>begin|正文开始|content\.?begin|zoom.?start|article.?start/i;
/** Page furniture: an image or link inside one of these is not article content. */
const CHROME = /^(?:header|nav|footer|aside)$|header|footer|\bnav|menu|logo|share|qrcode|ewm|erweima|banner|breadcrumb/i;
const CHROME_PART = /^(?:header|nav|footer)$|header|footer/i;

const INLINE = new Set(['p', 'span', 'font', 'b', 'strong', 'i', 'em', 'u', 'a', 'o:p', 'br', 'img', 'sup', 'sub', 'script', 'style', 'svg']);

/**
 * The first element in document order for each simple selector (".class", "#id", "tag").
 * A plain walk: selector engines are slow on attribute and list selectors in some DOMs (jsdom).
 */
function byIdOrClass(root: Element, selectors: string[]): Map<string, Element> {
  const out = new Map<string, Element>();
  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const id = c.getAttribute('id');
      const cls = c.getAttribute('class');
      if (id && selectors.includes(`#${id}`) && !out.has(`#${id}`)) out.set(`#${id}`, c);
      if (cls) for (const k of cls.split(/\s+/)) if (k && selectors.includes(`.${k}`) && !out.has(`.${k}`)) out.set(`.${k}`, c);
      if (selectors.includes(c.localName) && !out.has(c.localName)) out.set(c.localName, c);
      // No container stands inside a paragraph or inline run: Word-pasted tables hold thousands.
      if (!INLINE.has(c.localName)) walk(c);
    }
  };
  walk(root);
  return out;
}

/** Does the subtree hold a site header, nav or footer? */
function holdsChrome(root: Element): boolean {
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) {
    if (CHROME_PART.test(c.localName) || CHROME_PART.test(c.getAttribute('class') ?? '') || CHROME_PART.test(c.getAttribute('id') ?? '')) return true;
    if (holdsChrome(c)) return true;
  }
  return false;
}

function substantial(el: Element): boolean {
  return readText(el, 20, 400).length >= 20 || !!el.querySelector('table, img, a[href]');
}

/** The article container; else the element holding the most paragraph/table text; else body. */
export function articleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  // One walk over the document for all the CMS selectors, then the most specific one wins.
  const found = byIdOrClass(body, ARTICLE_SELECTORS);
  for (const sel of ARTICLE_SELECTORS) {
    const el = found.get(sel);
    if (el && substantial(el)) return el;
  }
  const walker = doc.createTreeWalker(body, 128 /* SHOW_COMMENT */);
  for (let c = walker.nextNode(); c; c = walker.nextNode()) {
    const parent = c.parentElement;
    if (START_COMMENT.test(c.nodeValue ?? '') && parent && parent !== body && substantial(parent)) return parent;
  }
  const generic = byIdOrClass(body, GENERIC_SELECTORS);
  for (const sel of GENERIC_SELECTORS) {
    const el = generic.get(sel);
    if (el && substantial(el) && !holdsChrome(el)) return el;
  }
  return densest(body) ?? body;
}

/** The parent of the most paragraph and innermost-table text. */
function densest(body: Element): Element | null {
  const score = new Map<Element, number>();
  // Whether a table holds another (layout) table, asked once per table, not once per paragraph.
  const nests = new Map<Element, boolean>();
  const nested = (t: Element) => nests.get(t) ?? nests.set(t, t.querySelector('table') !== null).get(t)!;
  let best: Element | null = null;
  let top = 100;
  for (const el of Array.from(body.querySelectorAll('p, table'))) {
    const isTable = el.tagName.toUpperCase() === 'TABLE';
    const table = isTable ? null : el.closest('table');
    if (isTable ? nested(el) : table !== null && !nested(table)) continue;
    const parent = el.parentElement;
    if (!parent || chromeBetween(parent, body)) continue;
    const s = (score.get(parent) ?? 0) + (el.textContent ?? '').replace(/\s+/g, '').length;
    score.set(parent, s);
    if (s > top) [best, top] = [parent, s];
  }
  return best;
}

/** Is `el` (or an ancestor below `root`) site furniture? */
export function chromeBetween(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    const cls = e.getAttribute('class') ?? '';
    if (CHROME.test(e.tagName) || CHROME.test(cls) || CHROME.test(e.id)) return true;
  }
  return false;
}


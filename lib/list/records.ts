/**
 * 大汉 Hanweb "jpage" columns ship their list inside the page as XML:
 * `<script type="text/xml"><datastore>…<record><![CDATA[<li><a href=…>…</a></li>]]></record>`.
 * The page's script draws those records; a document read before any script ran (the CLI) has
 * none of their links. Pure: the document arrives as an argument.
 */

const RECORD = /<record>\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*<\/record>/g;
/** Bounds for one page: a datastore holds one group of pages (typically 45–150 records). */
const MAX_RECORDS = 1000;
const MAX_CHARS = 2_000_000;

/** The script elements holding a datastore, in document order. */
function datastores(doc: Document): Element[] {
  const out: Element[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i];
    // Inline only (no src), and XML by type or by content: <datastore> / <recordset>.
    if (s.hasAttribute('src')) continue;
    const text = s.textContent ?? '';
    if (text.includes('<record') && /<(?:datastore|recordset)\b/.test(text)) out.push(s);
  }
  return out;
}

/**
 * A datastore's records as links: their markup is parsed into an inert <template> of the same
 * document (its content has no browsing context: no script runs, no image loads, nothing is
 * added to the page), so they read exactly like the links the page's script would draw.
 */
function recordLinks(doc: Document, script: Element): Element[] {
  const text = (script.textContent ?? '').slice(0, MAX_CHARS);
  const parts: string[] = [];
  for (const m of text.matchAll(RECORD)) {
    parts.push(m[1]);
    if (parts.length >= MAX_RECORDS) break;
  }
  if (!parts.length) return [];
  const tpl = doc.createElement('template');
  try {
    // Records are list items or table rows: a <table> keeps <tr>/<td> records from being dropped.
    tpl.innerHTML = /^\s*<t[rd][\s>]/i.test(parts[0]) ? `<table>${parts.join('')}</table>` : parts.join('');
  } catch {
    return []; // a page that enforces Trusted Types refuses markup: its drawn links are read instead
  }
  return Array.from(tpl.content.querySelectorAll('a[href]'));
}

/**
 * The page's links in document order, with its datastore records' links where the datastore
 * stands (where the page's script would draw them). The page's own `doc.links` when it has none.
 */
export function pageLinks(doc: Document): ArrayLike<Element> {
  const stores = datastores(doc);
  if (!stores.length) return doc.links;
  const out: Element[] = [];
  const all = doc.querySelectorAll('a[href], area[href], script');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el.localName !== 'script') out.push(el);
    else if (stores.includes(el)) out.push(...recordLinks(doc, el));
  }
  return out;
}

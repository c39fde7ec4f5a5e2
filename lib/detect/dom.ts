/** Bounded DOM reading: never walks more than the caller's budget. */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'script', 'style', 'noscript', 'template']);
const BLANK = /^\s*$/;

/**
 * Visits the elements and text nodes under `root` in document order (script/style subtrees
 * skipped) with a native TreeWalker, at most `budget` nodes, until a callback returns true.
 */
function walk(root: Node, budget: number, onText: (v: string) => boolean | void, onElement?: (el: Element) => boolean | void): void {
  const doc = root.ownerDocument ?? (root as Document);
  const w = doc.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  let n = w.nextNode();
  while (n && budget-- > 0) {
    if (n.nodeType === 3) {
      if (onText(n.nodeValue ?? '')) return;
    } else if (SKIP.has(n.nodeName)) {
      // Skip the subtree: next sibling, else the next sibling of the nearest ancestor that has one.
      while (!w.nextSibling()) if (!w.parentNode() || w.currentNode === root) return;
      n = w.currentNode;
      continue;
    } else if (onElement?.(n as Element)) return;
    n = w.nextNode();
  }
}

/**
 * Text of `root` in document order, skipping script/style and whitespace-only nodes, stopping
 * once `cap` characters were read or `budget` nodes visited.
 */
export function readText(root: Node | null | undefined, cap: number, budget = cap * 2): string {
  let out = '';
  if (root)
    walk(root, budget, (v) => {
      if (!BLANK.test(v)) out += v;
      return out.length >= cap;
    });
  return out.length > cap ? out.slice(0, cap) : out;
}

/** `<meta name=…>` content (name compared case-insensitively), looking only in <head>. */
export function metaContent(doc: Document, name: string): string | null {
  const metas = doc.head?.getElementsByTagName('meta');
  if (!metas) return null;
  for (let i = 0; i < metas.length; i++) {
    if (metas[i].getAttribute('name')?.toLowerCase() === name) {
      const c = metas[i].getAttribute('content')?.trim();
      if (c) return c;
    }
  }
  return null;
}

/** What one bounded walk of the body saw: its first text, heading-like elements, tables. */
export interface Scan {
  text: string;
  headings: Element[];
  tables: Element[];
}

const HEADING_TAG = /^h[1-3]$/i;

/**
 * One walk in document order over at most `budget` nodes: text up to `cap` characters, the first
 * h1–h3 headings and tables. Cost is bounded by `budget`.
 */
export function scan(root: Node | null | undefined, cap: number, budget: number, maxHeadings = 8, maxTables = 12): Scan {
  const s: Scan = { text: '', headings: [], tables: [] };
  if (!root) return s;
  walk(
    root,
    budget,
    (v) => {
      if (s.text.length < cap && !BLANK.test(v)) s.text += v;
    },
    (el) => {
      const tag = el.nodeName;
      if (tag === 'TABLE' || tag === 'table') {
        if (s.tables.length < maxTables) s.tables.push(el);
      } else if (s.headings.length < maxHeadings && HEADING_TAG.test(tag)) {
        s.headings.push(el);
      }
    },
  );
  if (s.text.length > cap) s.text = s.text.slice(0, cap);
  return s;
}

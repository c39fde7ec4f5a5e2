/**
 * A small XML reader for WordprocessingML: elements, attributes and text, nothing else (no DTD,
 * no entity definitions, so no entity expansion). It builds just the part of the DOM interface
 * the .docx reader walks, about 20× faster than jsdom's DOMParser on a report's document.xml,
 * which is what keeps reading a .docx in the CLI under 50 ms. Malformed XML throws.
 */

export interface XmlAttr {
  readonly localName: string;
  readonly value: string;
}

/** What the .docx reader uses of an element: a DOM Element satisfies it, and so does XmlNode. */
export interface XmlElement {
  readonly localName: string;
  readonly attributes: ArrayLike<XmlAttr>;
  readonly firstElementChild: XmlElement | null;
  readonly nextElementSibling: XmlElement | null;
  readonly textContent: string | null;
  getElementsByTagNameNS(namespace: string, localName: string): ArrayLike<XmlElement>;
}

export class XmlNode implements XmlElement {
  firstElementChild: XmlNode | null = null;
  nextElementSibling: XmlNode | null = null;
  lastChild: XmlNode | null = null;
  /** Text directly inside, in order (exact for text-only elements such as w:t). */
  text = '';
  constructor(
    readonly localName: string,
    readonly attributes: XmlAttr[],
  ) {}

  get textContent(): string {
    let s = this.text;
    for (let c = this.firstElementChild; c; c = c.nextElementSibling) s += c.textContent;
    return s;
  }

  getElementsByTagNameNS(_ns: string, name: string): XmlNode[] {
    const out: XmlNode[] = [];
    const stack: XmlNode[] = [];
    for (let c = this.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
    stack.reverse();
    while (stack.length) {
      const el = stack.pop()!;
      if (name === '*' || el.localName === name) out.push(el);
      const kids: XmlNode[] = [];
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) kids.push(c);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
    return out;
  }
}

const MAX_DEPTH = 400;
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>[]*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/y; // sticky: each token starts where the last ended, no scanning ahead
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const local = (name: string) => name.slice(name.indexOf(':') + 1);

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (m, hex: string, dec: string, name: string) => {
    if (name) return NAMED[name];
    const cp = Number.parseInt(hex ?? dec, hex ? 16 : 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/** Parse `xml`; returns a document-like object whose documentElement is the root element. */
export function parseXmlLite(xml: string): { documentElement: XmlNode } {
  const root = new XmlNode('#document', []);
  const stack: XmlNode[] = [root];
  let pos = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    pos = TOKEN.lastIndex;
    const top = stack[stack.length - 1];
    const [, cdata, close, open, attrs, selfClose, text] = m;
    if (text !== undefined) {
      if (stack.length > 1) top.text += decode(text);
      else if (text.trim()) throw new Error('text outside the root element');
    } else if (cdata !== undefined) top.text += cdata;
    else if (close !== undefined) {
      if (stack.length < 2 || top.localName !== local(close)) throw new Error(`mismatched </${close}>`);
      stack.pop();
    } else if (open !== undefined) {
      if (stack.length === 1 && root.firstElementChild) throw new Error('two root elements');
      const list: XmlAttr[] = [];
      if (attrs) for (const a of attrs.matchAll(ATTR)) list.push({ localName: local(a[1]), value: decode(a[2] ?? a[3] ?? '') });
      const el = new XmlNode(local(open), list);
      if (top.lastChild) top.lastChild.nextElementSibling = el;
      else top.firstElementChild = el;
      top.lastChild = el;
      if (!selfClose) {
        if (stack.length > MAX_DEPTH) throw new Error('nested too deep');
        stack.push(el);
      }
    }
  }
  if (pos !== xml.length || stack.length !== 1 || !root.firstElementChild) throw new Error('malformed XML');
  return { documentElement: root.firstElementChild };
}

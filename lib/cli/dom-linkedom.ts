import { parseHTML } from 'linkedom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { ParsedPage } from './dom';
import { standardDocument } from './dom-linkedom-api';

type P5Node = DefaultTreeAdapterMap['childNode'];
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** An SVG or MathML element: linkedom upper-cases their names and puts MathML in the HTML namespace. */
function foreign(doc: Document, e: DefaultTreeAdapterMap['element']): Element {
  const el = doc.createElementNS(e.namespaceURI, e.tagName);
  const name = { value: e.tagName };
  return Object.defineProperties(el, { tagName: name, nodeName: name, namespaceURI: { value: e.namespaceURI } });
}

/** A parse5 element as a linkedom element, attributes included, not yet in the tree. */
function element(doc: Document, e: DefaultTreeAdapterMap['element']): Element {
  const el = e.namespaceURI === HTML_NS ? doc.createElement(e.tagName) : foreign(doc, e);
  // linkedom puts each new attribute first: set them last to first to keep the markup's order.
  // Attr nodes, not setAttribute: an SVG element's setAttribute('style') writes its className.
  for (let i = e.attrs.length - 1; i >= 0; i--) {
    const a = e.attrs[i];
    const attr = doc.createAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name);
    attr.value = a.value;
    el.setAttributeNode(attr);
    if (a.name === 'class') attr.value = a.value; // linkedom rewrote it as its token set
  }
  return el;
}

/**
 * Copies parse5's tree into linkedom nodes, without recursion (a page of unclosed tags nests deep).
 * A template's content stays out, as in a browser's tree. No doctype: linkedom's doctype node is
 * half linked (no parentNode, no nextSibling), and nothing the CLI reads looks at it.
 */
function build(doc: Document, top: P5Node[]): void {
  const stack: { parent: Node; nodes: P5Node[]; i: number }[] = [{ parent: doc, nodes: top, i: 0 }];
  while (stack.length) {
    const at = stack[stack.length - 1];
    if (at.i === at.nodes.length) {
      stack.pop();
      continue;
    }
    const n = at.nodes[at.i++];
    if (n.nodeName === '#text') at.parent.appendChild(doc.createTextNode((n as DefaultTreeAdapterMap['textNode']).value));
    else if (n.nodeName === '#comment') at.parent.appendChild(doc.createComment((n as DefaultTreeAdapterMap['commentNode']).data));
    else if (n.nodeName !== '#documentType') {
      const e = n as DefaultTreeAdapterMap['element'];
      const el = at.parent.appendChild(element(doc, e));
      if (e.childNodes.length) stack.push({ parent: el, nodes: e.childNodes, i: 0 });
    }
  }
}

/**
 * linkedom, the CLI's default DOM: parse5 (the HTML parser jsdom uses, same version) builds the
 * tree, so it is node for node the tree jsdom and browsers build; linkedom's own parser
 * (htmlparser2) is not an HTML5 tree builder (no implied tbody, no foster parenting, misnested
 * tags kept). The few DOM members linkedom lacks or gets wrong are set on the document
 * (dom-linkedom-api.ts). Nothing runs, nothing loads: linkedom has neither scripts nor a network.
 */
export function parseLinkedom(html: string): ParsedPage {
  const { document } = parseHTML('');
  // Scripting off, as in jsdom when it runs no scripts: <noscript> content is markup, not text.
  build(document, parse(html, { scriptingEnabled: false }).childNodes);
  return { document: standardDocument(document), close: () => {} };
}

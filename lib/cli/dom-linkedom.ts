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

/** Copies parse5's tree into linkedom nodes; a template's content stays out, as in a browser's tree. */
function build(doc: Document, parent: Node, nodes: P5Node[]): void {
  for (const n of nodes) {
    let node: Node;
    if (n.nodeName === '#text') node = doc.createTextNode((n as DefaultTreeAdapterMap['textNode']).value);
    else if (n.nodeName === '#comment') node = doc.createComment((n as DefaultTreeAdapterMap['commentNode']).data);
    // No doctype: linkedom's doctype node is half linked (no parentNode, no nextSibling), and
    // nothing the CLI reads looks at it.
    else if (n.nodeName === '#documentType') continue;
    else {
      const e = n as DefaultTreeAdapterMap['element'];
      const el = e.namespaceURI === HTML_NS ? doc.createElement(e.tagName) : foreign(doc, e);
      // linkedom puts each new attribute first: set them last to first to keep the markup's order.
      for (let i = e.attrs.length - 1; i >= 0; i--) {
        const a = e.attrs[i];
        el.setAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
      }
      build(doc, el, e.childNodes);
      node = el;
    }
    parent.appendChild(node);
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
  build(document, document, parse(html).childNodes);
  return { document: standardDocument(document), close: () => {} };
}

/**
 * The standard members the core reads that linkedom lacks or implements otherwise, each as the DOM /
 * HTML standard defines it: set on each parsed document, and getAttribute('class') and className
 * on linkedom's element prototypes (once, on import; a fix any linkedom user would want).
 */
import { Element as LinkedomElement, SVGElement as LinkedomSvgElement } from 'linkedom';

// linkedom answers getAttribute('class') and className with its token set joined ('' when there
// is none), not the attribute's value as written (null / '' when there is none).
for (const proto of [LinkedomElement.prototype, LinkedomSvgElement.prototype]) {
  const own = proto.getAttribute;
  proto.getAttribute = function (this: Element, name: string) {
    return name === 'class' ? (this.getAttributeNode('class')?.value ?? null) : own.call(this, name);
  };
}
const className = Object.getOwnPropertyDescriptor(LinkedomElement.prototype, 'className')!;
Object.defineProperty(LinkedomElement.prototype, 'className', { ...className, get: function (this: Element) { return this.getAttribute('class') ?? ''; } });

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const isHtml = (n: Node | null, name: string): n is Element =>
  n?.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === HTML_NS;

function childOf(parent: Node | null, ...names: string[]): Element | null {
  for (let c = parent?.firstChild ?? null; c; c = c.nextSibling) if (names.some((n) => isHtml(c, n))) return c as Element;
  return null;
}

/** The node after `node` in tree order, within `root`. */
function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

const SHOW_ALL = 0xffffffff;
const ACCEPT = 1;
const SKIP = 3;

/**
 * A TreeWalker with whatToShow (no filter callback: the core passes none). linkedom's has only
 * nextNode(), and lists the whole subtree up front even when the reader stops after a few nodes.
 */
class TreeWalker {
  currentNode: Node;
  readonly filter = null;
  constructor(
    readonly root: Node,
    readonly whatToShow = SHOW_ALL,
  ) {
    this.currentNode = root;
  }
  private accept(n: Node): number {
    return this.whatToShow & (1 << (n.nodeType - 1)) ? ACCEPT : SKIP;
  }
  nextNode(): Node | null {
    for (let n = following(this.currentNode, this.root); n; n = following(n, this.root))
      if (this.accept(n) === ACCEPT) return (this.currentNode = n);
    return null;
  }
  nextSibling(): Node | null {
    let node = this.currentNode;
    if (node === this.root) return null;
    for (;;) {
      let sibling = node.nextSibling;
      while (sibling) {
        node = sibling;
        if (this.accept(node) === ACCEPT) return (this.currentNode = node);
        sibling = node.firstChild ?? node.nextSibling;
      }
      const parent = node.parentNode;
      if (!parent || parent === this.root || this.accept(parent) === ACCEPT) return null;
      node = parent;
    }
  }
  parentNode(): Node | null {
    for (let n = this.currentNode; n !== this.root; ) {
      const p = n.parentNode;
      if (!p) return null;
      if (this.accept(p) === ACCEPT) return (this.currentNode = p);
      n = p;
    }
    return null;
  }
}

/** `links`, `title`, `head`, `body` and `createTreeWalker` as the standard defines them. */
export function standardDocument(doc: Document): Document {
  let links: Element[] | null = null;
  const props: PropertyDescriptorMap = {
    // The child of <html> (linkedom's getters insert a missing <head>/<body>, and miss <frameset>).
    head: { get: () => childOf(doc.documentElement, 'head') },
    body: { get: () => childOf(doc.documentElement, 'body', 'frameset') },
    // The first <title> anywhere, its text with ASCII whitespace stripped and collapsed.
    title: {
      get() {
        for (let n = following(doc, doc); n; n = following(n, doc))
          if (isHtml(n, 'title')) {
            let text = '';
            for (let c = n.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) text += c.nodeValue;
            return text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
          }
        return '';
      },
    },
    // <a>/<area> with an href, in tree order; computed once: the CLI never changes the tree.
    links: { get: () => (links ??= Array.from(doc.querySelectorAll('a[href], area[href]')).filter((e) => e.namespaceURI === HTML_NS)) },
    createTreeWalker: { value: (root: Node, whatToShow?: number) => new TreeWalker(root, whatToShow) },
  };
  return Object.defineProperties(doc, props);
}

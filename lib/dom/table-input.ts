import type { InputCell } from '../grid';
import { displayText } from '../text';

/**
 * The only code that walks table elements: turns a <table> into the grid's input rows.
 * Uses plain element traversal (not table.rows) so any DOM implementation works, and skips
 * nested tables, which are read as tables of their own.
 */
export function tableInput(table: Element, maxRows = Infinity): InputCell<Element>[][] {
  const rows: InputCell<Element>[][] = [];
  for (const tr of ownRows(table)) {
    if (rows.length >= maxRows) break;
    const cells: InputCell<Element>[] = [];
    for (let td = tr.firstElementChild; td; td = td.nextElementSibling) {
      const tag = td.localName;
      if (tag !== 'td' && tag !== 'th') continue;
      cells.push({
        text: cellText(td),
        rowSpan: spanAttr(td, 'rowspan'),
        colSpan: spanAttr(td, 'colspan'),
        ref: td,
      });
    }
    rows.push(cells);
  }
  return rows;
}

/** Rows in table order: thead first, tfoot last, as browsers lay them out. */
function ownRows(table: Element): Element[] {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  // Sibling pointers, not .children: HTMLCollections are slow to copy in some DOMs (jsdom).
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag === 'tr') body.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      const list = tag === 'thead' ? head : tag === 'tfoot' ? foot : body;
      for (let tr = child.firstElementChild; tr; tr = tr.nextElementSibling) if (tr.localName === 'tr') list.push(tr);
    }
  }
  return [...head, ...body, ...foot];
}

function spanAttr(el: Element, name: string): number {
  const raw = el.getAttribute(name);
  if (raw === null) return 1;
  const n = parseInt(raw, 10);
  if (Number.isNaN(n)) return 1;
  // HTML clamps colspan to 1..1000 and rowspan to 0..65534; grid.ts clamps further.
  return name === 'colspan' ? Math.max(1, n) : Math.max(0, n);
}

/** Visible text of a cell, without nested tables, scripts or hidden parts. */
export function cellText(el: Element): string {
  return displayText(visibleText(el));
}

// One pass over the subtree (sibling pointers, no selector engine: this runs per cell).
function visibleText(node: Node): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1 && !isSkipped(child as Element)) out += visibleText(child);
  }
  return out;
}

/** A table hidden by its page (a print copy, a collapsed duplicate) is not what readers see. */
export function isHiddenTable(table: Element): boolean {
  for (let el: Element | null = table; el; el = el.parentElement) if (hiddenByAttr(el)) return true;
  return false;
}

/** Hidden by the page's own markup (the `hidden` attribute or an inline display:none). */
export function hiddenByAttr(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && style.includes('none') && /display\s*:\s*none/i.test(style);
}

function isSkipped(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'table' || tag === 'script' || tag === 'style' || tag === 'template') return true;
  return hiddenByAttr(el);
}

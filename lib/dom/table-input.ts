import type { InputCell } from '../grid';
import { displayText } from '../text';

/**
 * The only code that walks table elements: turns a <table> into the grid's input rows.
 * Uses plain element traversal (not table.rows) so any DOM implementation works, and skips
 * nested tables, which are read as tables of their own.
 */
export function tableInput(table: Element): InputCell<Element>[][] {
  const rows: InputCell<Element>[][] = [];
  for (const tr of ownRows(table)) {
    const cells: InputCell<Element>[] = [];
    for (const td of Array.from(tr.children)) {
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
  for (const child of Array.from(table.children)) {
    const tag = child.localName;
    if (tag === 'tr') body.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      const list = tag === 'thead' ? head : tag === 'tfoot' ? foot : body;
      for (const tr of Array.from(child.children)) if (tr.localName === 'tr') list.push(tr);
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

const SKIP = 'table,script,style,template,[hidden],[style*="display"]';

/** Visible text of a cell, without nested tables, scripts or hidden parts. */
export function cellText(el: Element): string {
  if (!el.querySelector(SKIP)) return displayText(el.textContent ?? '');
  return displayText(visibleText(el));
}

function visibleText(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (isSkipped(el)) continue;
      out += visibleText(el);
    }
  }
  return out;
}

function isSkipped(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'table' || tag === 'script' || tag === 'style' || tag === 'template') return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

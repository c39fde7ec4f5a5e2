import { hiddenByAttr } from '../dom/table-input';
import { displayText, norm } from '../text';
import { makeCell, type SCell, type SRow, type STable } from './stable';

/**
 * Tables pasted as text: rows flattened into lines with `|` or tabs between cells, or one
 * cell per line. Lines become rows; a line holding only figures continues the row above,
 * so "label" then "36", "0" … on their own lines read as one row.
 */

/** Section headings split the text into one pseudo-table per section. */
const SECTION_WORDS = ['主动公开政府信息情况', '收到和处理', '行政复议、行政诉讼', '行政复议和行政诉讼', '存在的主要问题', '其他需要报告'];
const BLOCK = new Set(['p', 'div', 'li', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'dd', 'dt', 'center', 'font', 'span', 'td']);
const MAX_LINES = 5000;

export interface Line {
  text: string;
  el: Element;
}

/** Visible text lines of a subtree outside tables, each with the element it came from. */
export function textLines(root: Element): Line[] {
  const lines: Line[] = [];
  let current = '';
  let owner: Element = root;
  const flush = () => {
    for (const part of current.split(/\r?\n/)) if (part.trim()) lines.push({ text: part, el: owner });
    current = '';
  };
  const walk = (node: Element) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (lines.length > MAX_LINES) return;
      if (child.nodeType === 3) {
        if (!current) owner = node;
        current += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.localName;
      if (tag === 'table' || tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') continue;
      if (hiddenByAttr(el)) continue;
      if (tag === 'br') {
        current += '\n';
        continue;
      }
      const block = BLOCK.has(tag) && tag !== 'span' && tag !== 'font';
      if (block) flush();
      walk(el);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return lines;
}

export function textTables(lines: Line[]): STable[] {
  const tables: STable[] = [];
  let rows: SRow[] = [];
  let id = 0;
  const close = () => {
    if (rows.some((r) => r.cells.some((c) => c.isValue && c.norm !== ''))) {
      tables.push({ kind: 'text', rows, width: Math.max(0, ...rows.map((r) => r.cells.length)) });
    }
    rows = [];
  };
  for (const { text, el } of lines) {
    const n = norm(text);
    if (n.length > 4 && SECTION_WORDS.some((w) => n.includes(w)) && !/\d/.test(n.replace(/第\d+/g, ''))) {
      close();
      continue;
    }
    const parts = splitCells(text);
    if (!parts.length) continue;
    const cells: SCell[] = parts.map((p, i) => makeCell(id++, p, el, i));
    const last = rows[rows.length - 1];
    // One figure per line continues the row above; a whole line of figures is a row itself.
    if (last && cells.length === 1 && cells[0].isValue) {
      for (const c of cells) last.cells.push({ ...c, c0: last.cells.length, c1: last.cells.length });
    } else rows.push({ cells });
  }
  close();
  return tables;
}

/** Cells of one line: split on `|` or tabs; a lone label or figure is one cell. */
function splitCells(text: string): string[] {
  if (!/[|\t｜]/.test(text)) {
    const t = displayText(text);
    // One figure per line, or several figures separated by spaces ("0 0 0 0 0 0 0").
    if (/^[\d\s.+\-/—无]+$/.test(t) && t.includes(' ')) return t.split(' ');
    // A label followed by figures split by spaces ("1.属于国家秘密 2 0 0 0 0 0 2").
    const m = /^(.*?\D)\s+((?:[\d.+\-/—]+\s+){2,}[\d.+\-/—]+)$/.exec(t);
    if (m) return [m[1], ...m[2].split(' ')];
    return t ? [t] : [];
  }
  const parts = text.split(/[|\t｜]/).map(displayText);
  while (parts.length && parts[parts.length - 1] === '') parts.pop();
  while (parts.length && parts[0] === '') parts.shift();
  // A row that still ends in a label plus figures split by spaces ("1.属于国家秘密 2 0 0").
  return parts;
}

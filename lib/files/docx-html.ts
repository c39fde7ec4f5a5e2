import type { XmlElement } from './xml-lite';
import type { Numbering } from './docx-numbering';
import { attr, escapeHtml, intVal, isOn, kid, TRANSPARENT } from './docx-xml';
import { titleOf } from './docx-title';

/**
 * WordprocessingML body → HTML the page reader reads like a report page: paragraphs as <p>,
 * tables as <table> with gridSpan → colspan and vMerge → rowspan, text as it would print
 * (insertions kept, deletions and hidden text dropped). Each cell says where it was found.
 */

// Bounds for hostile files; real reports have a few tables of under 100 rows.
const MAX_TABLES = 500;
const MAX_ROWS = 10_000; // in all tables
const MAX_TABLE_ROWS = 2000; // as many as the page reader reads of one table
const MAX_DEPTH = 20; // tables nested in tables

interface Ctx {
  /** Every w:tbl by its index in document order: the number a cell's data-docx-table gives. */
  index: Map<XmlElement, number>;
  numbering: Numbering | null;
  tables: number;
  rows: number;
  depth: number;
}

export function bodyToHtml(body: XmlElement, numbering: Numbering | null = null): { html: string; title: string } {
  const all = body.getElementsByTagNameNS('*', 'tbl');
  const index = new Map<XmlElement, number>();
  for (let i = 0; i < all.length && i < MAX_TABLES; i++) index.set(all[i], i);
  const ctx: Ctx = { index, numbering, tables: 0, rows: 0, depth: 0 };
  const html = blocks(body, ctx);
  return { html, title: titleOf(body, inline) };
}

/** Block content (body, cell, content control): paragraphs and tables in order. */
function blocks(el: XmlElement, ctx: Ctx): string {
  let out = '';
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const n = c.localName;
    if (n === 'p') {
      const own = inline(c);
      // A paragraph deleted (or hidden) with its mark does not print, nor count in its list.
      const mark = kid(kid(c, 'pPr'), 'rPr');
      if (!own.trim() && (kid(mark, 'del') || isOn(kid(mark, 'vanish')))) continue;
      const text = escapeHtml(ctx.numbering?.next(c) ?? '') + own; // every numbered paragraph counts
      if (text.trim()) out += `<p>${text}</p>\n`;
    } else if (n === 'tbl') out += table(c, ctx);
    else if (TRANSPARENT.has(n)) out += blocks(c, ctx);
  }
  return out;
}

/** A paragraph's printed text, escaped, with <br> for line breaks and a tab for w:tab. */
export function inline(el: XmlElement): string {
  let out = '';
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const n = c.localName;
    if (n === 'r') out += run(c);
    else if (TRANSPARENT.has(n)) out += inline(c);
    else if (n === 'AlternateContent') out += inline(kid(c, 'Choice') ?? kid(c, 'Fallback') ?? c);
  }
  return out;
}

function run(r: XmlElement): string {
  if (isOn(kid(kid(r, 'rPr'), 'vanish'))) return ''; // hidden text does not print
  let out = '';
  for (let c = r.firstElementChild; c; c = c.nextElementSibling) {
    const n = c.localName;
    if (n === 't') out += escapeHtml(c.textContent ?? '');
    else if (n === 'tab' || n === 'ptab') out += '\t';
    else if (n === 'br' || n === 'cr') out += '<br>';
    else if (n === 'noBreakHyphen') out += '-';
    else if (n === 'drawing' || n === 'pict' || n === 'object') out += picture(c);
    else if (n === 'AlternateContent') out += run(kid(c, 'Choice') ?? kid(c, 'Fallback') ?? c);
  }
  return out;
}

/** A picture large enough to be content (a table pasted as an image): the reader counts it. */
function picture(el: XmlElement): string {
  const extent = el.getElementsByTagNameNS('*', 'extent')[0] ?? null;
  const px = (v: string | null) => Math.min(Math.round(Number(v ?? 0) / 9525) || 0, 10_000); // EMU → CSS px
  const w = px(attr(extent, 'cx'));
  const h = px(attr(extent, 'cy'));
  return w > 0 && h > 0 ? `<img src="docx:image" width="${w}" height="${h}" alt="">` : '';
}

interface TCell {
  el: XmlElement;
  index: number;
  col: number;
  span: number;
  merge: 'restart' | 'continue' | null;
  rowSpan: number;
  covered: boolean;
}

/** Elements of `name` under `el`, looking through content controls and other wrappers. */
function through(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName === name) out.push(c);
    else if (TRANSPARENT.has(c.localName)) through(c, name, out);
  }
  return out;
}

function table(tbl: XmlElement, ctx: Ctx): string {
  const t = ctx.index.get(tbl);
  if (t === undefined || ctx.tables++ >= MAX_TABLES || ctx.depth >= MAX_DEPTH) return '';
  const rows: { tr: number; before: number; cells: TCell[] }[] = [];
  for (const [i, tr] of through(tbl, 'tr').entries()) {
    if (ctx.rows++ >= MAX_ROWS || i >= MAX_TABLE_ROWS) break;
    const trPr = kid(tr, 'trPr');
    if (kid(trPr, 'del')) continue; // a deleted row does not print
    const before = intVal(kid(trPr, 'gridBefore'), 0);
    let col = before;
    const cells: TCell[] = [];
    through(tr, 'tc').forEach((tc, index) => {
      const pr = kid(tc, 'tcPr');
      const span = intVal(kid(pr, 'gridSpan'), 1);
      const vm = kid(pr, 'vMerge');
      const hm = kid(pr, 'hMerge');
      const last = cells[cells.length - 1];
      // Legacy horizontal merge: a continuing cell widens the one before it.
      if (hm && attr(hm, 'val') !== 'restart' && last) last.span += span;
      else cells.push({ el: tc, index, col, span, merge: vm ? (attr(vm, 'val') === 'restart' ? 'restart' : 'continue') : null, rowSpan: 1, covered: false });
      col += span;
    });
    rows.push({ tr: i, before, cells });
  }
  mergeRows(rows.map((r) => r.cells));
  ctx.depth++;
  let out = `<table data-docx-table="${t}">\n`;
  for (const { tr: r, before, cells } of rows) {
    out += '<tr>';
    if (before) out += `<td${before > 1 ? ` colspan="${before}"` : ''}></td>`;
    for (const c of cells) {
      if (c.covered) continue;
      const span = (c.span > 1 ? ` colspan="${c.span}"` : '') + (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '');
      out += `<td data-docx-table="${t}" data-docx-row="${r}" data-docx-cell="${c.index}"${span}>${blocks(c.el, ctx).trim()}</td>`;
    }
    out += '</tr>\n';
  }
  ctx.depth--;
  return out + '</table>\n';
}

/** The w:tc a cell's data-docx-table/-row/-cell name (for marks in the document's own XML). */
export function docxCell(body: XmlElement, table: number, row: number, cell: number): XmlElement | null {
  const tbl = body.getElementsByTagNameNS('*', 'tbl')[table];
  const tr = tbl ? through(tbl, 'tr')[row] : undefined;
  return (tr && through(tr, 'tc')[cell]) ?? null;
}

/** vMerge: a restart cell spans down over the continuing cells that start at its grid column. */
function mergeRows(rows: TCell[][]) {
  let open = new Map<number, TCell>();
  for (const cells of rows) {
    const next = new Map<number, TCell>();
    for (const c of cells) {
      const above = open.get(c.col);
      if (c.merge === 'continue' && above) {
        above.rowSpan++;
        c.covered = true;
        next.set(c.col, above);
      } else if (c.merge) next.set(c.col, c); // restart, or a continue with nothing above: a cell of its own
    }
    open = next;
  }
}

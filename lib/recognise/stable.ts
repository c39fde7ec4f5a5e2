import type { Grid } from '../grid';
import { norm } from '../text';
import { isValueText, parseCell } from '../values';
import type { Cell, CellRef } from '../model/types';
import { refKey } from '../model/types';

/**
 * A table as the recognisers see it: rows of distinct cells with the columns each covers.
 * Built from a real grid (spans expanded, so a group label appears on every row it spans) or
 * from text lines pasted without a table (then columns are just the order of the cells).
 */
export interface SCell {
  id: number;
  text: string;
  norm: string;
  el: Element | null;
  /** First and last grid column the cell covers in this row. */
  c0: number;
  c1: number;
  /** True when the cell holds a value (number, placeholder or blank), not a label. */
  isValue: boolean;
}

export interface SRow {
  cells: SCell[];
}

export interface STable {
  kind: 'grid' | 'text';
  rows: SRow[];
  width: number;
}

export function makeCell(id: number, text: string, el: Element | null, c0: number, c1 = c0): SCell {
  return { id, text, norm: norm(text), el, c0, c1, isValue: isValueText(text) };
}

export function fromGrid(grid: Grid<Element>): STable {
  const rows: SRow[] = grid.rows.map((slots) => {
    const cells: SCell[] = [];
    for (let c = 0; c < slots.length; c++) {
      const g = slots[c];
      if (!g) continue;
      const last = cells[cells.length - 1];
      if (last && last.id === g.id) last.c1 = c;
      else cells.push(makeCell(g.id, g.text, g.ref ?? null, c));
    }
    return { cells };
  });
  return { kind: 'grid', rows, width: grid.width };
}

/**
 * Label of a row: its non-value cells' normalised text, joined (spanning group cells included).
 * With the value columns known (`before`, the first one), text standing in a value column is an
 * unreadable figure ("见附件"), not part of the label: the row is still found, the cell flagged.
 */
export function rowLabel(row: SRow, before = Infinity): string {
  let s = '';
  for (const c of row.cells) if (!c.isValue && c.c0 < before) s += c.norm;
  return s;
}

/** The first value column of a header's geometry (Infinity when the table has none). */
export function firstValueColumn(columns: { byCol: Map<number, unknown> } | null): number {
  return columns?.byCol.size ? Math.min(...columns.byCol.keys()) : Infinity;
}

export function hasAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** Collects model cells and the element each came from. */
export class Sink {
  readonly elements = new Map<string, Element>();

  read(ref: CellRef, cell: SCell | undefined): Cell {
    if (!cell) return { value: null, text: '' };
    if (cell.el) this.elements.set(refKey(ref), cell.el);
    return parseCell(cell.text);
  }
}

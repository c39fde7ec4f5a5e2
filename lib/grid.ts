/**
 * Table → logical grid with rowspan/colspan expanded. Works on plain input rows so it runs
 * against a live DOM, a parsed document or JSON alike. Survives broken spans: overlapping
 * cells keep the slot of the first one, absurd spans are clamped, ragged rows are padded.
 */

export interface InputCell<R = unknown> {
  text: string;
  rowSpan: number;
  colSpan: number;
  ref?: R;
}

export interface GridCell<R = unknown> {
  /** Index of the source cell in reading order: equal ids mean the same spanning cell. */
  id: number;
  text: string;
  ref?: R;
  /** Top-left slot of the source cell. */
  row: number;
  col: number;
}

export interface Grid<R = unknown> {
  width: number;
  /** rows[r][c]: the cell covering slot (r, c), or null where the page has no cell. */
  rows: (GridCell<R> | null)[][];
}

// Real report tables are under 30 columns; the caps keep hostile spans (65534) from
// allocating millions of slots.
const MAX_COLSPAN = 64;
const MAX_WIDTH = 256;

export function toGrid<R>(input: InputCell<R>[][]): Grid<R> {
  const rows: (GridCell<R> | null)[][] = input.map(() => []);
  let width = 0;
  let id = 0;
  for (let r = 0; r < input.length; r++) {
    const slots = rows[r];
    let c = 0;
    for (const cell of input[r]) {
      while (slots[c]) c++;
      if (c >= MAX_WIDTH) break;
      const colSpan = clamp(cell.colSpan, 1, Math.min(MAX_COLSPAN, MAX_WIDTH - c));
      // rowspan 0 means "to the end of the row group"; here, of the table.
      const rowSpan = cell.rowSpan === 0 ? input.length - r : clamp(cell.rowSpan, 1, input.length - r);
      const g: GridCell<R> = { id: id++, text: cell.text, ref: cell.ref, row: r, col: c };
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = rows[r + dr];
        for (let dc = 0; dc < colSpan; dc++) target[c + dc] ??= g;
      }
      c += colSpan;
    }
  }
  for (const slots of rows) width = Math.max(width, slots.length);
  for (const slots of rows) for (let c = 0; c < width; c++) slots[c] ??= null;
  return { width, rows };
}

function clamp(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.max(lo, Math.min(hi, Math.floor(n)));
}

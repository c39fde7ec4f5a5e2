import type { GridCell, GridTable } from './pdf-grid';

/**
 * A table that a page break cut in two is one table again, as in the document it was printed
 * from: the part that ends one page and the part that opens the next, when their outer edges
 * line up. Its group labels (（六）其他处理 spanning rows on both pages) then cover the rows
 * after the break, and a 表二 block's header the item rows below it; each cell keeps its page.
 */
const EDGE = 3; // points

const left = (t: GridTable) => Math.min(...t.cells.map((c) => c.box[0]));
const right = (t: GridTable) => Math.max(...t.cells.map((c) => c.box[0] + c.box[2]));

/**
 * Same right edge, and a left edge on one of the first part's column lines: a label column
 * spanning the break may have no lines of its own on the next page (Chromium draws none).
 */
export function continues(a: GridTable, b: GridTable): boolean {
  if (a.loose || b.loose) return false;
  if (Math.abs(right(a) - right(b)) > EDGE) return false;
  const l = left(b);
  return a.cells.some((c) => Math.abs(c.box[0] - l) <= EDGE);
}

/** Column edges of both parts, merged, each cell's columns re-counted against them. */
export function joinTables(a: GridTable, b: GridTable): GridTable {
  const edges: number[] = [];
  for (const x of [...a.cells, ...b.cells].flatMap((c) => [c.box[0], c.box[0] + c.box[2]]).sort((p, q) => p - q)) {
    if (!edges.length || x - edges[edges.length - 1] > EDGE) edges.push(x);
  }
  const col = (x: number) => {
    let best = 0;
    for (let i = 1; i < edges.length; i++) if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) best = i;
    return best;
  };
  const place = (c: GridCell, dr: number): GridCell => {
    const c0 = col(c.box[0]);
    return { ...c, r: c.r + dr, c: c0, colspan: Math.max(1, col(c.box[0] + c.box[2]) - c0) };
  };
  const cols = edges.length - 1;
  const cells = [...a.cells.map((c) => place(c, 0)), ...b.cells.map((c) => place(c, a.rows))];
  const rows = a.rows + b.rows;
  const taken = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  const mark = (c: GridCell) => {
    for (let r = c.r; r < Math.min(rows, c.r + c.rowspan); r++) for (let k = c.c; k < Math.min(cols, c.c + c.colspan); k++) taken[r][k] = true;
  };
  cells.forEach(mark);
  // Columns the second part leaves empty belong to the first part's cell above them (the
  // spanning label); anything else left over is an empty cell, so no row shifts left.
  for (const c of cells) {
    if (c.r + c.rowspan !== a.rows) continue;
    const free = (r: number) => taken[r].slice(c.c, c.c + c.colspan).every((t) => !t);
    if (!Array.from({ length: b.rows }, (_, i) => a.rows + i).every(free)) continue;
    c.rowspan += b.rows;
    mark(c);
  }
  for (let r = a.rows; r < rows; r++) {
    for (let k = 0; k < cols; k++) {
      if (taken[r][k]) continue;
      const filler: GridCell = { r, c: k, rowspan: 1, colspan: 1, box: [edges[k], 0, edges[k + 1] - edges[k], 0], runs: [], page: -1 };
      cells.push(filler);
      mark(filler);
    }
  }
  cells.sort((p, q) => p.r - q.r || p.c - q.c);
  return { y: a.y, rows, cols, cells };
}

import { isValueText } from '../values';
import type { GridCell, GridTable } from './pdf-grid';
import { joinText, toLines, type Line } from './pdf-lines';
import type { Run } from './pdf-load';

/**
 * Tables printed without ruling lines: rows are the lines whose text falls into separate
 * pieces with figures among them, columns the gaps the figures leave free. Lines between
 * them (a label wrapped over two lines, header words) join the nearest row. Only text that
 * is there is placed; a column a row leaves empty stays an empty cell.
 */
interface Piece {
  runs: Run[];
  text: string;
  x0: number;
  x1: number;
}

const GAP = 1.0; // font sizes: a wider gap inside a line separates two cells
const MAX_ROWS = 400;

function pieces(line: Line): Piece[] {
  const out: Piece[] = [];
  for (const r of line.runs) {
    const last = out[out.length - 1];
    if (last && r.x - last.x1 <= GAP * r.size) {
      last.runs.push(r);
      last.text = joinText(last.text, r.str.trim());
      last.x1 = Math.max(last.x1, r.x + r.w);
    } else out.push({ runs: [r], text: r.str.trim(), x0: r.x, x1: r.x + r.w });
  }
  return out.filter((p) => p.text);
}

const isFigure = (p: Piece) => /\d/.test(p.text) && isValueText(p.text);
const isDataRow = (ps: Piece[]) => ps.length >= 2 && ps.slice(1).some(isFigure);

export function looseTables(runs: Run[], page: number): { tables: GridTable[]; rest: Run[] } {
  const lines = toLines(runs.filter((r) => !r.vertical));
  const split = lines.map(pieces);
  const used = new Set<Run>();
  const tables: GridTable[] = [];
  let done = -1; // lines up to here belong to an earlier table
  for (let i = 0; i < lines.length; i++) {
    if (!isDataRow(split[i])) continue;
    // A region: data rows, and the lines between and above them that are not prose (narrow
    // label or header fragments, or lines in pieces), while the lines stay close together.
    const wide = 0.6 * (lines[i].x1 - lines[i].x0);
    const tableLike = (k: number) => split[k].length >= 2 || lines[k].x1 - lines[k].x0 < wide;
    const close = (a: number, b: number) => lines[b].y0 - lines[a].y1 <= 3 * Math.max(lines[a].size, lines[b].size);
    let end = i;
    for (let j = i + 1; j < lines.length && close(j - 1, j) && tableLike(j); j++) if (isDataRow(split[j])) end = j;
    let start = i;
    // Header lines above: not a larger title, not another table's lines.
    const small = (k: number) => lines[k].size <= lines[i].size * 1.25;
    while (start - 1 > done && i - start < 12 && close(start - 1, start) && tableLike(start - 1) && small(start - 1)) start--;
    const data = range(i, end).filter((k) => isDataRow(split[k]));
    // One row of figures under its header (表四) is a table too.
    if (data.length >= 2 || (start < i && split[i].filter(isFigure).length >= 4)) {
      done = end;
      tables.push(build(lines, split, start, end, data, page));
      for (const k of range(start, end)) for (const r of lines[k].runs) used.add(r);
    }
    i = end;
  }
  return { tables, rest: runs.filter((r) => !used.has(r)) };
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

function build(lines: Line[], split: Piece[][], start: number, end: number, data: number[], page: number): GridTable {
  // Column edges: where no figure of any data row lies; the label column is left of them all.
  const figs = data.flatMap((k) => split[k].slice(1).filter(isFigure));
  const spans = figs.map((p) => [p.x0, p.x1]).sort((a, b) => a[0] - b[0]);
  const cols: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = cols[cols.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else cols.push([a, b]);
  }
  // Column extents: the labels' (the first piece of each data row), then each figure column.
  const labels = data.map((k) => split[k][0]).filter((p) => !isFigure(p));
  const ext: [number, number][] = [[Math.min(...labels.map((p) => p.x0)), Math.max(...labels.map((p) => p.x1))], ...cols];
  if (!labels.length) ext[0] = [cols[0][0] - 2, cols[0][0] - 1];
  /** The columns a piece stands over (overlap), else the nearest one. */
  const span = (p: Piece): [number, number] => {
    const hit = ext.map(([a, b], c) => (p.x1 > a && p.x0 < b ? c : -1)).filter((c) => c >= 0);
    if (hit.length) return [hit[0], hit[hit.length - 1]];
    const m = (p.x0 + p.x1) / 2;
    const near = ext.reduce((best, [a, b], c) => (Math.abs((a + b) / 2 - m) < Math.abs((ext[best][0] + ext[best][1]) / 2 - m) ? c : best), 0);
    return [near, near];
  };
  // Rows: each data line. A line whose pieces all stand in the label column is a wrapped
  // label: it joins the nearest data line. Any other line (a header, a block heading) is a row
  // of its own, except that header lines above the first data row whose pieces each fit one
  // column stack into one header row ("商 / 业 / 企 / 业").
  const mid = (k: number) => (lines[k].y0 + lines[k].y1) / 2;
  const spansOf = (k: number) => split[k].map(span);
  const rowKey = new Map<number, number>(); // line → the line whose row it joins
  let stack = -1;
  for (const k of range(start, end)) {
    const spans = spansOf(k);
    if (data.includes(k)) rowKey.set(k, k);
    else if (spans.every(([c0, c1]) => c0 === 0 && c1 === 0) && k > data[0]) {
      rowKey.set(k, data.reduce((b, d) => (Math.abs(mid(d) - mid(k)) < Math.abs(mid(b) - mid(k)) ? d : b)));
    } else if (k < data[0] && spans.every(([c0, c1]) => c0 === c1)) {
      if (stack < 0) stack = k;
      rowKey.set(k, stack);
    } else rowKey.set(k, k);
  }
  const order = [...new Set(rowKey.values())].sort((a, b) => a - b).slice(0, MAX_ROWS);
  const cells = new Map<string, GridCell>();
  for (const k of range(start, end)) {
    const r = order.indexOf(rowKey.get(k)!);
    if (r < 0) continue;
    spansOf(k).forEach(([c0, c1], n) => {
      const p = split[k][n];
      const key = `${r}:${c0}`;
      const cell = cells.get(key);
      if (cell) cell.runs.push(...p.runs);
      else cells.set(key, { r, c: c0, rowspan: 1, colspan: c1 - c0 + 1, box: [p.x0, lines[k].y0, p.x1 - p.x0, lines[k].y1 - lines[k].y0], runs: [...p.runs], page });
    });
  }
  const rows = order.length;
  const width = ext.length;
  // Empty slots of a row are empty cells, so each figure keeps its column; a piece that
  // overlaps one placed before it in its row gives up its extra columns, or (starting inside
  // it) joins it.
  const all: GridCell[] = [];
  const byRow = Array.from({ length: rows }, () => [] as GridCell[]);
  for (const c of cells.values()) byRow[c.r].push(c);
  byRow.forEach((list, r) => {
    const owner = new Array<GridCell | null>(width).fill(null);
    for (const c of list.sort((a, b) => a.c - b.c)) {
      const host = owner[c.c];
      if (host) {
        host.runs.push(...c.runs);
        continue;
      }
      while (c.colspan > 1 && owner.slice(c.c, c.c + c.colspan).some(Boolean)) c.colspan--;
      for (let k = c.c; k < c.c + c.colspan; k++) owner[k] = c;
      all.push(c);
    }
    for (let k = 0; k < width; k++) if (!owner[k]) all.push({ r, c: k, rowspan: 1, colspan: 1, box: [0, 0, 0, 0], runs: [], page: -1 });
  });
  all.sort((a, b) => a.r - b.r || a.c - b.c);
  return { y: lines[start].y0, rows, cols: width, cells: all, loose: true };
}

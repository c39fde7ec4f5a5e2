import type { Run } from './pdf-load';
import type { Seg } from './pdf-paths';

/** A table cell in grid terms, with its box in page points (top-left origin). */
export interface GridCell {
  r: number;
  c: number;
  rowspan: number;
  colspan: number;
  box: [x: number, y: number, w: number, h: number];
  runs: Run[];
  /** Page number (a table joined over a page break keeps each cell's own page). */
  page: number;
}

export interface GridTable {
  /** Top of the table (for ordering with the prose). */
  y: number;
  rows: number;
  cols: number;
  cells: GridCell[];
  /** Rebuilt from text positions alone (no lines): not joined over a page break. */
  loose?: boolean;
}

const TOL = 2; // points: lines this close are one line
const MAX_LINES = 1500;
const MAX_SLOTS = 20000;

/** Tables from the page's ruling lines; the runs inside them are taken off `runs`. */
export function ruledTables(segs: Seg[], runs: Run[], page: number): { tables: GridTable[]; rest: Run[] } {
  const h = merge(segs.filter((s) => s.dir === 'h'), 'h').slice(0, MAX_LINES);
  const v = merge(segs.filter((s) => s.dir === 'v'), 'v').slice(0, MAX_LINES);
  const tables: GridTable[] = [];
  let rest = runs;
  for (const comp of components(h, v)) {
    const t = buildTable(comp.h, comp.v, rest, page);
    if (!t) continue;
    tables.push(t.table);
    rest = t.rest;
  }
  return { tables, rest };
}

/** Collinear pieces (a border drawn cell by cell) into one line. */
function merge(segs: Seg[], dir: 'h' | 'v'): Seg[] {
  const pos = (s: Seg) => (dir === 'h' ? s.y1 : s.x1);
  const lo = (s: Seg) => (dir === 'h' ? s.x1 : s.y1);
  const hi = (s: Seg) => (dir === 'h' ? s.x2 : s.y2);
  const sorted = [...segs].sort((a, b) => pos(a) - pos(b) || lo(a) - lo(b));
  const out: Seg[] = [];
  const open: Seg[] = []; // lines at the current position band
  for (const s of sorted) {
    while (open.length && pos(s) - pos(open[0]) > 1) open.shift();
    const m = open.find((o) => lo(s) <= hi(o) + TOL && hi(s) >= lo(o) - TOL && Math.abs(pos(o) - pos(s)) <= 1);
    if (m) {
      if (dir === 'h') (m.x1 = Math.min(m.x1, s.x1)), (m.x2 = Math.max(m.x2, s.x2));
      else (m.y1 = Math.min(m.y1, s.y1)), (m.y2 = Math.max(m.y2, s.y2));
      continue;
    }
    const c = { ...s };
    out.push(c);
    open.push(c);
  }
  return out;
}

/** Groups of horizontal and vertical lines that touch each other: one table each. */
function components(h: Seg[], v: Seg[]): { h: Seg[]; v: Seg[] }[] {
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      const a = h[i], b = v[j];
      if (b.x1 >= a.x1 - TOL && b.x1 <= a.x2 + TOL && a.y1 >= b.y1 - TOL && a.y1 <= b.y2 + TOL) parent[find(i)] = find(h.length + j);
    }
  }
  const groups = new Map<number, { h: Seg[]; v: Seg[] }>();
  [...h, ...v].forEach((s, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (s.dir === 'h' ? g.h : g.v).push(s);
    groups.set(find(i), g);
  });
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

function cluster(values: number[]): number[] {
  const out: number[] = [];
  for (const x of [...values].sort((a, b) => a - b)) {
    if (out.length && x - out[out.length - 1] <= TOL) continue;
    out.push(x);
  }
  return out;
}

/** Lines by the edge they stand on (index into `edges`), so coverage looks at its own only. */
function byEdge(lines: Seg[], edges: number[], dir: 'h' | 'v'): Seg[][] {
  const out: Seg[][] = edges.map(() => []);
  for (const s of lines) {
    const p = dir === 'h' ? s.y1 : s.x1;
    edges.forEach((e, k) => Math.abs(p - e) <= TOL && out[k].push(s));
  }
  return out;
}

/** How much of [a, b] the lines on one edge cover. */
function covered(lines: Seg[], a: number, b: number, dir: 'h' | 'v'): number {
  let sum = 0;
  for (const s of lines) {
    const lo = dir === 'h' ? s.x1 : s.y1, hi = dir === 'h' ? s.x2 : s.y2;
    sum += Math.max(0, Math.min(b, hi) - Math.max(a, lo));
  }
  return sum / (b - a);
}

function buildTable(h: Seg[], v: Seg[], runs: Run[], page: number): { table: GridTable; rest: Run[] } | null {
  // The outer lines' reach counts as an edge: a table broken by a page often lacks its last
  // border (WPS leaves the row open), yet its side lines run down to the row's foot.
  const xs = cluster([...v.map((s) => s.x1), Math.min(...h.map((s) => s.x1)), Math.max(...h.map((s) => s.x2))]);
  const ys = cluster([...h.map((s) => s.y1), Math.min(...v.map((s) => s.y1)), Math.max(...v.map((s) => s.y2))]);
  const nr = ys.length - 1, nc = xs.length - 1;
  // A report table has a few hundred slots; a mesh of thousands of lines is no table.
  if (nr < 1 || nc < 1 || nr * nc > MAX_SLOTS) return null;
  const vAt = byEdge(v, xs, 'v'), hAt = byEdge(h, ys, 'h');
  const id = (r: number, c: number) => r * nc + c;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      // No line between two neighbouring slots: they are one merged cell.
      if (c + 1 < nc && covered(vAt[c + 1], ys[r], ys[r + 1], 'v') < 0.6) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < nr && covered(hAt[r + 1], xs[c], xs[c + 1], 'h') < 0.6) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const slot = splitIrregular(nr, nc, (i) => find(i));
  const groups = new Map<number, GridCell>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const g = slot[id(r, c)];
      const cell = groups.get(g);
      if (!cell) groups.set(g, { r, c, rowspan: 1, colspan: 1, box: [0, 0, 0, 0], runs: [], page });
      else {
        cell.rowspan = Math.max(cell.rowspan, r - cell.r + 1);
        cell.colspan = Math.max(cell.colspan, c - cell.c + 1);
      }
    }
  }
  // A single box (a page frame, a bordered note) is no table: its text stays prose.
  if (groups.size < 2) return null;
  for (const cell of groups.values()) {
    cell.box = [xs[cell.c], ys[cell.r], xs[cell.c + cell.colspan] - xs[cell.c], ys[cell.r + cell.rowspan] - ys[cell.r]];
  }
  const rest: Run[] = [];
  for (const run of runs) {
    const x = run.x + run.w / 2, y = run.y + run.h / 2;
    const c = locate(xs, x), r = locate(ys, y);
    if (c < 0 || r < 0) rest.push(run);
    else groups.get(slot[id(r, c)])!.runs.push(run);
  }
  const cells = [...groups.values()].sort((a, b) => a.r - b.r || a.c - b.c);
  return { table: { y: ys[0], rows: nr, cols: nc, cells }, rest };
}

/** Index of the band [edges[i], edges[i+1]] holding p, or -1. */
function locate(edges: number[], p: number): number {
  if (p < edges[0] || p > edges[edges.length - 1]) return -1;
  let lo = 0, hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid] <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A merged region that is not a rectangle (a border missing from the drawing) cannot be one
 * HTML cell: split it into its rows' runs, so no two cells claim the same slot.
 */
function splitIrregular(nr: number, nc: number, root: (i: number) => number): number[] {
  const slot = Array.from({ length: nr * nc }, (_, i) => root(i));
  const bounds = new Map<number, [number, number, number, number, number]>();
  slot.forEach((g, i) => {
    const r = Math.floor(i / nc), c = i % nc;
    const b = bounds.get(g) ?? [r, c, r, c, 0];
    bounds.set(g, [Math.min(b[0], r), Math.min(b[1], c), Math.max(b[2], r), Math.max(b[3], c), b[4] + 1]);
  });
  for (const [g, [r0, c0, r1, c1, n]] of bounds) {
    if ((r1 - r0 + 1) * (c1 - c0 + 1) === n) continue;
    for (let r = r0; r <= r1; r++) {
      let run = -1;
      for (let c = c0; c <= c1; c++) {
        const i = r * nc + c;
        if (slot[i] !== g) run = -1;
        else slot[i] = run < 0 ? (run = i + nr * nc) : run;
      }
    }
  }
  return slot;
}

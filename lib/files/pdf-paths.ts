/**
 * Ruling lines from a page's operator list: stroked axis-aligned segments and thin filled
 * rectangles (Word and WPS stroke cell borders; Chromium and others fill hairline boxes),
 * in page points from the top-left corner.
 */
export interface Seg {
  /** 'h': y1 === y2, x1 < x2; 'v': x1 === x2, y1 < y2. */
  dir: 'h' | 'v';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const MAX_SEGS = 20000;
/** A filled box this thin (points) draws a line; a thicker one is a cell's shading. */
const THIN = 2.5;
/** Path data opcodes of pdf.js 5 (DrawOPS). */
const MOVE = 0, LINE = 1, CURVE = 2, QUAD = 3, CLOSE = 4;

type Mat = number[];
const mul = (m: Mat, n: Mat): Mat => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];

export function pathSegments(list: { fnArray: number[]; argsArray: any[] }, OPS: Record<string, number>, base: Mat): Seg[] {
  const out: Seg[] = [];
  const stack: Mat[] = [];
  let ctm = base;
  const stroke = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fill = new Set([OPS.fill, OPS.eoFill]);
  for (let i = 0; i < list.fnArray.length && out.length < MAX_SEGS; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? base;
    else if (fn === OPS.transform && Array.isArray(args) && args.length === 6) ctm = mul(ctm, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args?.[0]) && args[0].length === 6) ctm = mul(ctm, args[0]);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? base;
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const op = args[0];
      const data = args[1]?.[0];
      if (!data || typeof data.length !== 'number') continue;
      if (stroke.has(op)) strokeSegs(data, ctm, out);
      else if (fill.has(op)) fillSegs(data, ctm, out);
    }
  }
  return out;
}

type Pt = [number, number];
const at = (m: Mat, x: number, y: number): Pt => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Subpaths as point lists (curves keep only their end point: they are no ruling). */
function subpaths(d: ArrayLike<number>, m: Mat): { pts: Pt[]; closed: boolean; curved: boolean }[] {
  const subs: { pts: Pt[]; closed: boolean; curved: boolean }[] = [];
  let cur: { pts: Pt[]; closed: boolean; curved: boolean } | null = null;
  for (let i = 0; i < d.length; ) {
    const op = d[i];
    if (op === MOVE) {
      cur = { pts: [at(m, d[i + 1], d[i + 2])], closed: false, curved: false };
      subs.push(cur);
      i += 3;
    } else if (op === LINE) {
      cur?.pts.push(at(m, d[i + 1], d[i + 2]));
      i += 3;
    } else if (op === CURVE) {
      if (cur) (cur.curved = true), cur.pts.push(at(m, d[i + 5], d[i + 6]));
      i += 7;
    } else if (op === QUAD) {
      if (cur) (cur.curved = true), cur.pts.push(at(m, d[i + 3], d[i + 4]));
      i += 5;
    } else if (op === CLOSE) {
      if (cur) cur.closed = true;
      i += 1;
    } else break; // unknown layout: stop rather than misread
  }
  return subs;
}

function push(out: Seg[], a: Pt, b: Pt) {
  const [ax, ay] = a, [bx, by] = b;
  if (![ax, ay, bx, by].every(Number.isFinite)) return;
  if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= 1) {
    const y = (ay + by) / 2;
    out.push({ dir: 'h', x1: Math.min(ax, bx), x2: Math.max(ax, bx), y1: y, y2: y });
  } else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= 1) {
    const x = (ax + bx) / 2;
    out.push({ dir: 'v', y1: Math.min(ay, by), y2: Math.max(ay, by), x1: x, x2: x });
  }
}

function strokeSegs(d: ArrayLike<number>, m: Mat, out: Seg[]) {
  for (const s of subpaths(d, m)) {
    if (s.curved) continue;
    for (let k = 1; k < s.pts.length; k++) push(out, s.pts[k - 1], s.pts[k]);
    if (s.closed && s.pts.length > 2) push(out, s.pts[s.pts.length - 1], s.pts[0]);
  }
}

function fillSegs(d: ArrayLike<number>, m: Mat, out: Seg[]) {
  for (const s of subpaths(d, m)) {
    if (s.curved || s.pts.length < 3) continue;
    const xs = s.pts.map((p) => p[0]), ys = s.pts.map((p) => p[1]);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    // Only axis-aligned boxes: every corner on the bounding box.
    if (!s.pts.every(([x, y]) => (near(x, x0) || near(x, x1)) && (near(y, y0) || near(y, y1)))) continue;
    const w = x1 - x0, h = y1 - y0;
    if (h <= THIN && w > h) push(out, [x0, (y0 + y1) / 2], [x1, (y0 + y1) / 2]);
    else if (w <= THIN && h > w) push(out, [(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]);
  }
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.01 + 1e-6 * Math.abs(b) || Math.abs(a - b) < 0.05;

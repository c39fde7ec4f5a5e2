import type { Run } from './pdf-load';

/** Runs that share a baseline band, left to right. */
export interface Line {
  runs: Run[];
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  size: number;
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F“”‘’]/;

/** Joins two pieces of one cell or paragraph: nothing between Chinese, a space between words. */
export function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const last = a[a.length - 1], first = b[0];
  return CJK.test(last) || CJK.test(first) || /\s/.test(last) || /\s/.test(first) ? a + b : `${a} ${b}`;
}

const cy = (r: Run) => r.y + r.h / 2;

/** Horizontal runs into lines (top to bottom); vertical runs each stand as their own line. */
export function toLines(runs: Run[]): Line[] {
  const lines: Line[] = [];
  const flat = runs.filter((r) => !r.vertical).sort((a, b) => cy(a) - cy(b) || a.x - b.x);
  let cur: Run[] = [];
  let mid = 0, size = 0;
  for (const r of flat) {
    // Same line: centres closer than half the smaller font (figures set larger than labels
    // still sit on their label's line).
    if (cur.length && Math.abs(cy(r) - mid) <= 0.5 * Math.min(size, r.size)) {
      cur.push(r);
      continue;
    }
    if (cur.length) lines.push(makeLine(cur));
    cur = [r];
    mid = cy(r);
    size = r.size;
  }
  if (cur.length) lines.push(makeLine(cur));
  for (const r of runs) if (r.vertical) lines.push(makeLine([r]));
  return lines.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

function makeLine(runs: Run[]): Line {
  runs.sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const r of runs) {
    // A gap inside a line (a dropped space, a tab, a spaced-out title) is one space.
    const s = r.str.replace(/\s+/g, ' ');
    // Between a figure and a Chinese character a font change leaves a small gap: no space.
    const mixed = text !== '' && CJK.test(text[text.length - 1]) !== CJK.test(s.trimStart()[0] ?? '');
    text = r.x - end > (mixed ? 0.6 : 0.2) * r.size && text && !text.endsWith(' ') ? `${text} ${s.trimStart()}` : joinRaw(text, s);
    end = Math.max(end, r.x + r.w);
  }
  const y0 = Math.min(...runs.map((r) => r.y)), y1 = Math.max(...runs.map((r) => r.y + r.h));
  return { runs, text: text.trim(), x0: runs[0].x, x1: end, y0, y1, size: Math.max(...runs.map((r) => r.size)) };
}

const joinRaw = (a: string, b: string) => (a.endsWith(' ') && b.startsWith(' ') ? a + b.trimStart() : a + b);

/** A cell's text: its lines joined top to bottom (vertical labels read one character a line). */
export function cellText(runs: Run[]): string {
  let text = '';
  for (const l of toLines(runs)) text = joinText(text, l.text);
  return text.replace(/\s+/g, ' ').trim();
}

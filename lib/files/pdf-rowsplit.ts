import { isValueText } from '../values';
import type { GridCell, GridTable } from './pdf-grid';
import { cellText } from './pdf-lines';

/**
 * A row that a page break cut in two (Word and LibreOffice let rows break across pages):
 * "（六" + "1.申" and the figures above the break, ")其他处理" + "请人无正当理由…" with empty
 * value cells below it. When exactly one side of the break holds figures and both sides have
 * the same cells, the lower part's first row is the upper part's last row: its text joins
 * the cell above it, and a cell spanning
 * further down (the group label) makes that cell span as far. Returns the lower part without
 * that row, or null when the break fell between two rows.
 */
const EDGE = 3; // points
const OVERLEAF = 1e5;
const HEADER = /信息内容|第二十条|处理决定|制发件数|收费金额|项目数量|申请人情况|自然人|结果维持/;
const hasFigure = (cells: GridCell[]) => cells.some((c) => { const t = cellText(c.runs); return /\d/.test(t) && isValueText(t); });

export function mergeSplitRow(a: GridTable, b: GridTable): GridTable | null {
  const bottom = a.cells.filter((c) => c.r + c.rowspan === a.rows);
  const top = b.cells.filter((c) => c.r === 0);
  if (!bottom.length || !top.length || b.rows < 1) return null;
  // Exactly one side of the break holds the row's figures (a figure never splits), and the
  // other is no header row (a block's header at a page's foot, its item row overleaf).
  const up = hasFigure(bottom);
  if (up === hasFigure(top) || (up ? top : bottom).some((c) => HEADER.test(cellText(c.runs).replace(/\s/g, '')))) return null;
  // The same cells on both sides, one to one, of the same widths (a repeated header is not).
  if (top.length !== bottom.length) return null;
  const match = new Map<GridCell, GridCell>();
  for (const c of top) {
    const u = bottom.find((x) => Math.abs(x.box[0] - c.box[0]) <= EDGE && Math.abs(x.box[2] - c.box[2]) <= EDGE);
    if (!u || [...match.values()].includes(u)) return null;
    match.set(c, u);
  }
  for (const [c, u] of match) {
    // Below the break means after it: the lower page's lines follow the upper page's.
    u.runs = [...u.runs, ...c.runs.map((r) => ({ ...r, y: r.y + OVERLEAF }))];
    u.rowspan += c.rowspan - 1;
  }
  const rest = b.cells.filter((c) => c.r > 0).map((c) => ({ ...c, r: c.r - 1 }));
  return { ...b, rows: b.rows - 1, cells: rest };
}

import type { Report, TableId } from '../../model/types';
import { activeLayout } from './active';
import { applicationsLayout } from './applications';
import { legacyLayout } from './legacy';
import { reviewLayout } from './review';
import type { GridCell, TableLayout } from './types';
import { printedNotes } from '../notes';

export type { FlatTable, GridCell, TableLayout } from './types';

const BUILDERS: Record<TableId, (r: Report) => TableLayout | null> = {
  active: activeLayout,
  applications: applicationsLayout,
  reviewLitigation: reviewLayout,
  legacy: legacyLayout,
};

/** One table of the report laid out like the official one, or null when the report lacks it. */
export function tableLayout(report: Report, id: TableId): TableLayout | null {
  const layout = BUILDERS[id](report);
  if (layout) layout.notes = printedNotes(report, id);
  return layout;
}

/** The report's tables in page order (表二, 表三, 表四, or the legacy 统计表). */
export function reportLayouts(report: Report): TableLayout[] {
  return (['legacy', 'active', 'applications', 'reviewLitigation'] as const)
    .map((id) => tableLayout(report, id))
    .filter((t): t is TableLayout => t !== null);
}

/**
 * The grid with spans resolved into a width × rows rectangle. With `fill`, a label repeats down
 * the rows it spans, so every exported row keeps its group labels when sorted or filtered
 * (ecosystem.md §2.2); across columns it does not, and a value never does (it would double in a sum).
 */
export function expandGrid(layout: TableLayout, fill = true): { cell: GridCell; origin: boolean }[][] {
  const out: { cell: GridCell; origin: boolean }[][] = layout.rows.map(() => []);
  const blank: GridCell = { text: '', kind: 'label' };
  layout.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (out[r][c]) c++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1) && r + dr < out.length; dr++) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          const origin = dr === 0 && dc === 0;
          const repeat = fill && dc === 0 && cell.kind === 'label' && !cell.noFill;
          out[r + dr][c + dc] = { cell: origin || repeat ? cell : { ...blank, kind: cell.kind }, origin };
        }
      }
      c += cell.colSpan ?? 1;
    }
  });
  return out.map((row) => Array.from({ length: layout.width }, (_, i) => row[i] ?? { cell: blank, origin: true }));
}

/** The grid column (0-based) where each cell of `layout.rows` starts, as expandGrid places it. */
export function cellColumns(layout: TableLayout): number[][] {
  const grid = expandGrid(layout, false);
  return layout.rows.map((row, r) => row.map((cell) => grid[r].findIndex((x) => x.origin && x.cell === cell)));
}

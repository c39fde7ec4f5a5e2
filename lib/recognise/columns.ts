import type { SCell, SRow } from './stable';

/** Which grid columns carry which key, and the keys in the table's own order. */
export interface ColumnMap<K extends string> {
  byCol: Map<number, K>;
  keys: K[];
}

/**
 * A row's value cells by column key. Cells are found under their header (by meaning); when a
 * Word grid's data rows do not line up with its header (extra physical columns, shifted
 * cells) or the table is pasted text with no geometry, the value cells are taken in the
 * header's order instead. Returns null when the row has no value cell at all.
 */
export function assignValues<K extends string>(row: SRow, columns: ColumnMap<K>): Map<K, SCell | undefined> | null {
  const aligned = columns.byCol.size ? underHeader(row, columns) : null;
  if (aligned) return aligned;
  let labelEnd = -1;
  for (const c of row.cells) if (!c.isValue) labelEnd = Math.max(labelEnd, c.c1);
  const cells = row.cells.filter((c) => c.isValue && c.c0 > labelEnd);
  const list = cells.length > columns.keys.length ? dropPadding(cells, columns.keys.length) : cells;
  // A lost or surplus cell cannot be placed: the row is left unread (and reported), not guessed.
  if (list.length !== columns.keys.length) return null;
  return new Map(columns.keys.map((k, i) => [k, list[i]]));
}

function underHeader<K extends string>(row: SRow, columns: ColumnMap<K>): Map<K, SCell | undefined> | null {
  const first = Math.min(...columns.byCol.keys());
  // Figures left of the header's first value column: this row is laid out differently.
  if (row.cells.some((c) => c.isValue && c.norm !== '' && c.c0 < first)) return null;
  const out = new Map<K, SCell | undefined>();
  const used = new Set<SCell>();
  for (const key of columns.keys) {
    const cols = [...columns.byCol].filter(([, k]) => k === key).map(([c]) => c);
    const under = row.cells.filter((c) => cols.some((col) => c.c0 <= col && col <= c.c1));
    // A label cell reaching into the value columns means this row is laid out differently.
    if (under.some((c) => c.c0 < first && !c.isValue)) return null;
    const pick = under.find((c) => c.norm !== '') ?? under[0];
    if (pick) used.add(pick);
    out.set(key, pick);
  }
  const rest = row.cells.filter((c) => c.c0 >= first && c.norm !== '' && !used.has(c));
  if (rest.length) return null;
  if (![...out.values()].some((c) => c)) return null;
  return out;
}

/**
 * Word rows carry empty padding cells: keep the non-empty ones, or trim blanks at the ends.
 * A Word grid's extra column inside a merged header group also leaves one surplus figure between
 * the first and the last ("1 0 0 0 0 0 0 1" for seven columns): when every inner figure is the
 * same, the row reads the same whichever of them is the surplus one, so one is dropped.
 */
function dropPadding(cells: SCell[], n: number): SCell[] {
  const nonEmpty = cells.filter((c) => c.norm !== '');
  if (nonEmpty.length === n) return nonEmpty;
  const list = [...cells];
  while (list.length > n && list[list.length - 1].norm === '') list.pop();
  while (list.length > n && list[0].norm === '') list.shift();
  if (list.length === n + 1 && n >= 3) {
    const inner = list.slice(1, -1);
    if (inner.every((c) => c.norm === inner[0].norm)) return [list[0], ...inner.slice(1), list[list.length - 1]];
  }
  return list;
}

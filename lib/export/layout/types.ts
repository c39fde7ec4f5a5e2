import type { CellRef, TableId } from '../../model/types';

/** One cell of an official-looking table; cells covered by a span are omitted, as in HTML. */
export interface GridCell {
  text: string;
  kind: 'label' | 'value';
  /** Value cells only: the text is a plain number. */
  numeric?: boolean;
  rowSpan?: number;
  colSpan?: number;
  /** Do not repeat into covered cells even when filling (the long 勾稽 note in 表三's corner). */
  noFill?: boolean;
  /** Value cells: the model cell shown, so findings can be put on it (the .xlsx fills and notes). */
  ref?: CellRef;
}

/** The table with merged labels flattened into paths, for Markdown. */
export interface FlatTable {
  rowHeader: string;
  columns: string[];
  rows: { label: string; values: string[] }[];
}

export interface TableLayout {
  id: TableId;
  title: string;
  /** Number of physical columns. */
  width: number;
  /** Leading rows that form the column header. */
  headerRows: number;
  rows: GridCell[][];
  flat: FlatTable;
  /** Cells printed with a note beside their figure, as "注：…" lines to show under the table. */
  notes?: string[];
}

export const label = (text: string, colSpan = 1, rowSpan = 1): GridCell => ({ text, kind: 'label', colSpan, rowSpan });

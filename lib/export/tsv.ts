import type { Report, TableId } from '../model/types';
import { expandGrid, reportLayouts, tableLayout, type TableLayout } from './layout';
import { neutralise } from './neutralise';
import { sourceLine, type SourceOptions } from './source-line';

export interface GridExportOptions extends SourceOptions {
  /** Repeat row-group labels down the rows they span (default true); false leaves them blank. */
  fill?: boolean;
}

const CRLF = '\r\n'; // what Excel on Windows puts on the clipboard

/** Tabs and newlines inside a cell would split it, so they become spaces; formulas are defused. */
const clean = (text: string, numeric = false) => neutralise(text, numeric).replace(/[\t\r\n]+/g, ' ');

/** One table as TSV: its title line, then its rows; every line ends with CRLF. */
export function layoutToTsv(layout: TableLayout, options: GridExportOptions = {}): string {
  const rows = expandGrid(layout, options.fill ?? true).map((row) => row.map((x) => clean(x.cell.text, x.cell.numeric)).join('\t'));
  return [clean(layout.title), ...rows, ...(layout.notes ?? []).map((n) => clean(n))].map((l) => l + CRLF).join('');
}

/** The source line, then a blank line, then the tables, each its own block after a blank line. */
function withSource(report: Report, layouts: TableLayout[], options: GridExportOptions): string {
  const head = clean(sourceLine(report, options)) + CRLF;
  return [head, ...layouts.map((l) => layoutToTsv(l, options))].join(CRLF);
}

/** One table of the report as TSV (for copying a single table), or '' when the report lacks it. */
export function tableToTsv(report: Report, id: TableId, options: GridExportOptions = {}): string {
  const layout = tableLayout(report, id);
  return layout ? withSource(report, [layout], options) : '';
}

/** All statistics tables, laid out like the official ones: a source line, then a blank line before each table. */
export function toTsv(report: Report, options: GridExportOptions = {}): string {
  return withSource(report, reportLayouts(report), options);
}

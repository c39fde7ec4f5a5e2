import type { Report, TableId } from '../model/types';
import { expandGrid, reportLayouts, tableLayout, type TableLayout } from './layout';

export interface GridExportOptions {
  /** Repeat row-group labels down the rows they span (default true); false leaves them blank. */
  fill?: boolean;
}

const CRLF = '\r\n'; // what Excel on Windows puts on the clipboard

/** Tabs and newlines inside a cell would split it, so they become spaces. */
const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

/** One table as TSV: its title line, then its rows; every line ends with CRLF. */
export function layoutToTsv(layout: TableLayout, options: GridExportOptions = {}): string {
  const lines = [clean(layout.title), ...expandGrid(layout, options.fill ?? true).map((row) => row.map((x) => clean(x.cell.text)).join('\t'))];
  return lines.map((l) => l + CRLF).join('');
}

/** One table of the report as TSV (for copying a single table), or '' when the report lacks it. */
export function tableToTsv(report: Report, id: TableId, options?: GridExportOptions): string {
  const layout = tableLayout(report, id);
  return layout ? layoutToTsv(layout, options) : '';
}

/** All statistics tables, laid out like the official ones, a blank line between tables. */
export function toTsv(report: Report, options?: GridExportOptions): string {
  return reportLayouts(report)
    .map((l) => layoutToTsv(l, options))
    .join(CRLF);
}

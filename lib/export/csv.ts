import type { Report, TableId } from '../model/types';
import { expandGrid, reportLayouts, tableLayout, type TableLayout } from './layout';
import { neutralise } from './neutralise';
import { sourceLine } from './source-line';
import type { GridExportOptions } from './tsv';

export interface CsvOptions extends GridExportOptions {
  /** Prefix a UTF-8 BOM (default true): Excel needs it to read Chinese; WPS does not. */
  bom?: boolean;
}

const CRLF = '\r\n';

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
export function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

const field = (text: string, numeric = false) => quote(neutralise(text, numeric));

function layoutLines(layout: TableLayout, options: GridExportOptions): string[] {
  const rows = expandGrid(layout, options.fill ?? true).map((row) => row.map((x) => field(x.cell.text, x.cell.numeric)).join(','));
  return [field(layout.title), ...rows, ...(layout.notes ?? []).map((n) => field(n))];
}

/** Source line, blank line, then each table's title and rows, a blank line between tables. */
function finish(report: Report, layouts: TableLayout[], options: CsvOptions): string {
  const lines = [field(sourceLine(report, options)), ...layouts.flatMap((l) => ['', ...layoutLines(l, options)])];
  return (options.bom ?? true ? '\uFEFF' : '') + lines.map((l) => l + CRLF).join('');
}

/** One table as CSV (with BOM unless `bom: false`), or '' when the report lacks it. */
export function tableToCsv(report: Report, id: TableId, options: CsvOptions = {}): string {
  const layout = tableLayout(report, id);
  return layout ? finish(report, [layout], options) : '';
}

/** The tables as CSV in the TSV layout: BOM, CRLF, RFC 4180 quoting, formula guard on text. */
export function toCsv(report: Report, options: CsvOptions = {}): string {
  return finish(report, reportLayouts(report), options);
}

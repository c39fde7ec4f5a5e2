import type { Report, TableId } from '../model/types';
import { expandGrid, reportLayouts, tableLayout, type GridCell, type TableLayout } from './layout';
import type { GridExportOptions } from './tsv';

export interface CsvOptions extends GridExportOptions {
  /** Prefix a UTF-8 BOM (default true): Excel needs it to read Chinese; WPS does not. */
  bom?: boolean;
}

const CRLF = '\r\n';
const FORMULA = /^[=+\-@\t\r]/;
// Placeholders like "-" or "—" and signed numbers printed as text ("+453") are not formulas.
const HARMLESS = /^(?:[-—–]+|[+-]?\d+(?:\.\d+)?)$/;

/** Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection). */
function guard(cell: GridCell): string {
  const t = cell.text;
  return !cell.numeric && FORMULA.test(t) && !HARMLESS.test(t) ? `'${t}` : t;
}

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function layoutLines(layout: TableLayout, options: GridExportOptions): string[] {
  const rows = expandGrid(layout, options.fill ?? true).map((row) => row.map((x) => quote(guard(x.cell))).join(','));
  return [quote(guard({ text: layout.title, kind: 'label' })), ...rows];
}

const finish = (lines: string[], bom: boolean) => (bom ? '\uFEFF' : '') + lines.map((l) => l + CRLF).join('');

/** One table as CSV (with BOM unless `bom: false`), or '' when the report lacks it. */
export function tableToCsv(report: Report, id: TableId, options: CsvOptions = {}): string {
  const layout = tableLayout(report, id);
  return layout ? finish(layoutLines(layout, options), options.bom ?? true) : '';
}

/** The tables as CSV in the TSV layout: BOM, CRLF, RFC 4180 quoting, formula guard on text. */
export function toCsv(report: Report, options: CsvOptions = {}): string {
  const blocks = reportLayouts(report).map((l) => layoutLines(l, options));
  return finish(blocks.flatMap((b, i) => (i ? ['', ...b] : b)), options.bom ?? true);
}

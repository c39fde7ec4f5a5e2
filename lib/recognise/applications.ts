import type { ApplicantColumn, ApplicantRow, Applications, GroupKey } from '../model/types';
import { APPLICANT_COLUMNS, isApplicantRow } from '../model/types';
import { COLUMN_WORDS, HEADER_WORDS, OTHER_ORG_LEAF } from './applications-labels';
import { classifyRow } from './applications-rows';
import { assignValues, type ColumnMap } from './columns';
import { firstValueColumn, hasAny, rowLabel, type SCell, type Sink, type SRow, type STable } from './stable';

/**
 * 表三 from all the page's tables, in page order: a table split over two <table> elements,
 * a header repeated after a page break, or rows pasted as text all feed the same rows.
 */
export function readApplications(tables: STable[], sink: Sink): Applications | null {
  const rows: Record<string, ApplicantRow> = {};
  const subtotals: Partial<Record<GroupKey, ApplicantRow>> = {};
  let columns: ColumnMap<ApplicantColumn> | null = null;
  let started = false;
  let group: GroupKey | null = null;
  for (const table of tables) {
    const header = headerColumns(table);
    const hits = table.rows.filter((r) => classifyRow(rowLabel(r), null) !== null).length;
    // A table belongs to 表三 if it has its header, or (continuing a split table) its rows.
    if (!header && !(hits >= 3 || (started && hits >= 2))) continue;
    // A continuation without its own header has its own geometry: take its cells in order.
    const keys: readonly ApplicantColumn[] = (columns as ColumnMap<ApplicantColumn> | null)?.keys ?? APPLICANT_COLUMNS;
    columns = header ?? sequenceColumns(keys);
    started = true;
    // A continuation without its own header goes on in the group the page break left open.
    if (header) group = null;
    const before = firstValueColumn(columns);
    for (const row of table.rows) {
      if (isHeaderRow(row)) continue;
      const cls = classifyRow(rowLabel(row, before), group);
      if (!cls) continue;
      group = cls.kind === 'row' && !cls.group ? null : cls.group;
      const values = assignValues(row, columns);
      if (!values) continue;
      // A group heading with its own figures is the 2019 template's single （六）其他处理 row,
      // or (other groups) a body's own group total, read like a 小计 row.
      if (cls.kind === 'row' || (cls.kind === 'group' && cls.group === 'other')) {
        const path = cls.kind === 'row' ? cls.path : 'other';
        rows[path] ??= read(values, path); // a repeated header or duplicated row: the first counts
      } else subtotals[cls.group] ??= read(values, `subtotals.${cls.group}`);
    }
  }
  if (!started || Object.keys(rows).length === 0) return null;
  const app: Applications = { columns: columns!.keys, rows: nest(rows) };
  if (Object.keys(subtotals).length) app.subtotals = subtotals;
  return app;

  function read(values: Map<ApplicantColumn, SCell | undefined>, path: string): ApplicantRow {
    const row: ApplicantRow = {};
    for (const [key, cell] of values) row[key] = sink.read({ table: 'applications', row: path, column: key }, cell);
    return row;
  }
}

function isHeaderRow(row: SRow): boolean {
  return row.cells.some((c) => !c.isValue && hasAny(c.norm, HEADER_WORDS));
}

/** Column keys from the header rows' text: each grid column's header path, by meaning. */
function headerColumns(table: STable): ColumnMap<ApplicantColumn> | null {
  const headerRows = table.rows.filter(isHeaderRow);
  if (!headerRows.length) return null;
  const byCol = new Map<number, ApplicantColumn>();
  if (table.kind === 'text') {
    // Pasted text has no geometry: its cells follow the template's column order.
    // Header words are one per line: take every label above the first row of figures.
    const first = table.rows.findIndex((r) => r.cells.some((c) => c.isValue && c.norm !== ''));
    const words = table.rows.slice(0, first < 0 ? undefined : first).flatMap((r) => r.cells.map((c) => c.norm));
    // Text copied out of a PDF breaks header words over lines ("自 / 然人", "总 / 计"): the
    // template's seven columns, once the header is recognised, whichever words survived.
    return { byCol: new Map(), keys: [...APPLICANT_COLUMNS] };
  }
  for (let c = 0; c < table.width; c++) {
    const parts: string[] = [];
    for (const row of headerRows) {
      const cell = row.cells.find((x) => x.c0 <= c && c <= x.c1);
      if (cell && cell.norm && parts[parts.length - 1] !== cell.norm) parts.push(cell.norm);
    }
    const key = columnKey(parts);
    if (key) byCol.set(c, key);
  }
  if (byCol.size === 0) return null;
  const keys = APPLICANT_COLUMNS.filter((k) => [...byCol.values()].includes(k));
  return { byCol, keys };
}

function columnKey(parts: string[]): ApplicantColumn | null {
  const path = parts.join('/');
  const leaf = parts[parts.length - 1] ?? '';
  if (hasAny(path, ['勾稽', '第一项'])) return null;
  for (const [key, words] of COLUMN_WORDS) if (hasAny(leaf, words)) return key;
  if (OTHER_ORG_LEAF.includes(leaf)) return 'otherOrg';
  for (const [key, words] of COLUMN_WORDS) if (key !== 'total' && hasAny(path, words)) return key;
  return null;
}

function sequenceColumns<K extends string>(keys: readonly K[]): ColumnMap<K> {
  return { byCol: new Map(), keys: [...keys] };
}

/** Dotted paths → nested rows object ("denied.stateSecret" → rows.denied.stateSecret). */
function nest(flat: Record<string, ApplicantRow>): Applications['rows'] {
  const out: Record<string, unknown> = {};
  for (const [path, row] of Object.entries(flat)) {
    const [head, sub] = path.split('.');
    if (!sub) out[head] ??= row;
    // A page printing both the 2019 single （六） row and 2021 sub-rows keeps the single row.
    else if (!isApplicantRow(out[head])) ((out[head] ??= {}) as Record<string, ApplicantRow>)[sub] = row;
  }
  return out as Applications['rows'];
}

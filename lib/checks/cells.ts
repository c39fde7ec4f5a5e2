import {
  APPLICANT_COLUMNS,
  DENIED_KEYS,
  isApplicantRow,
  NOT_PROCESSED_KEYS,
  OTHER_KEYS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  UNAVAILABLE_KEYS,
  type ApplicantRow,
  type Applications,
  type Cell,
  type CellRef,
  type Report,
  type TableId,
} from '../model/types';

/** A cell together with its reference, as the rules read it. */
export interface Item {
  ref: CellRef;
  cell: Cell;
}

/** A null value counts as 0 in arithmetic (rules.md). */
export const num = (c: Cell | undefined): number => c?.value ?? 0;

/** Blank = no value and nothing printed (as opposed to "/", "—", "无"). */
export const isBlank = (c: Cell): boolean => c.value === null && c.text.trim() === '';

function isCell(x: unknown): x is Cell {
  return !!x && typeof x === 'object' && 'text' in x && 'value' in x;
}

/** Resolve a dotted 表三 row path ("denied.stateSecret", "subtotals.denied"). */
export function appRow(apps: Applications, path: string): ApplicantRow | undefined {
  const [head, tail] = path.split('.');
  const base: unknown = head === 'subtotals' ? apps.subtotals : (apps.rows as Record<string, unknown>)[head];
  const row = tail === undefined ? base : (base as Record<string, unknown> | undefined)?.[tail];
  return isApplicantRow(row) ? row : undefined;
}

/** 表三 sub-row paths of （六）其他处理: the 2019 single row or the 2021 three sub-rows. */
export function otherPaths(report: Report): string[] {
  const other = report.applications?.rows.other;
  if (isApplicantRow(other)) return ['other'];
  if (other || report.format !== '2019') return OTHER_KEYS.map((k) => `other.${k}`);
  return ['other'];
}

/** Paths of the parts of （七）总计, in template order. */
export function resultPartPaths(report: Report): string[] {
  return [
    'granted',
    'partiallyGranted',
    ...DENIED_KEYS.map((k) => `denied.${k}`),
    ...UNAVAILABLE_KEYS.map((k) => `unavailable.${k}`),
    ...NOT_PROCESSED_KEYS.map((k) => `notProcessed.${k}`),
    ...otherPaths(report),
  ];
}

/** Every 表三 row present, in template order, subtotals last. */
export function appRows(report: Report): [string, ApplicantRow][] {
  const apps = report.applications;
  if (!apps) return [];
  const paths = ['newReceived', 'carriedOver', ...resultPartPaths(report), 'resultTotal', 'carriedForward'];
  const subs = Object.keys(apps.subtotals ?? {}).map((g) => `subtotals.${g}`);
  const out: [string, ApplicantRow][] = [];
  for (const p of [...paths, ...subs]) {
    const row = appRow(apps, p);
    if (row) out.push([p, row]);
  }
  return out;
}

export const ref = (table: TableId, row: string, column: string): CellRef => ({ table, row, column });

/** Every cell of 表二, 表三, 表四 and the legacy table, in page order. */
export function allCells(report: Report): Item[] {
  const out: Item[] = [];
  for (const [item, cols] of Object.entries(report.active ?? {}))
    for (const [col, cell] of Object.entries(cols ?? {})) if (isCell(cell)) out.push({ ref: ref('active', item, col), cell });
  for (const [path, row] of appRows(report))
    for (const col of APPLICANT_COLUMNS) {
      const cell = row[col];
      if (cell) out.push({ ref: ref('applications', path, col), cell });
    }
  for (const g of REVIEW_GROUPS)
    for (const col of REVIEW_COLUMNS) {
      const cell = report.reviewLitigation?.[g]?.[col];
      if (cell) out.push({ ref: ref('reviewLitigation', g, col), cell });
    }
  report.legacy?.rows.forEach((row, i) =>
    row.values.forEach((cell, j) => cell && out.push({ ref: ref('legacy', String(i), String(j)), cell })),
  );
  return out;
}

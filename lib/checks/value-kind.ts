import type { CellRef, Report } from '../model/types';

/**
 * What a cell may hold. Counts: whole numbers ≥ 0. 本年增/减 (2019 表二 `change`): signed whole
 * numbers. Amounts (万元, 元, legacy 费用/经费 rows): ≥ 0 with decimals.
 */
export type ValueKind = 'count' | 'signed' | 'amount';

/** Legacy row labels or units that mark an amount rather than a count. */
const LEGACY_AMOUNT = /费用|经费|万元|元|%|率/;

export function valueKind(report: Report, r: CellRef): ValueKind {
  if (r.table === 'active') return r.column === 'change' ? 'signed' : r.column === 'amount' ? 'amount' : 'count';
  if (r.table === 'legacy') {
    const row = report.legacy?.rows[Number(r.row)];
    return row && LEGACY_AMOUNT.test(`${row.label}${row.unit ?? ''}`) ? 'amount' : 'count';
  }
  return 'count';
}


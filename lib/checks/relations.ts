import { APPLICANT_COLUMNS, DENIED_KEYS, NOT_PROCESSED_KEYS, OTHER_KEYS, REVIEW_GROUPS, UNAVAILABLE_KEYS } from '../model/types';
import type { ApplicantColumn, CellRef, Report } from '../model/types';
import { appRow, appRows, isBlank, ref, resultPartPaths, type Item } from './cells';
import { same, sum } from './decimal';

/**
 * The additive relations of 表三 and 表四 (Σ lhs = Σ rhs). Every rule sees all of them because
 * the culprit heuristic needs every failing relation, whichever rule owns it. Not cached: the
 * model may be edited between runs and ~100 sums are cheap.
 */
export interface Relation {
  rule: string;
  /** The row, column or group (the finding's `where`). */
  where: string;
  /** The total side, reported as `actual` (one cell for totals; 总计 + 结转下年度 for the balance). */
  lhs: Item[];
  rhs: Item[];
  lhsSum: number;
  rhsSum: number;
  holds: boolean;
}

const PARTS = APPLICANT_COLUMNS.filter((c) => c !== 'total');
const GROUP_KEYS: Record<string, readonly string[]> = {
  denied: DENIED_KEYS,
  unavailable: UNAVAILABLE_KEYS,
  notProcessed: NOT_PROCESSED_KEYS,
  other: OTHER_KEYS,
};

function make(rule: string, where: string, lhs: (Item | null)[], rhs: (Item | null)[]): Relation | null {
  // A cell absent from the model is reported by structure.missing; the relation is skipped.
  if (lhs.some((x) => !x) || rhs.some((x) => !x)) return null;
  const l = lhs as Item[];
  const r = rhs as Item[];
  const lhsSum = sum(l.map((x) => x.cell.value));
  const rhsSum = sum(r.map((x) => x.cell.value));
  return { rule, where, lhs: l, rhs: r, lhsSum, rhsSum, holds: same(lhsSum, rhsSum) };
}

function applicationRelations(report: Report): (Relation | null)[] {
  const apps = report.applications;
  if (!apps) return [];
  const at = (path: string, col: ApplicantColumn): Item | null => {
    const cell = appRow(apps, path)?.[col];
    return cell ? { ref: ref('applications', path, col), cell } : null;
  };
  const out: (Relation | null)[] = [];
  for (const [path] of appRows(report))
    out.push(make('applications.rowTotal', path, [at(path, 'total')], PARTS.map((c) => at(path, c))));
  const parts = resultPartPaths(report);
  for (const col of APPLICANT_COLUMNS) {
    out.push(make('applications.resultTotal', col, [at('resultTotal', col)], parts.map((p) => at(p, col))));
    out.push(
      // lhs = the side most often wrong (（七）总计 first), so expected = 新收 + 上年结转.
      make('applications.balance', col, [at('resultTotal', col), at('carriedForward', col)], [
        at('newReceived', col),
        at('carriedOver', col),
      ]),
    );
  }
  for (const group of Object.keys(apps.subtotals ?? {})) {
    const subPaths = group === 'other' ? parts.filter((p) => p.startsWith('other')) : (GROUP_KEYS[group] ?? []).map((k) => `${group}.${k}`);
    if (!subPaths.length) continue;
    for (const col of APPLICANT_COLUMNS) {
      if (!appRow(apps, `subtotals.${group}`)?.[col]) continue;
      out.push(make('applications.subtotal', `subtotals.${group}`, [at(`subtotals.${group}`, col)], subPaths.map((p) => at(p, col))));
    }
  }
  return out;
}

function reviewRelations(report: Report): (Relation | null)[] {
  const rl = report.reviewLitigation;
  if (!rl) return [];
  return REVIEW_GROUPS.filter((g) => rl[g]).map((g) => {
    const at = (c: string): Item | null => {
      const cell = rl[g]?.[c as 'total'];
      return cell ? { ref: ref('reviewLitigation', g, c), cell } : null;
    };
    return make('reviewLitigation.total', g, [at('total')], ['upheld', 'corrected', 'other', 'pending'].map(at));
  });
}

// Every relation rule and the culprit heuristic ask for the relations; within one run of the
// checks the model does not change, so they are computed once per run (see withRelationMemo).
let memo: WeakMap<Report, Relation[]> | null = null;

export function relations(report: Report): Relation[] {
  const hit = memo?.get(report);
  if (hit) return hit;
  const out = [...applicationRelations(report), ...reviewRelations(report)].filter((r): r is Relation => !!r);
  memo?.set(report, out);
  return out;
}

/** Runs `fn` with relations computed at most once per report (checks run synchronously). */
export function withRelationMemo<T>(fn: () => T): T {
  const outer = memo;
  memo = new WeakMap();
  try {
    return fn();
  } finally {
    memo = outer;
  }
}

export const failing = (report: Report, rule: string): Relation[] =>
  relations(report).filter((r) => r.rule === rule && !r.holds);

/** The relation's single total cell, when it was left blank (its message says so). */
export const blankTotal = (r: Relation): boolean => r.lhs.length === 1 && isBlank(r.lhs[0].cell);

export const refs = (items: Item[]): CellRef[] => items.map((x) => x.ref);

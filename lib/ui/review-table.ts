/**
 * The review page's table as data: one row per report link (pending until it is checked), sorted
 * by a column and filtered by state. Kept out of the components so sorting 200 rows is tested
 * and costs one pass per change, not one per render.
 */
import { stateCode } from '@/lib/export/review-rows';
import { REVIEW_STATES, type Outcome, type ReviewState } from '@/lib/review/types';

export type SortKey = 'agency' | 'year' | 'format' | 'errors' | 'warnings' | 'state';
export const SORT_KEYS: SortKey[] = ['agency', 'year', 'format', 'errors', 'warnings', 'state'];
export type SortDir = 'asc' | 'desc';
export type Filter = 'all' | ReviewState;

export interface Row {
  /** Place in the list (the default order). */
  index: number;
  url: string;
  /** The link's text on the list page. */
  title: string;
  agency: string | null;
  year: number | null;
  format: string | null;
  errors: number;
  warnings: number;
  /** null: not checked (yet, or the run was cancelled). */
  state: ReviewState | null;
  outcome: Outcome | null;
}

const count = (o: Outcome, s: string) => ('report' in o ? o.report.findings.filter((f) => f.severity === s).length : 0);

export function rowOf(link: { url: string; title: string }, outcome: Outcome | null, index: number): Row {
  const report = outcome && 'report' in outcome ? outcome.report : null;
  return {
    index,
    url: link.url,
    title: link.title,
    agency: report?.agency ?? null,
    year: report?.year ?? null,
    format: report?.detected ? report.format : null,
    errors: outcome ? count(outcome, 'error') : 0,
    warnings: outcome ? count(outcome, 'warning') : 0,
    state: outcome ? stateCode(outcome) : null,
    outcome,
  };
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
const FORMAT_ORDER = ['2021', '2019', 'legacy'];
const rank = (xs: readonly string[], x: string | null) => (x === null ? null : xs.indexOf(x));

/** A row's value for a column: null sorts last in both directions (rows not checked, unknowns). */
function value(r: Row, key: SortKey): string | number | null {
  switch (key) {
    case 'agency':
      return r.agency;
    case 'year':
      return r.year;
    case 'format':
      return rank(FORMAT_ORDER, r.format);
    case 'errors':
      return r.state === null ? null : r.errors;
    case 'warnings':
      return r.state === null ? null : r.warnings;
    case 'state':
      return rank(REVIEW_STATES, r.state);
  }
}

/** Sorted copy; ties keep list order; no key: list order. */
export function sortRows(rows: Row[], key: SortKey | null, dir: SortDir): Row[] {
  if (!key) return [...rows].sort((a, b) => a.index - b.index);
  const sign = dir === 'asc' ? 1 : -1;
  return rows
    .map((r) => ({ r, v: value(r, key) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.r.index - b.r.index : a.v === null ? 1 : -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return c ? c * sign : a.r.index - b.r.index;
    })
    .map((x) => x.r);
}

/** The first click on a column: counts and years from the most, names from A. */
export const firstDir = (key: SortKey): SortDir => (key === 'errors' || key === 'warnings' || key === 'year' ? 'desc' : 'asc');

export function nextSort(current: { key: SortKey | null; dir: SortDir }, key: SortKey): { key: SortKey; dir: SortDir } {
  if (current.key !== key) return { key, dir: firstDir(key) };
  return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
}

export const matches = (r: Row, filter: Filter) => filter === 'all' || r.state === filter;

export interface Counts {
  total: number;
  done: number;
  /** Reports with an error finding (the counts line's 错误 N 份), with a warning, failed to load. */
  withErrors: number;
  withWarnings: number;
  failed: number;
  byState: Record<ReviewState, number>;
}

export function countRows(rows: Row[]): Counts {
  const byState = Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<ReviewState, number>;
  const c: Counts = { total: rows.length, done: 0, withErrors: 0, withWarnings: 0, failed: 0, byState };
  for (const r of rows) {
    if (r.state === null) continue;
    c.done++;
    byState[r.state]++;
    if (r.errors) c.withErrors++;
    if (r.warnings) c.withWarnings++;
    if (r.state === 'failed') c.failed++;
  }
  return c;
}

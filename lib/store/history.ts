/**
 * Reports the extension has read, kept for next year's history.* checks (IndexedDB, lib/store/db).
 * One per agency and year: the newest read wins; over HISTORY_CAP the oldest read are dropped.
 * IndexedDB may be missing or full (private windows, quota): nothing here throws — callers get
 * false / null / 0, the failure is logged, and `historyUnavailable()` says why for the UI.
 */
import type { Report } from '../model/types';
import { norm } from '../text';
import { openDb, putCapped, type StoredReport } from './db';

/**
 * Reports kept; the oldest read is dropped first. A report is stored as it is (structured clone):
 * 7.5 KB median, 11.6 KB at most over the 49 fixture reports, so the cap bounds the store near 12 MB.
 */
export const HISTORY_CAP = 1000;

export function historyKey(agency: string, year: number): string {
  return `${norm(agency)}|${year}`;
}

let failure: string | null = null;
const failed = (what: string, err: unknown) => {
  failure = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  console.warn(`nianbao: history ${what} failed`, err);
};
const ok = () => void (failure = null);

/** Why the last history operation failed (null when it worked): the popup shows it. */
export function historyUnavailable(): string | null {
  return failure;
}

/** Without the history.* findings: a kept report never carries a comparison with another. */
function withoutHistory(report: Report): Report {
  const findings = report.findings.filter((f) => !f.rule.startsWith('history.'));
  return findings.length === report.findings.length ? report : { ...report, findings };
}

/** A table read: what the history rules compare (a page whose tables are in its attachment has none). */
const hasTables = (r: Report) => !!(r.active || r.applications || r.reviewLitigation || r.legacy);

/**
 * Keeps a report read now (replacing that agency's report for that year). False: not kept — not a
 * report, no agency or year, or no table (so revisiting a page whose tables are in its attachment
 * does not replace the report read from the attachment).
 */
export async function keepReport(report: Report, via: StoredReport['via'], now: number = Date.now()): Promise<boolean> {
  if (!report.detected || !report.agency || report.year === null || report.year === undefined || !hasTables(report)) return false;
  const entry: StoredReport = {
    key: historyKey(report.agency, report.year),
    agency: report.agency,
    year: report.year,
    readAt: now,
    via,
    report: withoutHistory(report),
  };
  try {
    await putCapped('reports', entry, HISTORY_CAP); // the oldest reads dropped over the cap
    ok();
    return true;
  } catch (err) {
    failed('keep', err);
    return false;
  }
}

/** The same agency's kept report for the year before, or null (unknown, or no store). */
export async function previousReport(report: Report): Promise<Report | null> {
  if (!report.agency || report.year === null || report.year === undefined) return null;
  try {
    const found = await (await openDb()).get('reports', historyKey(report.agency, report.year - 1));
    ok();
    return found?.report ?? null;
  } catch (err) {
    failed('read', err);
    return null;
  }
}

/** How many reports are kept, or null when the store cannot be read. */
export async function historySize(): Promise<number | null> {
  try {
    const n = await (await openDb()).count('reports');
    ok();
    return n;
  } catch (err) {
    failed('count', err);
    return null;
  }
}

export async function historyCount(): Promise<number> {
  return (await historySize()) ?? 0;
}

/** Forgets every kept report. Never throws; historyUnavailable() says when it failed. */
export async function clearHistory(): Promise<void> {
  try {
    await (await openDb()).clear('reports');
    ok();
  } catch (err) {
    failed('clear', err);
  }
}

/**
 * history.* in a review, as reports finish in any order: each report is compared with its agency's
 * report for the year before, the column's own when the column holds it (read now), else the one
 * kept from an earlier read. A report that finishes late updates the next year's, already shown.
 */
import { withHistory } from '../history';
import type { Report } from '../model/types';
import { norm } from '../text';

const key = (r: Report, dy = 0) => (r.detected && r.agency && r.year !== null && r.year !== undefined ? `${norm(r.agency)}|${r.year + dy}` : null);

export class ColumnHistory {
  /** Reports as read, without history findings. */
  private base = new Map<number, Report>();
  /** The kept year-before report, when the store had one. */
  private stored = new Map<number, Report>();
  /** `agency|year` → indexes of the column's reports with it, in list order. */
  private byKey = new Map<string, number[]>();

  /** Adds report `i` (and the kept year-before report, if any); returns the indexes whose report changed. */
  add(i: number, report: Report, storedPrevious?: Report | null): number[] {
    this.base.set(i, report);
    if (storedPrevious) this.stored.set(i, storedPrevious);
    const k = key(report);
    if (!k) return [i];
    const same = this.byKey.get(k) ?? [];
    same.push(i);
    same.sort((a, b) => a - b);
    this.byKey.set(k, same);
    // The next year's reports compare with the first of this year's in list order.
    const next = same[0] === i ? (this.byKey.get(key(report, 1)!) ?? []) : [];
    return [i, ...next];
  }

  /** Report `i` with its history findings (the column's year-before report first, else the kept one). */
  final(i: number): Report {
    const report = this.base.get(i)!;
    const k = key(report, -1);
    const j = k ? this.byKey.get(k)?.[0] : undefined;
    const previous = j !== undefined ? this.base.get(j)! : this.stored.get(i);
    return previous ? withHistory([previous, report])[1] : report;
  }
}

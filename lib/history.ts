import { bySeverity, RULES, runChecks } from './checks';
import type { Report } from './model/types';
import { norm } from './text';

const HISTORY = RULES.filter((r) => r.id.startsWith('history.'));

/**
 * Reports checked together (a bulk run of the CLI) can be compared with last year's: for each
 * report whose agency and year are known, the same agency's report for the year before, if it
 * is among them, feeds the history.* rules. Returns new reports; the inputs are not changed.
 */
export function withHistory(reports: Report[]): Report[] {
  const key = (r: Report) => (r.detected && r.agency && r.year !== null ? `${norm(r.agency)}|${r.year}` : null);
  const byKey = new Map<string, Report>();
  for (const r of reports) {
    const k = key(r);
    if (k && !byKey.has(k)) byKey.set(k, r);
  }
  return reports.map((report) => {
    const k = key(report);
    const previous = k && byKey.get(`${norm(report.agency!)}|${report.year! - 1}`);
    if (!previous) return report;
    // The other rules already ran with the page's prose; only the history rules are added.
    const history = runChecks({ report, narrative: '', previous }, HISTORY);
    if (!history.length) return report;
    return { ...report, findings: bySeverity([...report.findings, ...history]) };
  });
}

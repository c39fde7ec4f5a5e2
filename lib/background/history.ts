/**
 * A page's report, arriving in the background (nianbao:report): kept for next year's checks, and
 * answered with the same agency's report for the year before when one is kept, so the page can
 * read itself again with the history.* rules. Content scripts cannot reach the extension's
 * IndexedDB; the background does it for them.
 */
import type { ReportResponse } from '../messages';
import type { Report } from '../model/types';
import { keepReport, previousReport } from '../store/history';

export async function reportArrived(report: Report): Promise<ReportResponse> {
  // Both never throw (a store that cannot be opened keeps nothing and finds nothing).
  const [, previous] = await Promise.all([keepReport(report, 'page'), previousReport(report)]);
  return previous ? { ok: true, previous } : { ok: true };
}

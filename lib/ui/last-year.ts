/**
 * Extension pages that read a report themselves (核对附件, 核对草稿) compare it with the same
 * agency's report for the year before, when the extension has kept one (lib/store/history), and
 * may keep the report for next year's checks. Drafts are not kept: they are not published.
 */
import type { Analysis } from '../analyse';
import { withHistory } from '../history';
import type { Report } from '../model/types';
import type { StoredReport } from '../store/db';
import { keepReport, previousReport } from '../store/history';

export interface LastYear {
  /** With the history.* findings added when last year's report is known. */
  analysis: Analysis;
  /** The kept report it was compared with, or null. */
  previous: Report | null;
}
export type LastYearFn = (analysis: Analysis) => Promise<LastYear>;

/** Compares with last year's kept report; `keep` also keeps this report (never a draft's). */
export async function againstLastYear(analysis: Analysis, keep?: StoredReport['via']): Promise<LastYear> {
  const { report } = analysis;
  const [previous] = await Promise.all([previousReport(report), keep ? keepReport(report, keep) : false]);
  if (!previous) return { analysis, previous: null };
  // The other rules already ran; only the history rules are added (as in a CLI run of both years).
  const [checked] = withHistory([report, previous]);
  return { analysis: { ...analysis, report: checked }, previous };
}

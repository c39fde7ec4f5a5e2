/**
 * What the toolbar button says about a tab's report (pure, for tests). The badge counts error
 * *mistakes* in red, as the popup's cards do (findings grouped by culprit row, lib/ui/mistakes);
 * a clean report gets a calm green "✓"; a report with no readable table (images, attachment, prose
 * only) a grey icon and "?" (or its error count: a missing table is an error the popup lists too);
 * a non-report nothing. The title says the same in words, in the UI's language.
 */
import type { Report } from '../model/types';
import { t } from '../ui/i18n';
import { mistakeCounts } from '../ui/mistakes';

export type Say = (key: string, subs?: string | number | (string | number)[]) => string;

export interface BadgeState {
  text: string;
  color: string;
  title: string;
  /** Grey icon: a report with nothing readable. */
  icon: 'default' | 'gray';
}

export function hasTables(r: Report): boolean {
  return !!(r.applications || r.active || r.reviewLitigation || r.legacy);
}

const RED = '#d93025';
const GREY = '#5f6368';

export function badgeFor(report: Report | null | undefined, say: Say = t): BadgeState {
  if (!report) return { text: '', color: GREY, title: say('badgeTitle'), icon: 'default' };
  const counts = mistakeCounts(report.findings);
  const errors = counts.error;
  const also = counts.warning ? say('badgeTitleWarnings', counts.warning) : '';
  const count = errors > 99 ? '99+' : String(errors);
  if (!hasTables(report)) {
    const why = report.attachments?.length ? 'badgeWhyAttachment' : report.images ? 'badgeWhyImages' : 'badgeWhyNoTables';
    const title = say('badgeTitleUnreadable', say(why)) + (errors ? say('badgeTitleAlsoErrors', errors) : '');
    return { text: errors ? count : '?', color: errors ? RED : GREY, title, icon: 'gray' };
  }
  if (errors > 0) return { text: count, color: RED, title: say('badgeTitleErrors', errors) + also, icon: 'default' };
  return { text: '✓', color: '#188038', title: say('badgeTitleClean') + also, icon: 'default' };
}

/**
 * A list page of reports: no badge text (a number there reads as an error count), the title says
 * how many reports the column lists.
 */
export function columnBadge(reports: number, say: Say = t): BadgeState {
  return { text: '', color: GREY, title: say('badgeTitleColumn', reports), icon: 'default' };
}

/** How much of a report a frame holds: the frame with the most wins (ties: the lower frame id). */
export function reportScore(r: Report): number {
  return (
    (r.applications ? 8 : 0) +
    (r.active ? 4 : 0) +
    (r.reviewLitigation ? 2 : 0) +
    (r.legacy ? 2 : 0) +
    (r.detected ? 1 : 0)
  );
}

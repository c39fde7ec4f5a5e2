/**
 * What the toolbar button says about a tab's report (pure, for tests). The badge counts error
 * findings in red; a clean report gets a calm green "✓"; a report whose tables could not be read
 * (images, attachment) a grey "?"; a non-report nothing. The title says the same in words.
 */
import type { Report } from '../model/types';

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

export const EXT_TITLE = '年报';

export function hasTables(r: Report): boolean {
  return !!(r.applications || r.active || r.reviewLitigation || r.legacy);
}

export function badgeFor(report: Report | null | undefined): BadgeState {
  if (!report) return { text: '', color: '#5f6368', title: EXT_TITLE };
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const also = warnings ? `，另有 ${warnings} 处提示` : '';
  if (errors > 0) {
    return { text: errors > 99 ? '99+' : String(errors), color: '#d93025', title: `${EXT_TITLE}：发现 ${errors} 处错误${also}` };
  }
  if (!hasTables(report)) {
    const why = report.attachments?.length ? '报告在附件中' : report.images ? '表格是图片' : '未找到可读的表格';
    return { text: '?', color: '#5f6368', title: `${EXT_TITLE}：这是年度报告，但${why}` };
  }
  return { text: '✓', color: '#188038', title: `${EXT_TITLE}：表格数据一致，未发现错误${also}` };
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

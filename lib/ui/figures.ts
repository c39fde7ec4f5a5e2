import { ACTIVE_LAYOUT, REVIEW_GROUP_LABELS } from '@/lib/model/labels';
import { ACTIVE_COLUMNS_EN, ACTIVE_ITEMS_EN, REVIEW_GROUPS_EN } from './labels-en';
import { isApplicantRow, type ApplicantRow, type Cell, type Finding, type Report, type Severity } from '@/lib/model/types';

/**
 * What the summary shows, derived from the model without the DOM. Figures are the 总计 column;
 * a group (不予公开 …) is the sum of its sub-rows, or its 小计 row when the page prints one.
 */
export interface Figure {
  /** i18n key of the label. */
  key: string;
  /** Display text: the number, or the page's text when there is no number, or "—". */
  text: string;
}

const DASH = '—';

function cellText(cell: Cell | undefined): string {
  if (!cell) return DASH;
  if (cell.value !== null) return formatNumber(cell.value);
  return cell.text || DASH;
}

function formatNumber(n: number): string {
  // Plain digits, like the page prints them; amounts keep their decimals.
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1e6) / 1e6);
}

/** Sum of the rows' total cells; "—" when none has a number. */
function sumRows(rows: (ApplicantRow | undefined)[]): string {
  const values = rows.map((r) => r?.total?.value).filter((v): v is number => typeof v === 'number');
  return values.length ? formatNumber(values.reduce((a, b) => a + b, 0)) : DASH;
}

function group(report: Report, key: 'denied' | 'unavailable' | 'notProcessed' | 'other'): string {
  const apps = report.applications;
  if (!apps) return DASH;
  const sub = apps.subtotals?.[key];
  if (sub?.total) return cellText(sub.total);
  const g = apps.rows[key];
  if (!g) return DASH;
  // 2019 format: 其他处理 is one row.
  if (isApplicantRow(g)) return cellText(g.total);
  return sumRows(Object.values(g as Record<string, ApplicantRow>));
}

export function applicationFigures(report: Report): Figure[] {
  const rows = report.applications?.rows;
  if (!rows) return [];
  return [
    { key: 'fig_newReceived', text: cellText(rows.newReceived?.total) },
    { key: 'fig_carriedOver', text: cellText(rows.carriedOver?.total) },
    { key: 'fig_granted', text: cellText(rows.granted?.total) },
    { key: 'fig_partiallyGranted', text: cellText(rows.partiallyGranted?.total) },
    { key: 'fig_denied', text: group(report, 'denied') },
    { key: 'fig_unavailable', text: group(report, 'unavailable') },
    { key: 'fig_notProcessed', text: group(report, 'notProcessed') },
    { key: 'fig_other', text: group(report, 'other') },
    { key: 'fig_resultTotal', text: cellText(rows.resultTotal?.total) },
    { key: 'fig_carriedForward', text: cellText(rows.carriedForward?.total) },
  ];
}

export function reviewFigures(report: Report, lang: 'zh' | 'en' = 'zh'): { label: string; text: string }[] {
  const rl = report.reviewLitigation;
  if (!rl) return [];
  return (Object.keys(REVIEW_GROUP_LABELS) as (keyof typeof REVIEW_GROUP_LABELS)[])
    .filter((g) => rl[g])
    .map((g) => ({ label: lang === 'en' ? REVIEW_GROUPS_EN[g] : REVIEW_GROUP_LABELS[g], text: cellText(rl[g]?.total) }));
}

/** 表二 as label/value lines: "规章 · 本年制发件数" → "3". Follows the template's layout. */
export function activeFigures(report: Report, lang: 'zh' | 'en' = 'zh'): { label: string; text: string }[] {
  const active = report.active;
  if (!active) return [];
  const layout = ACTIVE_LAYOUT[report.format === '2019' ? '2019' : '2021'];
  const out: { label: string; text: string }[] = [];
  for (const block of layout) {
    for (const [item, itemLabel] of block.items) {
      const row = active[item];
      if (!row) continue;
      for (const [col, colLabel] of block.columns) {
        const name = lang === 'en' ? `${ACTIVE_ITEMS_EN[item] ?? item} · ${ACTIVE_COLUMNS_EN[col] ?? col}` : `${itemLabel} · ${colLabel}`;
        if (row[col]) out.push({ label: name, text: cellText(row[col]) });
      }
    }
  }
  return out;
}

/** The pre-2019 table, as printed: one line per row, values joined. */
export function legacyFigures(report: Report): { label: string; text: string }[] {
  const legacy = report.legacy;
  if (!legacy) return [];
  return legacy.rows.map((r) => ({ label: r.label, text: r.values.map(cellText).join(' / ') }));
}

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function bySeverity(findings: Finding[]): Record<Severity, Finding[]> {
  const out: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of findings) out[f.severity]?.push(f);
  return out;
}

export type ReportState = 'notReport' | 'unreadable' | 'clean' | 'problems';

/** Which of the popup's four states a report is in. */
export function reportState(report: Report | null | undefined): ReportState {
  if (!report || !report.detected) return 'notReport';
  const hasTables = !!(report.applications || report.active || report.reviewLitigation || report.legacy);
  if (!hasTables) return 'unreadable';
  return report.findings.some((f) => f.severity !== 'info') ? 'problems' : 'clean';
}

/** Why nothing is readable: images, an attachment, or neither (figures only in prose). */
export function unreadableReason(report: Report): 'images' | 'attachment' | 'none' {
  if (report.attachments?.length || report.findings.some((f) => f.rule === 'structure.attachment')) return 'attachment';
  if (report.images || report.findings.some((f) => f.rule === 'structure.image')) return 'images';
  return 'none';
}

export function templateKey(report: Report): string {
  return report.format ? `format_${report.format}` : 'format_unknown';
}

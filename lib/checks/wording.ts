import { ACTIVE_LAYOUT, APPLICANT_COLUMN_LABELS, APPLICATION_ROWS, GROUP_LABELS, REVIEW_COLUMN_LABELS, REVIEW_GROUP_LABELS } from '../model/labels';
import type { ApplicantColumn, CellRef, GroupKey, Report, ReviewColumn, ReviewGroup } from '../model/types';

/** Short row labels for messages; sub-rows get their group's label in front. */
const SHORT: Record<string, string> = {
  newReceived: '一、本年新收',
  carriedOver: '二、上年结转',
  granted: '（一）予以公开',
  partiallyGranted: '（二）部分公开',
  other: '（六）其他处理',
  resultTotal: '（七）总计',
  carriedForward: '四、结转下年度',
};

export function rowLabel(path: string): string {
  if (SHORT[path]) return SHORT[path];
  const [head, tail] = path.split('.');
  if (head === 'subtotals') return `${GROUP_LABELS[tail as GroupKey] ?? tail}小计`;
  const def = APPLICATION_ROWS.find((r) => r.path === path);
  const group = GROUP_LABELS[head as GroupKey];
  return def ? `${group ?? ''}${def.label}` : path;
}

export function colLabel(col: string): string {
  if (col === 'total') return '总计列';
  if (col === 'otherOrg') return '其他组织';
  return APPLICANT_COLUMN_LABELS[col as ApplicantColumn] ?? col;
}

export const groupLabel = (g: string): string => REVIEW_GROUP_LABELS[g as ReviewGroup] ?? g;
export const reviewColLabel = (c: string): string => REVIEW_COLUMN_LABELS[c as ReviewColumn] ?? c;

/** Table names as printed in the reports. */
export const TABLE_LABELS: Record<string, string> = {
  active: '表二（主动公开政府信息情况）',
  applications: '表三（收到和处理政府信息公开申请情况）',
  reviewLitigation: '表四（行政复议、行政诉讼情况）',
  legacy: '统计表',
};

/** A cell's place in words ("表三 一、本年新收·自然人"), for messages that list cells. */
export function cellLabel(report: Report, r: CellRef): string {
  switch (r.table) {
    case 'applications':
      return `${rowLabel(r.row)}·${r.column === 'total' ? '总计' : colLabel(r.column)}`;
    case 'reviewLitigation':
      return `${groupLabel(r.row)}·${reviewColLabel(r.column)}`;
    case 'active': {
      const blocks = report.format === '2019' ? ACTIVE_LAYOUT['2019'] : ACTIVE_LAYOUT['2021'];
      const item = blocks.flatMap((b) => b.items).find(([k]) => k === r.row)?.[1] ?? r.row;
      const col = blocks.flatMap((b) => b.columns).find(([k]) => k === r.column)?.[1] ?? r.column;
      return `${item}·${col}`;
    }
    case 'legacy': {
      const row = report.legacy?.rows[Number(r.row)]?.label ?? r.row;
      return `${row}·${report.legacy?.columns[Number(r.column)] ?? r.column}`;
    }
  }
  return `${r.row}·${r.column}`;
}

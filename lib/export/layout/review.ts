import { REVIEW_COLUMN_LABELS } from '../../model/labels';
import { REVIEW_COLUMNS, REVIEW_GROUPS, type Report } from '../../model/types';
import { cellText } from '../cell-text';
import { label, type GridCell, type TableLayout } from './types';
import { value } from './value';

const GROUP_PATH = { review: ['行政复议'], litigationDirect: ['行政诉讼', '未经复议直接起诉'], litigationAfterReview: ['行政诉讼', '复议后起诉'] };

/** 表四 as printed: a 3-level header (行政复议 | 行政诉讼 → 直接起诉 / 复议后起诉) over one row of 15. */
export function reviewLayout(report: Report): TableLayout | null {
  const rl = report.reviewLitigation;
  if (!rl) return null;
  const cols = REVIEW_COLUMNS.map((k) => REVIEW_COLUMN_LABELS[k]);
  const header: GridCell[][] = [
    [label('行政复议', 5), label('行政诉讼', 10)],
    [...cols.map((t) => label(t, 1, 2)), label('未经复议直接起诉', 5), label('复议后起诉', 5)],
    [...cols, ...cols].map((t) => label(t)),
  ];
  const data = REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((k) => value(rl[g]?.[k], 1, { table: 'reviewLitigation', row: g, column: k })));
  // Flattened one figure per line: 15 columns are too wide to read in Markdown.
  const flatRows = REVIEW_GROUPS.flatMap((g) =>
    REVIEW_COLUMNS.map((k) => ({ label: [...GROUP_PATH[g], REVIEW_COLUMN_LABELS[k]].join(' / '), values: [cellText(rl[g]?.[k])] })),
  );
  return {
    id: 'reviewLitigation',
    title: '四、政府信息公开行政复议、行政诉讼情况',
    width: 15,
    headerRows: 3,
    rows: [...header, data],
    flat: { rowHeader: '项目', columns: ['数量'], rows: flatRows },
  };
}

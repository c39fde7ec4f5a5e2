import type { Report } from '../../model/types';
import { cellText } from '../cell-text';
import { label, type TableLayout } from './types';
import { value } from './value';

/** The pre-2019 统计表, kept as printed: 统计指标 | 单位 | the printed value columns. */
export function legacyLayout(report: Report): TableLayout | null {
  const legacy = report.legacy;
  if (!legacy) return null;
  const n = legacy.columns.length;
  const pad = (i: number) => legacy.columns[i] ?? '';
  return {
    id: 'legacy',
    title: '政府信息公开情况统计表',
    width: 2 + n,
    headerRows: 1,
    rows: [
      [label('统计指标'), label('单位'), ...legacy.columns.map((c) => label(c))],
      ...legacy.rows.map((r, ri) => [
        label(r.label),
        label(r.unit ?? ''),
        ...Array.from({ length: n }, (_, i) => value(r.values[i], 1, { table: 'legacy', row: String(ri), column: String(i) })),
      ]),
    ],
    flat: {
      rowHeader: '统计指标',
      columns: ['单位', ...Array.from({ length: n }, (_, i) => pad(i))],
      rows: legacy.rows.map((r) => ({ label: r.label, values: [r.unit ?? '', ...Array.from({ length: n }, (_, i) => cellText(r.values[i]))] })),
    },
  };
}

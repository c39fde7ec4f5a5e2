import { ACTIVE_LAYOUT } from '../../model/labels';
import type { Report } from '../../model/types';
import { cellText } from '../cell-text';
import { label, type GridCell, type TableLayout } from './types';
import { value } from './value';

const WIDTH = 4; // 信息内容 + at most three value columns, as in both templates

/** The template of 表二: the report's, else guessed from its keys (2019 has 上一年项目数量 etc.). */
export function activeFormat(report: Report): '2021' | '2019' {
  if (report.format === '2021' || report.format === '2019') return report.format;
  const keys = Object.entries(report.active ?? {}).flatMap(([item, cols]) => [item, ...Object.keys(cols)]);
  return keys.some((k) => ['otherServices', 'procurement', 'made', 'previousItems', 'totalPublic'].includes(k)) ? '2019' : '2021';
}

/** 表二 as printed: per block a heading row, a column-header row, then one row per item. */
export function activeLayout(report: Report): TableLayout | null {
  const active = report.active;
  if (!active) return null;
  const rows: GridCell[][] = [];
  const columns: string[] = [];
  const flatRows: { label: string; values: string[] }[] = [];
  for (const block of ACTIVE_LAYOUT[activeFormat(report)]) {
    rows.push([label(block.heading, WIDTH)]);
    // A block with fewer columns stretches its last one, like the official 本年处理决定数量.
    const span = (i: number) => (i === block.columns.length - 1 ? WIDTH - block.columns.length : 1);
    rows.push([label('信息内容'), ...block.columns.map(([, text], i) => label(text, span(i)))]);
    const at = block.columns.map(([, text]) => (columns.includes(text) ? columns.indexOf(text) : columns.push(text) - 1));
    for (const [item, itemLabel] of block.items) {
      const cells = active[item] ?? {};
      rows.push([label(itemLabel), ...block.columns.map(([key], i) => value(cells[key], span(i), { table: 'active', row: item, column: key }))]);
      const values: string[] = [];
      block.columns.forEach(([key], i) => (values[at[i]] = cellText(cells[key])));
      flatRows.push({ label: `${block.heading} / ${itemLabel}`, values });
    }
  }
  for (const r of flatRows) r.values = Array.from({ length: columns.length }, (_, i) => r.values[i] ?? '');
  return {
    id: 'active',
    title: '二、主动公开政府信息情况',
    width: WIDTH,
    headerRows: 0,
    rows,
    flat: { rowHeader: '信息内容', columns, rows: flatRows },
  };
}

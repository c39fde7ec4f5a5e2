import type { Legacy, LegacyRow } from '../model/types';
import { hasAny, type Sink, type STable } from './stable';
import { parseCell } from '../values';

/**
 * The 2008–2018 统计表: rows differ by province and year, so they are kept as printed.
 * Recognised by its header (统计指标/指标名称, 单位, 统计数 or 本年/累计) and 申请 rows.
 */
const HEADER_WORDS = ['统计指标', '指标名称', '指标', '项目'];
const VALUE_WORDS = ['统计数', '数量', '本年', '累计', '年度', '合计'];
const UNIT_WORDS = ['单位', '计量单位'];

export function readLegacy(tables: STable[], sink: Sink): Legacy | null {
  for (const table of tables) {
    const headerAt = table.rows.findIndex((r) => {
      const words = r.cells.map((c) => c.norm);
      return words.some((w) => UNIT_WORDS.includes(w) || hasAny(w, HEADER_WORDS)) && words.some((w) => hasAny(w, VALUE_WORDS));
    });
    if (headerAt < 0) continue;
    const body = table.rows.slice(headerAt + 1);
    if (!body.some((r) => r.cells.some((c) => hasAny(c.norm, ['申请'])))) continue;
    const header = table.rows[headerAt].cells;
    const unitCell = header.find((c) => UNIT_WORDS.includes(c.norm));
    const valueHeads = header.filter((c) => c !== unitCell && c.c0 > (unitCell?.c1 ?? header[0].c1));
    const columns = valueHeads.map((c) => c.text.replace(/\s+/g, ''));
    const rows: LegacyRow[] = [];
    for (const row of body) {
      const labelCells = row.cells.filter((c) => c.c1 < (unitCell?.c0 ?? valueHeads[0]?.c0 ?? 1));
      const label = labelCells.map((c) => c.text.replace(/\s+/g, '')).join('');
      if (!label) continue;
      const index = String(rows.length);
      const values = valueHeads.map((h, i) => {
        const cell = row.cells.find((c) => c.c0 <= h.c0 && h.c0 <= c.c1 && !labelCells.includes(c));
        return sink.read({ table: 'legacy', row: index, column: String(i) }, cell);
      });
      if (!values.some((v) => v.text !== '') && !unitCell) continue;
      const entry: LegacyRow = { label, values };
      const unit = unitCell && row.cells.find((c) => c.c0 <= unitCell.c0 && unitCell.c0 <= c.c1)?.text.trim();
      if (unit && !parseCell(unit).value) entry.unit = unit;
      rows.push(entry);
    }
    if (rows.length >= 3) return { columns, rows };
  }
  return null;
}

import type { Finding, TableId } from '../model/types';
import { allCells, isBlank } from './cells';
import type { Rule } from './types';
import { TABLE_LABELS, cellLabel } from './wording';

const ID = 'value.blank';
/** How many cells a message names before "等". */
const NAMED = 5;

/** Cells left blank instead of 0: one warning per table, listing them (they count as 0). */
export const valueBlank: Rule = {
  id: ID,
  severity: 'warning',
  title: '单元格留空，应填 0',
  run({ report }) {
    const byTable = new Map<TableId, ReturnType<typeof allCells>>();
    // A legacy row with no value at all is a heading ("三、依申请公开情况"), not blanks.
    const heading = (row: string) => report.legacy?.rows[Number(row)]?.values.every(isBlank) ?? false;
    for (const item of allCells(report))
      if (isBlank(item.cell) && !(item.ref.table === 'legacy' && heading(item.ref.row))) byTable.set(item.ref.table, [...(byTable.get(item.ref.table) ?? []), item]);
    const out: Finding[] = [];
    for (const [table, items] of byTable) {
      const names = items.slice(0, NAMED).map((x) => cellLabel(report, x.ref)).join('、');
      out.push({
        rule: ID,
        severity: 'warning',
        where: table,
        message: `${TABLE_LABELS[table]}有 ${items.length} 个单元格留空（按 0 计算）：${names}${items.length > NAMED ? ' 等' : ''}`,
        cells: items.map((x) => x.ref),
      });
    }
    return out;
  },
};
export default valueBlank;

import { refKey, type Report } from '../model/types';
import { allCells } from './cells';
import { lastYear } from './history-common';
import type { Rule } from './types';

const ID = 'history.identical';

/** Every cell's value by position (legacy cells by row and column index). */
function values(report: Report): Map<string, number | null> {
  return new Map(allCells(report).map((x) => [refKey(x.ref), x.cell.value]));
}

/** Every table equals last year's: likely copied forward without updating. */
export const historyIdentical: Rule = {
  id: ID,
  severity: 'warning',
  title: '各统计表与上一年度报告完全相同',
  run(ctx) {
    const prev = lastYear(ctx);
    if (!prev) return [];
    const a = values(ctx.report);
    const b = values(prev);
    // All-zero tables (a body with nothing to report) may well repeat; that is not suspicious.
    if (!a.size || a.size !== b.size || ![...a.values()].some((v) => (v ?? 0) !== 0)) return [];
    for (const [k, v] of a) if (!b.has(k) || b.get(k) !== v) return [];
    return [{ rule: ID, severity: 'warning', where: 'report', message: '各统计表的数字与上一年度报告完全相同', cells: [] }];
  },
};
export default historyIdentical;

import { APPLICANT_COLUMNS, type Finding } from '../model/types';
import { ref } from './cells';
import { lastYear } from './history-common';
import type { Rule } from './types';
import { colLabel } from './wording';

const ID = 'history.carryOver';

/** This year's 上年结转 must equal last year's 结转下年度, per column. */
export const historyCarryOver: Rule = {
  id: ID,
  severity: 'warning',
  title: '上年结转与上一年度报告的结转下年度不一致',
  run(ctx) {
    const prev = lastYear(ctx)?.applications?.rows.carriedForward;
    const now = ctx.report.applications?.rows.carriedOver;
    if (!prev || !now) return [];
    const out: Finding[] = [];
    for (const col of APPLICANT_COLUMNS) {
      const a = now[col];
      const b = prev[col];
      if (!a || !b || a.value === null || b.value === null || a.value === b.value) continue;
      out.push({
        rule: ID,
        severity: 'warning',
        where: col,
        message: `${colLabel(col)}：上年结转 ${a.value}，但上一年度报告的结转下年度为 ${b.value}`,
        expected: b.value,
        actual: a.value,
        cells: [ref('applications', 'carriedOver', col)],
      });
    }
    return out;
  },
};
export default historyCarryOver;

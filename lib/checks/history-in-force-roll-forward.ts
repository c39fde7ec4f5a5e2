import type { Finding } from '../model/types';
import { DOCUMENT_ITEMS, activeValue } from './active-items';
import { ref } from './cells';
import { lastYear } from './history-common';
import type { Rule } from './types';

const ID = 'history.inForceRollForward';

/** 2021 format: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止. */
export const historyInForceRollForward: Rule = {
  id: ID,
  severity: 'warning',
  title: '现行有效件数与上年现行有效 + 本年制发 − 本年废止不一致',
  run(ctx) {
    const prev = lastYear(ctx);
    if (!prev) return [];
    const out: Finding[] = [];
    for (const [item, name] of DOCUMENT_ITEMS) {
      const before = activeValue(prev, item, 'inForce');
      const issued = activeValue(ctx.report, item, 'issued');
      const repealed = activeValue(ctx.report, item, 'repealed');
      const inForce = activeValue(ctx.report, item, 'inForce');
      if (!before || !issued || !repealed || !inForce) continue;
      const expected = before.value + issued.value - repealed.value;
      if (expected === inForce.value) continue;
      out.push({
        rule: ID,
        severity: 'warning',
        where: item,
        message:
          `${name}：上年现行有效 ${before.value} + 本年制发 ${issued.value} − 本年废止 ${repealed.value} = ${expected}，` +
          `但现行有效件数为 ${inForce.value}`,
        expected,
        actual: inForce.value,
        cells: ['inForce', 'issued', 'repealed'].map((c) => ref('active', item, c)),
      });
    }
    return out;
  },
};
export default historyInForceRollForward;

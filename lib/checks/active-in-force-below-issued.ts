import type { Finding } from '../model/types';
import { DOCUMENT_ITEMS, activeValue } from './active-items';
import { ref } from './cells';
import type { Rule } from './types';

const ID = 'active.inForceBelowIssued';

/** 2021 format: what was issued this year and is not repealed is in force, so 现行有效 ≥ 本年制发. */
export const activeInForceBelowIssued: Rule = {
  id: ID,
  severity: 'warning',
  title: '表二：现行有效件数少于本年制发件数',
  run({ report }) {
    const out: Finding[] = [];
    for (const [item, name] of DOCUMENT_ITEMS) {
      const issued = activeValue(report, item, 'issued');
      const inForce = activeValue(report, item, 'inForce');
      if (!issued || !inForce || inForce.value >= issued.value) continue;
      out.push({
        rule: ID,
        severity: 'warning',
        where: item,
        message: `${name}：现行有效件数 ${inForce.value} 少于本年制发件数 ${issued.value}`,
        expected: issued.value,
        actual: inForce.value,
        cells: [ref('active', item, 'inForce'), ref('active', item, 'issued')],
      });
    }
    return out;
  },
};
export default activeInForceBelowIssued;

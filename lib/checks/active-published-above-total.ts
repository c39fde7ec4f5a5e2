import type { Finding } from '../model/types';
import { DOCUMENT_ITEMS, activeValue } from './active-items';
import { ref } from './cells';
import type { Rule } from './types';

const ID = 'active.publishedAboveTotal';

/** 2019 format: 本年新公开数量 ≤ 对外公开总数量 (what was published this year is public). */
export const activePublishedAboveTotal: Rule = {
  id: ID,
  severity: 'error',
  title: '表二：本年新公开数量不应大于对外公开总数量',
  run({ report }) {
    const out: Finding[] = [];
    for (const [item, name] of DOCUMENT_ITEMS) {
      const pub = activeValue(report, item, 'published');
      const total = activeValue(report, item, 'totalPublic');
      if (!pub || !total || pub.value <= total.value) continue;
      out.push({
        rule: ID,
        severity: 'error',
        where: item,
        message: `${name}：本年新公开数量 ${pub.value} 大于对外公开总数量 ${total.value}`,
        expected: total.value,
        actual: pub.value,
        cells: [ref('active', item, 'totalPublic'), ref('active', item, 'published')],
      });
    }
    return out;
  },
};
export default activePublishedAboveTotal;

import { relationRule } from './relation-rule';
import { blankTotal } from './relations';
import { groupLabel, reviewColLabel } from './wording';

/** 表四 each group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const reviewLitigationTotal = relationRule(
  'reviewLitigation.total',
  '表四：总计应等于结果维持、结果纠正、其他结果、尚未审结之和',
  (r) => {
    const parts = r.rhs.map((x) => `${reviewColLabel(x.ref.column)} ${x.cell.value ?? 0}`).join(' + ');
    const total = blankTotal(r) ? '总计留空' : `总计为 ${r.lhsSum}`;
    return `${groupLabel(r.where)}：${total}，但${parts} = ${r.rhsSum}`;
  },
);
export default reviewLitigationTotal;

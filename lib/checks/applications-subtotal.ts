import { blankTotal } from './relations';
import { relationRule } from './relation-rule';
import { colLabel, rowLabel } from './wording';

/** Optional 小计 rows some bodies add: 小计 = Σ its group's sub-rows, per column. */
export const applicationsSubtotal = relationRule(
  'applications.subtotal',
  '表三小计行：小计应等于其各子项之和',
  (r) => {
    const col = colLabel(r.lhs[0].ref.column);
    const head = `${rowLabel(r.where)}·${col}`;
    return blankTotal(r)
      ? `${head}：小计留空，但各子项之和为 ${r.rhsSum}`
      : `${head}：小计为 ${r.lhsSum}，但各子项之和为 ${r.rhsSum}`;
  },
);
export default applicationsSubtotal;

import { blankTotal } from './relations';
import { relationRule } from './relation-rule';
import { rowLabel } from './wording';

/** 表三 each row: 总计 = 自然人 + the five 法人或其他组织 columns. */
export const applicationsRowTotal = relationRule(
  'applications.rowTotal',
  '表三每行：总计应等于各类申请人之和',
  (r) =>
    blankTotal(r)
      ? `${rowLabel(r.where)}：总计留空，但各类申请人之和为 ${r.rhsSum}`
      : `${rowLabel(r.where)}：总计为 ${r.lhsSum}，但各类申请人之和为 ${r.rhsSum}`,
);
export default applicationsRowTotal;

import { blankTotal } from './relations';
import { relationRule } from './relation-rule';
import { colLabel } from './wording';

/** 表三 each column: （七）总计 = （一）+（二）+ Σ（三）+ Σ（四）+ Σ（五）+ Σ（六）. */
export const applicationsResultTotal = relationRule(
  'applications.resultTotal',
  '表三每列：（七）总计应等于（一）至（六）各项之和',
  (r) =>
    blankTotal(r)
      ? `${colLabel(r.where)}：（七）总计留空，但（一）至（六）各项之和为 ${r.rhsSum}`
      : `${colLabel(r.where)}：（七）总计为 ${r.lhsSum}，但（一）至（六）各项之和为 ${r.rhsSum}`,
);
export default applicationsResultTotal;

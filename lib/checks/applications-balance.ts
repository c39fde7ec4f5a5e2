import { isBlank } from './cells';
import { relationRule } from './relation-rule';
import type { Relation } from './relations';
import { colLabel } from './wording';

const v = (r: Relation, side: 'lhs' | 'rhs', i: number): string => {
  const c = r[side][i].cell;
  return isBlank(c) ? '留空' : String(c.value ?? 0);
};

/** 表三 each column: 一、新收 + 二、上年结转 = （七）总计 + 四、结转下年度 (the printed 勾稽 note). */
export const applicationsBalance = relationRule(
  'applications.balance',
  '表三每列：新收 + 上年结转应等于办理结果总计 + 结转下年度',
  (r) =>
    `${colLabel(r.where)}：新收 ${v(r, 'rhs', 0)} + 结转 ${v(r, 'rhs', 1)} = ${r.rhsSum}，` +
    `但办理结果总计 ${v(r, 'lhs', 0)} + 结转下年度 ${v(r, 'lhs', 1)} = ${r.lhsSum}`,
);
export default applicationsBalance;

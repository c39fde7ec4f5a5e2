import type { Finding } from '../model/types';
import { culpritOrder } from './culprit';
import { failing, type Relation } from './relations';
import type { Rule } from './types';

/** An error rule that reports each failing relation it owns (see relations.ts). */
export function relationRule(id: string, title: string, message: (r: Relation) => string): Rule {
  return {
    id,
    severity: 'error',
    title,
    run: ({ report }): Finding[] =>
      failing(report, id).map((r) => ({
        rule: id,
        severity: 'error',
        where: r.where,
        message: message(r),
        expected: r.rhsSum,
        actual: r.lhsSum,
        cells: culpritOrder(report, r),
      })),
  };
}

import type { Rule } from './types';
import { belowRuleMakingLevel } from './agency-level';
import { ref } from './cells';

const ID = 'active.regulationsBelowLevel';

/** 规章 figures > 0 for a county-level (or lower) body, which cannot make 规章. */
export const activeRegulationsBelowLevel: Rule = {
  id: ID,
  severity: 'warning',
  title: '表二：县级及以下机关不能制定规章，但规章数字大于 0',
  run({ report }) {
    const level = belowRuleMakingLevel(report.agency);
    const cols = report.active?.regulations;
    if (!level || !cols) return [];
    const positive = Object.entries(cols).filter(([, c]) => (c?.value ?? 0) > 0);
    if (!positive.length) return [];
    const figures = positive.map(([, c]) => c.value).join('、');
    return [
      {
        rule: ID,
        severity: 'warning',
        where: 'regulations',
        message: `${report.agency}（${level}级及以下）无权制定规章，但表二“规章”填有 ${figures}`,
        expected: 0,
        cells: positive.map(([col]) => ref('active', 'regulations', col)),
      },
    ];
  },
};
export default activeRegulationsBelowLevel;

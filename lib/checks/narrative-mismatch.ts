import type { Finding } from '../model/types';
import { norm } from '../text';
import { APPROXIMATE, DISCLOSURE, FIGURES, OTHER_SUBJECT, PARTIAL_HANDLED, WIDER_SCOPE, type Target } from './narrative-patterns';
import { reading } from './narrative-reading';
import type { Rule } from './types';

const ID = 'narrative.mismatch';
/** Clauses comparing with another year (上年结转 is a row of this year's table, not one). */
const COMPARISON = /同比|去年|上一?年度?(?!结转)|较上|比上/;

/**
 * Sentences, normalised, with dates and years (2021年, 2021年度) removed so they are not figures.
 * A sentence naming an earlier year than the report's is about that year ("2024年收到申请120件"
 * in a 2025 report), and is left out.
 */
export function sentences(text: string, year: number | null = null): string[] {
  return text
    .split(/[。；;！!？?\n]/)
    .filter((s) => year === null || ![...norm(s).matchAll(/(\d{4})年/g)].some((m) => Number(m[1]) < year))
    .map((s) =>
      norm(s)
        .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
        .replace(/\d{4}年(\d{1,2}月(\d{1,2}日)?)?度?/g, '')
        .replace(/\d{1,2}月\d{1,2}日/g, ''),
    )
    .filter((s) => s && !WIDER_SCOPE.some((w) => s.includes(w)));
}

/** Figures stated in the prose: [target, number, clause]. */
export function statedFigures(text: string, year: number | null = null): [Target, number, string][] {
  const out: [Target, number, string][] = [];
  for (const s of sentences(text, year))
    for (const clause of s.split(',')) {
      if (COMPARISON.test(clause)) continue; // "较上年增加26件", "同比", "去年": another year's figure
      let appDone = OTHER_SUBJECT.some((w) => clause.includes(w));
      for (const f of FIGURES) {
        const isApp = f.target !== 'review' && f.target !== 'litigation';
        if (isApp && appDone) continue;
        const m = f.re.exec(clause);
        if (!m) continue;
        const before = clause.slice(0, m.index + m[0].indexOf(m[1]));
        const after = clause.slice(m.index + m[0].length);
        if (APPROXIMATE.test(before) || APPROXIMATE.test(after)) continue;
        if (f.needs === 'clause' && !clause.includes('申请')) continue;
        if (f.needs === 'sentence' && !s.includes('申请')) continue;
        if (f.needs === 'disclosure' && !DISCLOSURE.test(s)) continue;
        if (f.target === 'resultTotal' && PARTIAL_HANDLED.test(clause)) continue;
        out.push([f.target, Number(m[1]), clause]);
        if (isApp) appDone = true; // "收到并答复 36 件" is one figure, the number received
      }
    }
  return out;
}

/** A figure stated in the report's prose differs from the table cell it describes. */
export const narrativeMismatch: Rule = {
  id: ID,
  severity: 'warning',
  title: '正文所述数字与统计表不一致',
  run({ report, narrative }) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const [target, n, clause] of statedFigures(narrative ?? '', report.year)) {
      const r = reading(report, target);
      if (!r || r.accepted.includes(n) || seen.has(`${target}|${n}`)) continue;
      seen.add(`${target}|${n}`);
      out.push({
        rule: ID,
        severity: 'warning',
        where: target,
        message: `正文称“${clause}”，但${r.label}为 ${r.accepted[0]}`,
        expected: r.accepted[0],
        actual: n,
        cells: r.cells,
      });
    }
    return out;
  },
};
export default narrativeMismatch;

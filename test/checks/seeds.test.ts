import { describe, expect, it } from 'vitest';
import { runChecks } from '../../lib/checks';
import { anhua, anhuaNarrative, jingyuan, jingyuanNarrative, pingtan, pingtanNarrative, wuhua, wuhuaNarrative, yichuan, yichuanNarrative } from './seeds';

const errors = (fs: ReturnType<typeof runChecks>) => fs.filter((f) => f.severity === 'error');
const summary = (fs: ReturnType<typeof runChecks>) => fs.map((f) => `${f.rule}@${f.where}`).sort();

describe('seed reports (rules.md worked examples)', () => {
  it('安化 2021: resultTotal and balance fail on natural and total, 36 vs 0, nothing else', () => {
    const fs = runChecks({ report: anhua(), narrative: anhuaNarrative });
    expect(summary(errors(fs))).toEqual([
      'applications.balance@natural',
      'applications.balance@total',
      'applications.resultTotal@natural',
      'applications.resultTotal@total',
    ]);
    for (const f of errors(fs)) {
      expect(f.expected).toBe(36);
      expect(f.actual).toBe(0);
      expect(f.cells[0]).toEqual({ table: 'applications', row: 'resultTotal', column: f.where });
    }
    const rt = fs.find((f) => f.rule === 'applications.resultTotal' && f.where === 'total')!;
    expect(rt.message).toBe('总计列：（七）总计为 0，但（一）至（六）各项之和为 36');
    const bal = fs.find((f) => f.rule === 'applications.balance' && f.where === 'natural')!;
    expect(bal.message).toBe('自然人：新收 36 + 结转 0 = 36，但办理结果总计 0 + 结转下年度 0 = 0');
    // Its prose (36 received, 42 reviews) agrees with the table.
    expect(fs.filter((f) => f.rule === 'narrative.mismatch')).toEqual([]);
    expect(fs.filter((f) => f.severity !== 'error')).toEqual([]);
  });

  it('靖远 2019: the same pattern with 8', () => {
    const fs = runChecks({ report: jingyuan(), narrative: jingyuanNarrative });
    expect(summary(errors(fs))).toEqual([
      'applications.balance@natural',
      'applications.balance@total',
      'applications.resultTotal@natural',
      'applications.resultTotal@total',
    ]);
    for (const f of errors(fs)) expect([f.expected, f.actual]).toEqual([8, 0]);
    expect(fs.filter((f) => f.severity !== 'error')).toEqual([]);
  });

  it.each([
    ['五华', wuhua, wuhuaNarrative],
    ['伊川', yichuan, yichuanNarrative],
    ['平潭', pingtan, pingtanNarrative],
  ])('%s: consistent, no finding at all', (_, make, narrative) => {
    expect(runChecks({ report: make(), narrative })).toEqual([]);
  });
});

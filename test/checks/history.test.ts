import { describe, expect, it } from 'vitest';
import { historyCarryOver } from '../../lib/checks/history-carry-over';
import { historyIdentical } from '../../lib/checks/history-identical';
import { historyInForceRollForward } from '../../lib/checks/history-in-force-roll-forward';
import { cell, clone } from './build';
import { anhua, pingtan, wuhua } from './seeds';

const run = (rule: typeof historyCarryOver, report: ReturnType<typeof wuhua>, previous?: ReturnType<typeof wuhua> | null) =>
  rule.run({ report, narrative: '', previous });

describe('history.carryOver', () => {
  const thisYear = () => {
    const r = anhua();
    r.year = 2022;
    return r;
  };
  it('only when last year is known', () => {
    expect(run(historyCarryOver, thisYear())).toEqual([]);
    expect(run(historyCarryOver, thisYear(), null)).toEqual([]);
  });
  it('matches last year’s 结转下年度 per column', () => {
    const prev = anhua();
    expect(run(historyCarryOver, thisYear(), prev)).toEqual([]);
    prev.applications!.rows.carriedForward!.natural = cell(2);
    prev.applications!.rows.carriedForward!.total = cell(2);
    const fs = run(historyCarryOver, thisYear(), prev);
    expect(fs.map((f) => [f.where, f.severity, f.expected, f.actual])).toEqual([
      ['natural', 'warning', 2, 0],
      ['total', 'warning', 2, 0],
    ]);
    expect(fs[0].cells).toEqual([{ table: 'applications', row: 'carriedOver', column: 'natural' }]);
  });
  it('not against a report of another year than the one before', () => {
    const prev = anhua();
    prev.year = 2019;
    prev.applications!.rows.carriedForward!.total = cell(2);
    expect(run(historyCarryOver, thisYear(), prev)).toEqual([]);
  });
});

describe('history.inForceRollForward (2021 format)', () => {
  it('现行有效 = last year’s + 本年制发 − 本年废止', () => {
    const prev = anhua();
    prev.year = 2020;
    prev.active!.normativeDocuments.inForce = cell(77); // 77 + 19 − 8 = 88
    expect(run(historyInForceRollForward, anhua(), prev)).toEqual([]);
    prev.active!.normativeDocuments.inForce = cell(70);
    const fs = run(historyInForceRollForward, anhua(), prev);
    expect(fs.map((f) => [f.where, f.expected, f.actual])).toEqual([['normativeDocuments', 81, 88]]);
    expect(fs[0].message).toContain('70 + 本年制发 19 − 本年废止 8 = 81');
  });
  it('not when last year used the 2019 format (no 现行有效)', () => {
    const prev = wuhua();
    expect(run(historyInForceRollForward, anhua(), prev)).toEqual([]);
  });
});

describe('history.identical', () => {
  it('fires when every table equals last year’s', () => {
    const prev = clone(pingtan());
    prev.year = 2024;
    const fs = run(historyIdentical, pingtan(), prev);
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['history.identical', 'warning']]);
  });
  it('silent when one value differs, or without last year', () => {
    const prev = pingtan();
    prev.year = 2024;
    prev.active!.licensing.decisions = cell(101);
    expect(run(historyIdentical, pingtan(), prev)).toEqual([]);
    expect(run(historyIdentical, pingtan())).toEqual([]);
  });
  it('silent when all is zero (nothing to report both years)', () => {
    const zero = () => {
      const r = pingtan();
      for (const item of Object.values(r.active!)) for (const k of Object.keys(item)) item[k] = cell(0);
      r.applications = null;
      r.reviewLitigation = null;
      return r;
    };
    const prev = zero();
    prev.year = 2024;
    expect(run(historyIdentical, zero(), prev)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { narrativeMismatch, statedFigures } from '../../lib/checks/narrative-mismatch';
import { cell } from './build';
import { anhua, anhuaNarrative, jingyuan, jingyuanNarrative, pingtan, pingtanNarrative, wuhua, wuhuaNarrative } from './seeds';

const run = (report: ReturnType<typeof wuhua>, narrative: string) => narrativeMismatch.run({ report, narrative });

describe('narrative.mismatch', () => {
  it('reads the figures the seeds state', () => {
    expect(statedFigures(anhuaNarrative).map(([t, n]) => [t, n])).toEqual([
      ['newReceived', 36],
      ['review', 42],
    ]);
    expect(statedFigures(jingyuanNarrative).map(([t, n]) => [t, n])).toEqual([['newReceived', 8]]);
    expect(statedFigures(pingtanNarrative).map(([t, n]) => [t, n])).toEqual([
      ['newReceived', 154],
      ['resultTotal', 148],
      ['carriedForward', 6],
      ['review', 36],
      ['litigation', 9],
    ]);
  });

  it('no finding where prose and table agree (安化, 靖远, 五华, 平潭)', () => {
    expect(run(anhua(), anhuaNarrative)).toEqual([]);
    expect(run(jingyuan(), jingyuanNarrative)).toEqual([]);
    expect(run(wuhua(), wuhuaNarrative)).toEqual([]);
    expect(run(pingtan(), pingtanNarrative)).toEqual([]);
  });

  it.each([
    ['newReceived', '全区共收到政府信息公开申请155件，共办结148件。', 'applications', 'newReceived'],
    ['resultTotal', '全区共收到政府信息公开申请154件，共办结147件。', 'applications', 'resultTotal'],
    ['carriedForward', '共收到申请154件，结转下年度继续办理5件。', 'applications', 'carriedForward'],
    ['review', '因政府信息公开申请引发的行政复议35起。', 'reviewLitigation', 'review'],
    ['litigation', '因政府信息公开引发行政诉讼8起。', 'reviewLitigation', 'litigationDirect'],
  ])('fires on a different %s figure', (where, text, table, row) => {
    const fs = run(pingtan(), text);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ where, severity: 'warning' });
    expect(fs[0].cells[0]).toMatchObject({ table, row });
  });

  it('normalises full-width digits', () => {
    expect(run(pingtan(), '共收到政府信息公开申请１５５件。').map((f) => f.actual)).toEqual([155]);
  });

  it.each([
    ['a wider scope', '全市各级行政机关共收到政府信息公开申请2000件。'],
    ['all departments', '全区各部门共收到政府信息公开申请300件。'],
    ['another subject', '全年受理市长热线工单7565件，收到咨询申请40件。'],
    ['主动公开 items', '主动公开政府信息155条。'],
    ['last year carried over', '共收到申请154件，上年结转3件。'],
    ['an approximation', '共收到政府信息公开申请约200件。'],
    ['years and dates', '2025年1月1日至2025年12月31日共收到政府信息公开申请154件。'],
    ['all reviews, not about disclosure', '全年办理行政复议案件120件。'],
    ['an ambiguous 办理', '一年共办理各类政府信息公开申请27件。'],
    ['on-time part only', '共收到申请154件，按时办结140件。'],
  ])('says nothing for %s', (_, text) => expect(run(pingtan(), text)).toEqual([]));

  it('accepts the received figure including last year’s carried-over ones', () => {
    const r = pingtan();
    r.applications!.rows.carriedOver!.total = cell(2);
    expect(run(r, '共收到政府信息公开申请156件。')).toEqual([]);
  });

  it('silent without the table', () => {
    const r = pingtan();
    r.applications = null;
    r.reviewLitigation = null;
    expect(run(r, pingtanNarrative.replace('154', '999'))).toEqual([]);
  });
});

describe('narrative.mismatch: figures about another year are not this year’s', () => {
  const report = () => {
    const r = pingtan();
    r.year = 2025;
    return r;
  };
  it.each([
    '2024年收到政府信息公开申请120件。',
    '共收到政府信息公开申请154件，较上年增加26件。',
    '去年共收到政府信息公开申请120件。',
    '同比共收到政府信息公开申请多出30件。',
  ])('%s gives no finding', (text) => {
    expect(run(report(), text)).toEqual([]);
  });
  it('still compares this year’s figure in the same prose', () => {
    expect(run(report(), '2025年共收到政府信息公开申请155件，较上年增加27件。').map((f) => [f.where, f.actual])).toEqual([['newReceived', 155]]);
  });
});

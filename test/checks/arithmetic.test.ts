import { describe, expect, it } from 'vitest';
import { runChecks } from '../../lib/checks';
import { applicationsBalance } from '../../lib/checks/applications-balance';
import { applicationsResultTotal } from '../../lib/checks/applications-result-total';
import { applicationsRowTotal } from '../../lib/checks/applications-row-total';
import { applicationsSubtotal } from '../../lib/checks/applications-subtotal';
import { reviewLitigationTotal } from '../../lib/checks/review-litigation-total';
import { APPLICANT_COLUMNS, type ApplicantRow } from '../../lib/model/types';
import { cell } from './build';
import { pingtan, wuhua } from './seeds';

const ctx = (report = wuhua()) => ({ report, narrative: '' });
const at = (row: string, column: string) => ({ table: 'applications', row, column });

describe('applications.rowTotal', () => {
  it('holds on a consistent table', () => expect(applicationsRowTotal.run(ctx())).toEqual([]));

  it('reports a wrong total with the arithmetic, total first', () => {
    const report = wuhua();
    report.applications!.rows.newReceived!.total = cell(37);
    const [f, ...rest] = applicationsRowTotal.run(ctx(report));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ where: 'newReceived', severity: 'error', expected: 36, actual: 37 });
    expect(f.message).toBe('一、本年新收：总计为 37，但各类申请人之和为 36');
    expect(f.cells[0]).toEqual(at('newReceived', 'total'));
    expect(f.cells).toHaveLength(7);
  });

  it('names sub-rows by path and group', () => {
    const report = wuhua();
    report.applications!.rows.denied!.stateSecret!.commercial = cell(2);
    const [f] = applicationsRowTotal.run(ctx(report));
    expect(f.where).toBe('denied.stateSecret');
    expect(f.message).toContain('（三）不予公开1.属于国家秘密');
    // The wrong part also breaks its column's （七）总计: that intersection goes first.
    expect(f.cells[0]).toEqual(at('denied.stateSecret', 'commercial'));
  });

  it('a blank total with non-zero parts is an error saying it was left blank', () => {
    const report = wuhua();
    report.applications!.rows.granted!.total = cell(null);
    const [f] = applicationsRowTotal.run(ctx(report));
    expect(f.message).toBe('（一）予以公开：总计留空，但各类申请人之和为 27');
    expect(f.actual).toBe(0);
  });

  it('a blank that holds as 0 is only value.blank', () => {
    const report = wuhua();
    report.applications!.rows.granted!.research = cell(null);
    const fs = runChecks(ctx(report));
    expect(fs.map((f) => f.rule)).toEqual(['value.blank']);
  });

  it('skips a row that lacks a column (structure.missing reports it)', () => {
    const report = wuhua();
    delete report.applications!.rows.granted!.research;
    expect(applicationsRowTotal.run(ctx(report))).toEqual([]);
  });
});

describe('applications.resultTotal', () => {
  it('2019: the single （六）其他处理 row counts', () => {
    const report = wuhua();
    (report.applications!.rows.other as ApplicantRow).natural = cell(3);
    (report.applications!.rows.other as ApplicantRow).total = cell(3);
    const fs = applicationsResultTotal.run(ctx(report));
    expect(fs.map((f) => [f.where, f.expected, f.actual])).toEqual([
      ['natural', 37, 36],
      ['total', 37, 36],
    ]);
    expect(fs[0].message).toBe('自然人：（七）总计为 36，但（一）至（六）各项之和为 37');
  });

  it('2021: the three （六） sub-rows count', () => {
    const report = pingtan();
    const other = report.applications!.rows.other as Record<string, ApplicantRow>;
    other.noFee.total = cell(5);
    const fs = applicationsResultTotal.run(ctx(report));
    expect(fs.map((f) => f.where)).toEqual(['total']);
    expect(fs[0].cells[0]).toEqual(at('other.noFee', 'total'));
  });

  it('a blank （七）总计 says so', () => {
    const report = wuhua();
    report.applications!.rows.resultTotal!.natural = cell(null);
    const f = applicationsResultTotal.run(ctx(report)).find((x) => x.where === 'natural')!;
    expect(f.message).toBe('自然人：（七）总计留空，但（一）至（六）各项之和为 36');
  });
});

describe('applications.balance', () => {
  it('fires per column with the printed 勾稽 relation', () => {
    const report = wuhua();
    report.applications!.rows.carriedForward!.natural = cell(2);
    const fs = applicationsBalance.run(ctx(report));
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toBe('自然人：新收 36 + 结转 0 = 36，但办理结果总计 36 + 结转下年度 2 = 38');
    expect(fs[0].cells[0]).toEqual(at('carriedForward', 'natural'));
    expect(fs[0].cells).toHaveLength(4);
  });

  it('上年结转 takes part', () => {
    const report = wuhua();
    report.applications!.rows.carriedOver!.total = cell(1);
    expect(applicationsBalance.run(ctx(report)).map((f) => f.where)).toEqual(['total']);
  });
});

describe('applications.subtotal', () => {
  const withSubtotal = (n: number) => {
    const report = wuhua();
    const row: ApplicantRow = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c, cell(c === 'natural' || c === 'total' ? n : 0)]));
    report.applications!.subtotals = { denied: row };
    return report;
  };
  it('only when a 小计 row exists, and holds when it sums', () => {
    expect(applicationsSubtotal.run(ctx())).toEqual([]);
    expect(runChecks(ctx(withSubtotal(2))).filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('fires per column when it does not', () => {
    const fs = applicationsSubtotal.run(ctx(withSubtotal(3)));
    expect(fs.map((f) => [f.where, f.actual, f.expected])).toEqual([
      ['subtotals.denied', 3, 2],
      ['subtotals.denied', 3, 2],
    ]);
    expect(fs[0].message).toBe('（三）不予公开小计·自然人：小计为 3，但各子项之和为 2');
    expect(fs[0].cells[0]).toEqual(at('subtotals.denied', 'natural'));
  });
});

describe('reviewLitigation.total', () => {
  it('holds on the seeds', () => expect(reviewLitigationTotal.run(ctx())).toEqual([]));
  it('fires per group with the parts', () => {
    const report = wuhua();
    report.reviewLitigation!.litigationDirect!.total = cell(12);
    const fs = reviewLitigationTotal.run(ctx(report));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ where: 'litigationDirect', expected: 11, actual: 12 });
    expect(fs[0].message).toBe('行政诉讼（未经复议直接起诉）：总计为 12，但结果维持 9 + 结果纠正 1 + 其他结果 0 + 尚未审结 1 = 11');
    expect(fs[0].cells[0]).toEqual({ table: 'reviewLitigation', row: 'litigationDirect', column: 'total' });
  });
});

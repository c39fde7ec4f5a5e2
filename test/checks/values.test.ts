import { describe, expect, it } from 'vitest';
import { valueBlank } from '../../lib/checks/value-blank';
import { valueInvalid } from '../../lib/checks/value-invalid';
import { cell } from './build';
import { anhua, wuhua } from './seeds';

const ctx = (report: ReturnType<typeof wuhua>) => ({ report, narrative: '' });

describe('value.invalid', () => {
  it('accepts the seeds (signed 本年增/减, decimal 万元)', () => {
    expect(valueInvalid.run(ctx(wuhua()))).toEqual([]);
    expect(valueInvalid.run(ctx(anhua()))).toEqual([]);
  });
  it.each(['/', '／', '—', '——', '-', '－', '无', '\\', ''])('accepts the placeholder "%s"', (text) => {
    const report = wuhua();
    report.applications!.rows.granted!.research = cell(null, text);
    expect(valueInvalid.run(ctx(report))).toEqual([]);
  });
  it.each([
    ['negative count', cell(-1), 'reviewLitigation'],
    ['fractional count', cell(1.5), 'applications'],
    ['unreadable text', cell(null, 'abc'), 'applications'],
    ['annotated text', cell(null, '3件x'), 'active'],
  ])('rejects a %s', (_, bad, table) => {
    const report = wuhua();
    if (table === 'applications') report.applications!.rows.granted!.research = bad;
    if (table === 'reviewLitigation') report.reviewLitigation!.review!.upheld = bad;
    if (table === 'active') report.active!.licensing.decisions = bad;
    const fs = valueInvalid.run(ctx(report));
    expect(fs).toHaveLength(1);
    expect(fs[0].severity).toBe('error');
    expect(fs[0].cells[0].table).toBe(table);
  });
  it('a 万元 amount may have decimals but not be negative; 本年增/减 must be whole', () => {
    const report = wuhua();
    report.active!.procurement.amount = cell(-5);
    report.active!.fees.change = cell(1.5);
    expect(valueInvalid.run(ctx(report)).map((f) => f.where)).toEqual(['fees.change', 'procurement.amount']);
  });
  it('legacy: counts whole, 费用 rows may have decimals', () => {
    const report = wuhua();
    report.legacy = {
      columns: ['2017年度'],
      rows: [
        { label: '收到申请数', unit: '件', values: [cell(2.5)] },
        { label: '七、依申请公开信息收取的费用', unit: '万元', values: [cell(0.35)] },
      ],
    };
    expect(valueInvalid.run(ctx(report)).map((f) => f.where)).toEqual(['收到申请数']);
  });
});

describe('value.blank', () => {
  it('nothing blank in the seeds', () => expect(valueBlank.run(ctx(wuhua()))).toEqual([]));
  it('one warning per table listing all its blank cells; "/" is not blank', () => {
    const report = wuhua();
    report.applications!.rows.granted!.research = cell(null);
    report.applications!.rows.carriedForward!.otherOrg = cell(null);
    report.applications!.rows.carriedOver!.otherOrg = cell(null, '/');
    report.reviewLitigation!.review!.pending = cell(null);
    const fs = valueBlank.run(ctx(report));
    expect(fs.map((f) => [f.where, f.severity, f.cells.length])).toEqual([
      ['applications', 'warning', 2],
      ['reviewLitigation', 'warning', 1],
    ]);
    expect(fs[0].cells[0]).toEqual({ table: 'applications', row: 'granted', column: 'research' });
    expect(fs[0].message).toContain('2 个单元格留空');
  });
});

describe('value.blank (legacy)', () => {
  it('a heading row with no values is not blank; a blank value in a figure row is', () => {
    const report = wuhua();
    report.legacy = {
      columns: ['2017年度', '历年累计'],
      rows: [
        { label: '三、依申请公开情况', values: [cell(null), cell(null)] },
        { label: '收到申请数', unit: '件', values: [cell(3), cell(null)] },
      ],
    };
    const fs = valueBlank.run(ctx(report)).filter((f) => f.where === 'legacy');
    expect(fs.map((f) => f.cells)).toEqual([[{ table: 'legacy', row: '1', column: '1' }]]);
  });
});

import { describe, expect, it } from 'vitest';
import { activeInForceBelowIssued } from '../../lib/checks/active-in-force-below-issued';
import { activePublishedAboveTotal } from '../../lib/checks/active-published-above-total';
import { activeRegulationsBelowLevel } from '../../lib/checks/active-regulations-below-level';
import { belowRuleMakingLevel } from '../../lib/checks/agency-level';
import { valueUnit } from '../../lib/checks/value-unit';
import { cell } from './build';
import { anhua, wuhua, yichuan } from './seeds';

const ctx = (report: ReturnType<typeof wuhua>) => ({ report, narrative: '' });

describe('active.publishedAboveTotal (2019)', () => {
  it('holds on the seeds (equal is fine)', () => {
    expect(activePublishedAboveTotal.run(ctx(wuhua()))).toEqual([]);
    expect(activePublishedAboveTotal.run(ctx(yichuan()))).toEqual([]);
  });
  it('fires when 本年新公开 > 对外公开总数', () => {
    const report = yichuan();
    report.active!.normativeDocuments.published = cell(40);
    const [f, ...rest] = activePublishedAboveTotal.run(ctx(report));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', where: 'normativeDocuments', actual: 40, expected: 35 });
    expect(f.cells.map((c) => c.column)).toEqual(['totalPublic', 'published']);
  });
  it('does not apply to the 2021 format', () => expect(activePublishedAboveTotal.run(ctx(anhua()))).toEqual([]));
});

describe('active.inForceBelowIssued (2021)', () => {
  it('holds on 安化 (19 issued, 88 in force)', () => expect(activeInForceBelowIssued.run(ctx(anhua()))).toEqual([]));
  it('fires when 现行有效 < 本年制发', () => {
    const report = anhua();
    report.active!.normativeDocuments.inForce = cell(10);
    const fs = activeInForceBelowIssued.run(ctx(report));
    expect(fs.map((f) => [f.where, f.severity, f.expected, f.actual])).toEqual([['normativeDocuments', 'warning', 19, 10]]);
  });
});

describe('active.regulationsBelowLevel', () => {
  it.each([
    ['安化县人民政府', '县'],
    ['五华县发展和改革局', '县'],
    ['芙蓉镇人民政府', '镇'],
    ['某某乡人民政府', '乡'],
    ['广州市天河区人民政府', '区'],
    ['朝阳区人民政府', '区'],
    ['东城街道办事处', '街道'],
    ['达尔罕茂明安联合旗人民政府', '旗'],
  ])('%s is %s level', (agency, level) => expect(belowRuleMakingLevel(agency)).toBe(level));

  it.each(['广西壮族自治区人民政府', '上海市人民政府', '湖南省住房和城乡建设厅', '杭州市乡村振兴局', '交通运输部', null])(
    '%s can make 规章 (or is unknown)',
    (agency) => expect(belowRuleMakingLevel(agency)).toBeNull(),
  );

  it('fires for a county with 规章 > 0, naming the cells', () => {
    const report = wuhua();
    report.active!.regulations.totalPublic = cell(3);
    const fs = activeRegulationsBelowLevel.run(ctx(report));
    expect(fs.map((f) => [f.severity, f.where])).toEqual([['warning', 'regulations']]);
    expect(fs[0].cells).toEqual([{ table: 'active', row: 'regulations', column: 'totalPublic' }]);
  });
  it('not with 规章 all 0, nor for a province', () => {
    expect(activeRegulationsBelowLevel.run(ctx(wuhua()))).toEqual([]);
    const report = wuhua();
    report.active!.regulations.made = cell(3);
    report.agency = '湖南省人民政府';
    expect(activeRegulationsBelowLevel.run(ctx(report))).toEqual([]);
    report.agency = null;
    expect(activeRegulationsBelowLevel.run(ctx(report))).toEqual([]);
  });
});

describe('value.unit', () => {
  it('accepts 万元 figures of the seeds', () => {
    expect(valueUnit.run(ctx(anhua()))).toEqual([]);
    expect(valueUnit.run(ctx(wuhua()))).toEqual([]);
  });
  it('fires for 元 where 万元 is required', () => {
    const report = anhua();
    report.active!.fees.amount = { value: 62661800, text: '62661800元', unit: '元' };
    const fs = valueUnit.run(ctx(report));
    expect(fs.map((f) => [f.where, f.severity])).toEqual([['fees.amount', 'warning']]);
    expect(fs[0].message).toContain('元');
  });
  it('fires for a 万元 figure too large to be 万元', () => {
    const report = anhua();
    report.active!.fees.amount = cell(514472000);
    expect(valueUnit.run(ctx(report)).map((f) => f.where)).toEqual(['fees.amount']);
  });
  it('does not fire for 采购总金额, whose official header prints no unit', () => {
    const report = wuhua();
    report.active!.procurement.amount = { value: 357595, text: '357595 元', unit: '元' };
    expect(valueUnit.run(ctx(report))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatOutdated } from '../../lib/checks/format-outdated';
import { structureAttachment } from '../../lib/checks/structure-attachment';
import { structureImage } from '../../lib/checks/structure-image';
import { structureMissing } from '../../lib/checks/structure-missing';
import { runChecks } from '../../lib/checks';
import type { ApplicantRow } from '../../lib/model/types';
import { report } from './build';
import { anhua, wuhua } from './seeds';

const ctx = (r: ReturnType<typeof wuhua>) => ({ report: r, narrative: '' });
const wheres = (fs: { where: string }[]) => fs.map((f) => f.where);

describe('structure.missing', () => {
  it('nothing missing in complete 2019 and 2021 models', () => {
    expect(structureMissing.run(ctx(wuhua()))).toEqual([]);
    expect(structureMissing.run(ctx(anhua()))).toEqual([]);
  });
  it('a missing table, row, column, group and 表二 item', () => {
    const r = anhua();
    r.reviewLitigation = null;
    delete r.applications!.rows.denied!.queryMatter;
    r.applications!.columns = r.applications!.columns.filter((c) => c !== 'research');
    delete r.active!.fees;
    delete r.active!.regulations.repealed;
    const fs = structureMissing.run(ctx(r));
    expect(fs.every((f) => f.severity === 'error')).toBe(true);
    expect(wheres(fs)).toEqual(['reviewLitigation', 'regulations.repealed', 'fees', 'research', 'denied.queryMatter']);
  });
  it('per format: 2019 expects the single （六） row, 2021 its three sub-rows', () => {
    const r = anhua();
    r.applications!.rows.other = (r.applications!.rows.other as Record<string, ApplicantRow>).noCorrection;
    expect(wheres(structureMissing.run(ctx(r)))).toEqual(['other.noCorrection', 'other.noFee', 'other.other']);
    const w = wuhua();
    delete w.applications!.rows.other;
    expect(wheres(structureMissing.run(ctx(w)))).toEqual(['other']);
  });
  it('a 表四 column missing', () => {
    const r = wuhua();
    delete r.reviewLitigation!.review!.pending;
    expect(wheres(structureMissing.run(ctx(r)))).toEqual(['review.pending']);
  });
  it('a row that lost a cell names the row and keeps its other cells', () => {
    const r = wuhua();
    delete r.applications!.rows.granted!.natural;
    const [f] = structureMissing.run(ctx(r));
    expect(f.where).toBe('granted');
    expect(f.cells).toHaveLength(6);
  });
  it('not for legacy or unknown formats, undetected pages, or image/attachment-only reports', () => {
    expect(structureMissing.run(ctx(report({ format: 'legacy', year: 2015 })))).toEqual([]);
    expect(structureMissing.run(ctx(report({ format: null })))).toEqual([]);
    expect(structureMissing.run(ctx(report({ format: '2021', detected: false })))).toEqual([]);
    expect(structureMissing.run(ctx(report({ format: '2021', images: 3 })))).toEqual([]);
    expect(wheres(structureMissing.run(ctx(report({ format: '2021' }))))).toEqual(['active', 'applications', 'reviewLitigation']);
  });
});

describe('structure.image / structure.attachment', () => {
  const images = report({ format: '2021', year: 2022, images: 4 });
  const attached = report({ attachments: [{ url: 'https://x.gov.cn/a.pdf', text: '2022年年报.pdf' }] });
  it('info when no table was read', () => {
    expect(runChecks(ctx(images)).map((f) => [f.rule, f.severity])).toEqual([['structure.image', 'info']]);
    expect(runChecks(ctx(attached)).map((f) => [f.rule, f.severity])).toEqual([['structure.attachment', 'info']]);
    expect(structureAttachment.run(ctx(attached))[0].message).toContain('2022年年报.pdf');
  });
  it('silent when a table was read, or nothing to say', () => {
    const r = wuhua();
    r.images = 2;
    r.attachments = [{ url: 'https://x.gov.cn/a.pdf', text: 'a.pdf' }];
    expect(structureImage.run(ctx(r))).toEqual([]);
    expect(structureAttachment.run(ctx(r))).toEqual([]);
    expect(structureImage.run(ctx(report({})))).toEqual([]);
  });
});

describe('format.outdated', () => {
  it.each([
    [2022, '2019', 1],
    [2021, '2019', 1],
    [2020, '2021', 1],
    [2019, '2021', 1],
    [2019, 'legacy', 1],
    [2021, '2021', 0],
    [2020, '2019', 0],
    [2019, '2019', 0],
    [2017, 'legacy', 0],
  ] as const)('%i in the %s format: %i finding', (year, format, n) => {
    const fs = formatOutdated.run(ctx(report({ year, format })));
    expect(fs).toHaveLength(n);
    if (n) expect(fs[0].severity).toBe('warning');
  });
  it('silent without a year or format', () => {
    expect(formatOutdated.run(ctx(report({ year: null, format: '2019' })))).toEqual([]);
    expect(formatOutdated.run(ctx(report({ year: 2022, format: null })))).toEqual([]);
  });
});

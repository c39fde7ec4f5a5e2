import { describe, expect, it } from 'vitest';
import { legacySum } from '../../lib/checks/legacy-sum';
import type { Legacy } from '../../lib/model/types';
import { cell, report } from './build';

/** Rows as [label, values…]. */
const legacy = (columns: string[], rows: [string, ...(number | null)[]][]): Legacy => ({
  columns,
  rows: rows.map(([label, ...values]) => ({ label, unit: '件', values: values.map((v) => cell(v)) })),
});
const run = (l: Legacy, year = 2016) => legacySum.run({ report: report({ format: 'legacy', year, legacy: l }), narrative: '' });

/** The 2014 national rows of 三、依申请公开情况 and 四/五, consistent. */
const NATIONAL: [string, ...number[]][] = [
  ['三、依申请公开情况', 0, 0],
  ['(一)收到申请数', 10, 50],
  ['1.当面申请数', 2, 10],
  ['2.传真申请数', 0, 0],
  ['3.网络申请数', 7, 35],
  ['4.信函申请数', 1, 5],
  ['(二)申请办结数', 10, 50],
  ['1.按时办结数', 9, 48],
  ['2.延期办结数', 1, 2],
  ['(三)申请答复数', 10, 50],
  ['1.属于已主动公开范围数', 3, 10],
  ['2.同意公开答复数', 4, 20],
  ['3.同意部分公开答复数', 0, 5],
  ['4.不同意公开答复数', 2, 6],
  ['涉及国家秘密', 1, 1],
  ['涉及商业秘密', 0, 1],
  ['涉及个人隐私', 0, 1],
  ['危及国家安全、公共安全、经济安全和社会稳定', 0, 1],
  ['不是《条例》所指政府信息', 1, 1],
  ['法律法规规定的其他情形', 0, 1],
  ['5.不属于本行政机关公开数', 1, 4],
  ['6.申请信息不存在数', 0, 3],
  ['7.告知作出更改补充数', 0, 1],
  ['8.告知通过其他途径办理数', 0, 1],
  ['四、行政复议数量', 2, 5],
  ['(一)维持具体行政行为数', 1, 3],
  ['(二)被依法纠错数', 1, 1],
  ['(三)其他情形数', 0, 1],
  ['五、行政诉讼数量', 1, 2],
  ['(一)维持具体行政行为数', 1, 1],
  ['(二)被依法纠错数', 0, 0],
  ['(三)其他情形数', 0, 1],
  ['(三)从事政府信息公开工作人员数', 5, 5],
  ['1.专职人员数(不包括政府公报及政府网站工作人员数)', 2, 2],
  ['2.兼职人员数', 3, 3],
];
const copy = () => NATIONAL.map((r) => [...r]) as [string, ...number[]][];

describe('legacy.sum', () => {
  it('holds on a consistent national table', () => expect(run(legacy(['2016年度', '历年累计'], NATIONAL))).toEqual([]));

  it.each([
    [1, '(一)收到申请数'],
    [7, '(二)申请办结数'],
    [10, '(三)申请答复数'],
    [15, '4.不同意公开答复数'],
    [26, '四、行政复议数量'],
    [30, '五、行政诉讼数量'],
    [34, '(三)从事政府信息公开工作人员数'],
  ])('a wrong child (row %i) breaks %s, in that column only', (row, parent) => {
    const rows = copy();
    (rows[row][2] as number) += 1;
    const fs = run(legacy(['2016年度', '历年累计'], rows));
    expect(fs.map((f) => f.where)).toContain(parent);
    for (const f of fs) {
      expect(f.severity).toBe('error');
      expect(f.cells.every((c) => c.column === '1')).toBe(true);
      expect(f.cells.some((c) => c.row === String(row))).toBe(true);
    }
  });

  it('states the arithmetic, parent first', () => {
    const rows = copy();
    rows[1][1] = 11;
    const [f] = run(legacy(['2016年度', '历年累计'], rows));
    expect(f.message).toBe('(一)收到申请数（2016年度）：为 11，但 当面申请数 2 + 传真申请数 0 + 网络申请数 7 + 信函申请数 1 = 10');
    expect([f.expected, f.actual]).toEqual([10, 11]);
    expect(f.cells.map((c) => c.row)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('not when a child is absent', () => {
    const rows = copy().filter((r) => r[0] !== '2.传真申请数');
    rows[1][1] = 99;
    expect(run(legacy(['2016年度', '历年累计'], rows))).toEqual([]);
  });

  it('generic: a "…数" parent with consecutive numbered children (pre-2014 rows)', () => {
    const ok = legacy(['2012年'], [['受理申请总数', 6], ['1.自然人申请数', 4], ['2.法人申请数', 2], ['办结数', 6]]);
    expect(run(ok, 2012)).toEqual([]);
    const bad = legacy(['2012年'], [['受理申请总数', 7], ['1.自然人申请数', 4], ['2.法人申请数', 2], ['办结数', 6]]);
    expect(run(bad, 2012).map((f) => [f.where, f.expected, f.actual])).toEqual([['受理申请总数', 6, 7]]);
    // From 2014 the national table's listed relations alone apply.
    expect(run(bad, 2016)).toEqual([]);
  });

  it.each([
    ['a channel list (one item, several channels)', [['主动公开政府信息数', 10], ['1.政府网站公开数', 8], ['2.政府公报公开数', 5]]],
    ['a restart in numbering (nested lists)', [['答复数', 10], ['1.同意数', 4], ['2.不同意数', 3], ['1.涉密数', 3]]],
    ['a 其中 parent', [['其中：办结数', 10], ['1.按时数', 4], ['2.延期数', 3]]],
    ['a single numbered row', [['答复数', 10], ['1.同意数', 4]]],
  ] as [string, [string, number][]][])('generic rule skips %s', (_, rows) => {
    expect(run(legacy(['2012年'], rows), 2012)).toEqual([]);
  });

  it('a "/" column is skipped; a blank parent is an error saying so', () => {
    const rows: [string, ...(number | null)[]][] = [['收到申请数', null], ['1.当面申请数', 1], ['2.传真申请数', 0], ['3.网络申请数', 0], ['4.信函申请数', 0]];
    const l = legacy(['2016年度'], rows);
    expect(run(l)[0].message).toContain('留空');
    l.rows[0].values[0] = cell(null, '/');
    expect(run(l)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Report } from '../../lib/model/types';
import type { Outcome } from '../../lib/review/types';
import { countRows, matches, nextSort, rowOf, sortRows, type Row } from '../../lib/ui/review-table';

const report = (agency: string | null, year: number | null, errors: number, warnings: number, format: Report['format'] = '2021'): Report => ({
  schemaVersion: 1,
  source: { url: 'u', title: '' },
  detected: true,
  agency,
  year,
  format,
  sections: [],
  active: null,
  applications: {} as Report['applications'],
  reviewLitigation: null,
  legacy: null,
  findings: [
    ...Array.from({ length: errors }, () => ({ rule: 'applications.balance', severity: 'error' as const, where: '', cells: [], message: '' })),
    ...Array.from({ length: warnings }, () => ({ rule: 'value.blank', severity: 'warning' as const, where: '', cells: [], message: '' })),
  ],
});

const links = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => ({ url: `http://x.gov.cn/${x}.htm`, title: `标题 ${x}` }));
const outcomes: (Outcome | null)[] = [
  { input: links[0].url, report: report('平潭综合实验区', 2023, 2, 1) },
  { input: links[1].url, error: '服务器返回 HTTP 404 / HTTP 404' },
  { input: links[2].url, report: report('安化县人民政府', 2021, 4, 0, '2019') },
  null, // not checked yet
  { input: links[4].url, report: report('八步区', 2022, 0, 0) },
  { input: links[5].url, report: report('安化县人民政府', 2022, 0, 3) },
];
const rows = links.map((l, i) => rowOf(l, outcomes[i], i));
const order = (rs: Row[]) => rs.map((r) => r.index);

describe('the review table', () => {
  it('a row per link: counts and state from its outcome, pending without one', () => {
    expect(rows.map((r) => [r.state, r.errors, r.warnings])).toEqual([
      ['problems', 2, 1],
      ['failed', 0, 0],
      ['problems', 4, 0],
      [null, 0, 0],
      ['clean', 0, 0],
      ['problems', 0, 3],
    ]);
    expect(rows[3]).toMatchObject({ title: '标题 d', agency: null });
  });

  it('sorts by errors, most first on the first click, then the other way; pending rows stay last', () => {
    const s1 = nextSort({ key: null, dir: 'asc' }, 'errors');
    expect(s1).toEqual({ key: 'errors', dir: 'desc' });
    expect(order(sortRows(rows, s1.key, s1.dir))).toEqual([2, 0, 1, 4, 5, 3]);
    const s2 = nextSort(s1, 'errors');
    expect(s2.dir).toBe('asc');
    expect(order(sortRows(rows, s2.key, s2.dir))).toEqual([1, 4, 5, 0, 2, 3]);
  });

  it('sorts agencies in pinyin order, unknown last; years newest first; ties keep list order', () => {
    expect(order(sortRows(rows, 'agency', 'asc'))).toEqual([2, 5, 4, 0, 1, 3]); // 安化 安化 八步 平潭
    expect(order(sortRows(rows, 'year', 'desc'))).toEqual([0, 4, 5, 2, 1, 3]);
    expect(order(sortRows(rows, 'format', 'asc'))).toEqual([0, 4, 5, 2, 1, 3]);
    expect(order(sortRows(rows, null, 'asc'))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('sorts by state in the filter’s order and filters by state', () => {
    expect(order(sortRows(rows, 'state', 'asc'))).toEqual([4, 0, 2, 5, 1, 3]);
    expect(order(rows.filter((r) => matches(r, 'problems')))).toEqual([0, 2, 5]);
    expect(order(rows.filter((r) => matches(r, 'all')))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('counts: done, reports with errors, with warnings, failed', () => {
    const c = countRows(rows);
    expect(c).toMatchObject({ total: 6, done: 5, withErrors: 2, withWarnings: 2, failed: 1 });
    expect(c.byState).toMatchObject({ clean: 1, problems: 3, failed: 1, attachment: 0 });
  });

  it('sorts 200 rows in well under a frame', () => {
    const many = Array.from({ length: 200 }, (_, i) => rowOf({ url: `u${i}`, title: '' }, { input: `u${i}`, report: report(`机关${i % 37}`, 2000 + (i % 24), i % 5, i % 3) }, i));
    const t0 = performance.now();
    for (const k of ['agency', 'year', 'errors', 'state'] as const) sortRows(many, k, 'asc');
    expect(performance.now() - t0).toBeLessThan(50);
  });
});

import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMN_LABELS, APPLICATION_ROWS, GROUP_LABELS, REVIEW_COLUMN_LABELS } from '../../lib/model/labels';
import { ACTIVE_LAYOUT } from '../../lib/model/labels';
import { APPLICANT_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS, type ApplicantRow, type Report } from '../../lib/model/types';
import { cellText, tableToCsv, tableToTsv, toCsv, toTsv } from '../../lib/export';
import { sample2019, sample2021, sampleLegacy } from './sample-report';

/** The lines after the source line and its blank line. */
const lines = (tsv: string) => tsv.split('\r\n').slice(2, -1);
const grid = (tsv: string) => lines(tsv).map((l) => l.split('\t'));
const get = (r: Report, path: string) =>
  path.split('.').reduce<any>((o, k) => o?.[k], r.applications!.rows) as ApplicantRow | undefined;

/** Every 表三 model value sits in the row whose labels name it and the column headed by its label. */
function checkApplications(r: Report, g: string[][], format: '2019' | '2021') {
  const head = g.find((row) => row.includes('商业企业'))!;
  for (const def of APPLICATION_ROWS.filter((d) => !d.format || d.format === format)) {
    const rows = g.filter((row) => row.slice(0, 3).includes(def.label) && (!def.group || row[1] === GROUP_LABELS[def.group]));
    expect(rows, def.label).toHaveLength(1);
    if (def.group) expect(rows[0][0]).toBe('三、本年度办理结果');
    for (const k of APPLICANT_COLUMNS) expect(rows[0][head.indexOf(APPLICANT_COLUMN_LABELS[k])]).toBe(cellText(get(r, def.path)?.[k]));
  }
}

describe('toTsv', () => {
  it('lays out 表三 with 3 label columns and 7 values, CRLF, and labels where the template has them', () => {
    const r = sample2021();
    const tsv = toTsv(r);
    expect(tsv).not.toMatch(/[^\r]\n/);
    expect(tsv.endsWith('\r\n')).toBe(true);
    const g = grid(tableToTsv(r, 'applications'));
    expect(g[0]).toEqual(['三、收到和处理政府信息公开申请情况']);
    expect(g.slice(1).every((row) => row.length === 10)).toBe(true);
    checkApplications(r, g, '2021');
    expect(g.find((row) => row[0].startsWith('四、结转'))![3]).toBe(''); // blank stays blank, not 0
    checkApplications(sample2019(), grid(tableToTsv(sample2019(), 'applications')), '2019');
  });

  it('can leave spanned labels blank instead of repeating them', () => {
    const g = grid(tableToTsv(sample2021(), 'applications', { fill: false }));
    expect(g.filter((row) => row[0] === '三、本年度办理结果')).toHaveLength(1);
    expect(g.filter((row) => row[1] === '（三）不予公开')).toHaveLength(1);
  });

  it('puts each 表二 value under its column label within its block', () => {
    for (const r of [sample2021(), sample2019()]) {
      const g = grid(tableToTsv(r, 'active'));
      for (const block of ACTIVE_LAYOUT[r.format as '2021' | '2019']) {
        const at = g.findIndex((row) => row[0] === block.heading);
        const head = g[at + 1];
        for (const [item, itemLabel] of block.items) {
          const row = g.slice(at).find((x) => x[0] === itemLabel)!;
          for (const [col, colLabel] of block.columns) expect(row[head.indexOf(colLabel)]).toBe(cellText(r.active![item][col]));
        }
      }
    }
    const tsv = tableToTsv(sample2019(), 'active');
    expect(tsv).toContain('\t-475\t'); // a signed change is a plain number
    expect(tableToTsv(sample2021(), 'active')).toContain('\t51447.2'); // no unit, no separators
  });

  it('lays out 表四 with a 3-level header and 15 values', () => {
    const r = sample2021();
    const g = grid(tableToTsv(r, 'reviewLitigation'));
    expect(g[0]).toEqual(['四、政府信息公开行政复议、行政诉讼情况']);
    expect(g[1][0]).toBe('行政复议');
    expect(g[1][5]).toBe('行政诉讼');
    expect(g[2][5]).toBe('未经复议直接起诉');
    expect(g[2][10]).toBe('复议后起诉');
    const values = REVIEW_GROUPS.flatMap((grp) => REVIEW_COLUMNS.map((k) => cellText(r.reviewLitigation![grp]![k])));
    expect(g[4]).toEqual(values);
    expect(g[3]).toEqual([0, 1, 2].flatMap(() => REVIEW_COLUMNS.map((k) => REVIEW_COLUMN_LABELS[k])));
  });

  it('separates tables by one blank line, each with its title', () => {
    const l = lines(toTsv(sample2021()));
    const titles = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'];
    for (const t of titles.slice(1)) expect(l[l.indexOf(t) - 1]).toBe('');
    expect(l[0]).toBe(titles[0]);
    expect(l.filter((x) => x === '')).toHaveLength(2);
  });

  it('keeps the legacy table as printed and cleans tabs and newlines', () => {
    const g = grid(toTsv(sampleLegacy()));
    expect(g[1]).toEqual(['统计指标', '单位', '2016年度', '历年累计']);
    expect(g[2]).toEqual(['收到申请数', '件', '12', '300']);
    expect(g[3]).toEqual(['1.当面申请数', '件', '2', '—']);
    expect(g[4]).toEqual(['\'=HYPERLINK("x") "引号" 换行', '', '-3', '']); // a formula defused, -3 kept
  });
});

/** Minimal RFC 4180 reader for the tests. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') rows.at(-1)!.push(field), (field = '');
    else if (ch === '\r' && s[i + 1] === '\n') rows.at(-1)!.push(field), (field = ''), rows.push([]), i++;
    else field += ch;
  }
  rows.pop();
  return rows;
}

describe('toCsv', () => {
  it('starts with exactly one BOM, uses CRLF and the TSV layout', () => {
    const r = sample2021();
    const csv = toCsv(r);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
    expect(csv).not.toMatch(/[^\r]\n/);
    const rows = parseCsv(csv.slice(1)).slice(2);
    const tsv = grid(toTsv(r));
    expect(rows.map((x) => x.join('\t'))).toEqual(tsv.map((x) => x.join('\t')));
    expect(toCsv(r, { bom: false }).startsWith('\uFEFF')).toBe(false);
    expect(tableToCsv(r, 'legacy')).toBe('');
  });

  it('does not prefix negative numbers but guards formula-like text', () => {
    const csv = tableToCsv(sample2019(), 'active');
    expect(csv).toContain(',-475,');
    expect(csv).toContain(',-2,');
    expect(csv).toMatch(/,-,?/); // a "-" placeholder is not a formula
    const legacy = parseCsv(toCsv(sampleLegacy()).slice(1)).slice(2);
    expect(legacy[4]).toEqual(['\'=HYPERLINK("x")\t"引号"\n换行', '', '-3', '']);
    const r = sampleLegacy();
    r.legacy!.rows[0].values[0] = { value: null, text: '@SUM(A1)' };
    r.legacy!.rows[0].values[1] = { value: null, text: '+1' };
    expect(parseCsv(toCsv(r).slice(1)).slice(2)[2]).toEqual(['收到申请数', '件', "'@SUM(A1)", '+1']);
  });
});

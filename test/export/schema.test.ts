import { describe, expect, it } from 'vitest';
import { parseReport, ReportSchema, safeParseReport } from '../../lib/model/schema';
import { sample2019, sample2021, sampleLegacy } from './sample-report';

describe('ReportSchema', () => {
  it('accepts full valid reports of each template', () => {
    for (const r of [sample2021(), sample2019(), sampleLegacy()]) expect(parseReport(r)).toEqual(r);
    const bare = { ...sample2021(), detected: false, agency: null, year: null, format: null, active: null, applications: null, reviewLitigation: null, findings: [] };
    expect(safeParseReport(bare).success).toBe(true);
    expect(safeParseReport({ ...bare, attachments: [{ url: 'a.pdf', text: '附件' }], images: 3 }).success).toBe(true);
  });

  const bad: [string, (r: any) => void, RegExp][] = [
    ['wrong schemaVersion', (r) => (r.schemaVersion = 2), /schemaVersion/],
    ['value as string', (r) => (r.active.regulations.issued.value = '1'), /active/],
    ['missing text', (r) => delete r.applications.rows.granted.natural.text, /granted/],
    ['misspelt row key', (r) => (r.applications.rows.newRecieved = r.applications.rows.newReceived), /newRecieved/],
    ['unknown column', (r) => (r.applications.rows.granted.people = { value: 1, text: '1' }), /people/],
    ['2019 columns in a 2021 report', (r) => (r.active.licensing.previousItems = { value: 1, text: '1' }), /previousItems/],
    ['bad severity', (r) => (r.findings[0].severity = 'fatal'), /severity/],
    ['bad cell ref table', (r) => (r.findings[0].cells[0].table = 'x'), /table/],
    ['fractional year', (r) => (r.year = 2020.5), /year/],
    ['NaN value', (r) => (r.reviewLitigation.review.total.value = NaN), /review/],
    ['unknown format', (r) => (r.format = '2014'), /format/],
    ['missing findings', (r) => delete r.findings, /findings/],
  ];
  it.each(bad)('rejects %s with a readable message', (_, mutate, path) => {
    const r = sample2021();
    mutate(r);
    const res = safeParseReport(r);
    expect(res.success).toBe(false);
    if (!res.success) expect(res.error).toMatch(path);
    expect(() => parseReport(r)).toThrow(/invalid report model/);
  });

  it('rejects non-objects', () => {
    expect(ReportSchema.safeParse(null).success).toBe(false);
    expect(() => parseReport('x')).toThrow();
  });
});

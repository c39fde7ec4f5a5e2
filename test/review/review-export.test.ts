import { describe, expect, it } from 'vitest';
import { safeParseReport } from '../../lib/model/schema';
import type { Report } from '../../lib/model/types';
import type { Outcome } from '../../lib/review/types';
import { reviewFileName, reviewJson } from '../../lib/ui/review-export';

const report = (url: string): Report => ({
  schemaVersion: 1,
  source: { url, title: 't' },
  detected: true,
  agency: '洪泽区人民政府',
  year: 2023,
  format: '2021',
  sections: [],
  active: null,
  applications: null,
  reviewLitigation: null,
  legacy: null,
  findings: [],
});

describe('the review’s exports', () => {
  it('names files after the list’s host and the day', () => {
    expect(reviewFileName('http://www.pingtan.gov.cn/nb/index.html', 'xlsx', new Date(2026, 2, 9))).toBe('年报核对-www.pingtan.gov.cn-2026-03-09.xlsx');
    expect(reviewFileName(null, 'json', new Date(2026, 11, 31))).toBe('年报核对-review-2026-12-31.json');
  });

  it('JSON: one element per entry in list order, failures as { source: { url }, error }, a report read from its file under the page’s address', () => {
    const page = 'http://www.pingtan.gov.cn/nb/2025.htm';
    const file = 'http://www.pingtan.gov.cn/nb/P0.pdf';
    const outcomes: Outcome[] = [
      { input: page, report: report(file), attachment: file },
      { input: 'http://www.pingtan.gov.cn/nb/404.htm', error: '服务器返回 HTTP 404 / HTTP 404' },
      { input: 'http://www.pingtan.gov.cn/nb/2022.htm', report: report('http://www.pingtan.gov.cn/nb/2022.htm') },
    ];
    const json = JSON.parse(reviewJson(outcomes));
    expect(json.map((x: Report) => x.source.url)).toEqual(outcomes.map((o) => o.input));
    expect(json[1]).toEqual({ source: { url: outcomes[1].input }, error: '服务器返回 HTTP 404 / HTTP 404' });
    expect(safeParseReport(json[0]).success).toBe(true);
  });
});

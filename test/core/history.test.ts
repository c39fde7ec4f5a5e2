import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { withHistory } from '../../lib/history';
import type { Report } from '../../lib/model/types';
import { loadDocument, loadExpected } from '../helpers/fixtures';

/** Reports checked together are compared with the same agency's report for the year before. */
function anhua2021(): Report {
  const { url } = loadExpected('seed-001-anhua-2021-word');
  return analyse(loadDocument('seed-001-anhua-2021-word', url), url).report;
}
const nextYear = (r: Report, edit: (r: Report) => void = () => {}): Report => {
  const next: Report = structuredClone(r);
  next.year = r.year! + 1;
  edit(next);
  return next;
};
const history = (r: Report) => r.findings.filter((f) => f.rule.startsWith('history.')).map((f) => `${f.rule} @ ${f.where}`);

describe('withHistory', () => {
  it("flags 上年结转 that differs from last year's 结转下年度, per column", () => {
    const last = anhua2021();
    const now = nextYear(last, (r) => {
      // 现行有效 rolled forward consistently (88 + 19 − 8), so only the carry-over differs.
      r.active!.normativeDocuments.inForce = { value: 99, text: '99' };
      r.applications!.rows.carriedOver!.natural = { value: 5, text: '5' };
      r.applications!.rows.carriedOver!.total = { value: 5, text: '5' };
    });
    const [, checked] = withHistory([last, now]);
    expect(history(checked)).toEqual(['history.carryOver @ natural', 'history.carryOver @ total']);
    expect(history(withHistory([last, now])[0])).toEqual([]);
  });

  it('flags a report whose tables all equal last year’s', () => {
    const last = anhua2021();
    // A copy also fails to roll 现行有效 forward (88 ≠ 88 + 19 − 8).
    expect(history(withHistory([nextYear(last), last])[0])).toEqual([
      'history.inForceRollForward @ normativeDocuments',
      'history.identical @ report',
    ]);
  });

  it('compares only the same agency, one year apart, and leaves its inputs unchanged', () => {
    const last = anhua2021();
    const other = nextYear(last, (r) => (r.agency = '桃江县人民政府'));
    const twoYears = nextYear(nextYear(last));
    const before = JSON.stringify(other);
    expect(withHistory([last, other, twoYears]).map(history)).toEqual([[], [], []]);
    expect(JSON.stringify(other)).toBe(before);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analyse';
import { RULES } from '@/lib/checks';
import type { Finding, Report } from '@/lib/model/types';
import { ENGLISH, englishMessage } from '@/lib/ui/english';
import { mistakeDetails, mistakeTitle } from '@/lib/ui/mistake-text';
import { groupMistakes, mistakeCounts } from '@/lib/ui/mistakes';
import { fixtureNames, loadDocument, loadExpected } from '../helpers/fixtures';

const read = (name: string): Report => {
  const url = loadExpected(name).url;
  return analyse(loadDocument(name, url), url).report;
};
const title = (rule: string) => `「${rule}」`;
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

describe('one mistake per culprit row', () => {
  const anhua = read('seed-001-anhua-2021-word');

  it('安化 2021: four findings ((七)总计 left at 0) are one mistake keeping all four', () => {
    expect(anhua.findings).toHaveLength(4);
    const ms = groupMistakes(anhua.findings);
    expect(ms).toHaveLength(1);
    expect(ms[0].findings).toEqual(anhua.findings);
    expect(ms[0].culprit).toEqual({ table: 'applications', row: 'resultTotal', column: 'natural' });
    expect(mistakeCounts(anhua.findings)).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it('says what is wrong in one Chinese sentence, and in English', () => {
    const [m] = groupMistakes(anhua.findings);
    expect(mistakeTitle(m, anhua, 'zh', title)).toBe('（七）总计一行为 0，自然人、总计两列与各项之和、与收支平衡均不符');
    const en = mistakeTitle(m, anhua, 'en', title);
    expect(en).toBe('(7) Total row is 0: the Natural persons and Total columns disagree with the sum of items (1)–(6) and the balance of requests');
    expect(mistakeDetails(m, anhua, 'zh')).toEqual(anhua.findings.map((f) => f.message));
    expect(mistakeDetails(m, anhua, 'en').join(' ')).not.toMatch(CJK);
  });

  it('keeps different rows, severities and cell-less rules apart; groups cell-less findings of one rule', () => {
    const f = (rule: string, severity: Finding['severity'], row: string | null, column = 'natural'): Finding => ({
      rule, severity, where: row ?? 'x', message: rule, cells: row ? [{ table: 'applications', row, column }] : [],
    });
    const ms = groupMistakes([
      f('a', 'error', 'granted'), f('b', 'error', 'granted', 'total'), f('a', 'error', 'resultTotal'),
      f('c', 'warning', 'granted'), f('structure.missing', 'error', null), f('structure.missing', 'error', null),
      f('format.outdated', 'warning', null),
    ]);
    expect(ms.map((m) => m.findings.length)).toEqual([2, 1, 1, 2, 1]);
    expect(ms.flatMap((m) => m.findings)).toHaveLength(7);
  });

  it('a report with no readable tables: its three missing tables are one mistake', () => {
    const prose = read('markup-prose-only');
    expect(prose.findings.length).toBe(3);
    expect(mistakeCounts(prose.findings).error).toBe(1);
  });
});

describe('English messages', () => {
  it('has a template for every rule in the registry', () => {
    for (const r of RULES) expect(ENGLISH[r.id], r.id).toBeTypeOf('function');
  });

  // Every finding the fixtures produce, rendered in English: no Chinese except quoted page text.
  const reports = fixtureNames().map(read);
  const findings = reports.flatMap((r) => r.findings.map((f) => [r, f] as const));
  it('renders every fixture finding without Chinese outside quotes', () => {
    expect(findings.length).toBeGreaterThan(20);
    for (const [r, f] of findings) {
      const en = englishMessage(f, r);
      expect(en, f.rule).not.toBe(f.message);
      expect(en.replace(/“[^”]*”/g, ''), `${f.rule}: ${en}`).not.toMatch(CJK);
    }
  });

  it('renders a synthetic finding of every rule (so a new rule is covered even without a fixture)', () => {
    const r = reports.find((x) => x.applications && x.active && x.reviewLitigation)!;
    for (const rule of RULES) {
      const f: Finding = { rule: rule.id, severity: rule.severity, where: 'natural', message: '中文', expected: 2, actual: 1, cells: [] };
      const en = englishMessage(f, r);
      expect(en.replace(/“[^”]*”/g, ''), rule.id).not.toMatch(CJK);
      expect(en.length, rule.id).toBeGreaterThan(10);
    }
  });
});

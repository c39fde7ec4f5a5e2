import { describe, expect, it } from 'vitest';
import { RULES, runChecks, type Rule } from '../../lib/checks';
import { cell } from './build';
import { wuhua } from './seeds';

const IDS = [
  'applications.rowTotal', 'applications.resultTotal', 'applications.balance', 'applications.subtotal',
  'reviewLitigation.total', 'active.publishedAboveTotal', 'legacy.sum', 'value.invalid', 'structure.missing',
  'value.blank', 'value.unit', 'active.inForceBelowIssued', 'active.regulationsBelowLevel', 'format.outdated',
  'narrative.mismatch', 'history.carryOver', 'history.inForceRollForward', 'history.identical',
  'structure.image', 'structure.attachment',
];
const ERRORS = IDS.slice(0, 9);
const INFO = ['structure.image', 'structure.attachment'];

describe('RULES', () => {
  it('has every rule of rules.md once, with its severity and a Chinese title', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...IDS].sort());
    for (const r of RULES) {
      expect(r.severity).toBe(ERRORS.includes(r.id) ? 'error' : INFO.includes(r.id) ? 'info' : 'warning');
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('findings carry their rule’s id and severity', () => {
    const report = wuhua();
    report.applications!.rows.granted!.total = cell(null);
    report.year = 2022;
    for (const f of runChecks({ report, narrative: '' })) {
      const rule = RULES.find((r) => r.id === f.rule)!;
      expect(f.severity).toBe(rule.severity);
    }
  });
});

describe('runChecks', () => {
  it('sorts errors, warnings, info; stable within', () => {
    const mk = (id: string, severity: Rule['severity'], n: number): Rule => ({
      id,
      severity,
      title: '测试',
      run: () => Array.from({ length: n }, (_, i) => ({ rule: id, severity, where: String(i), message: '', cells: [] })),
    });
    const fs = runChecks({ report: wuhua(), narrative: '' }, [mk('i', 'info', 1), mk('w', 'warning', 2), mk('e', 'error', 2), mk('w2', 'warning', 1)]);
    expect(fs.map((f) => `${f.rule}${f.where}`)).toEqual(['e0', 'e1', 'w0', 'w1', 'w20', 'i0']);
  });

  it('skips a rule that throws and keeps the others', () => {
    const boom: Rule = { id: 'boom', severity: 'error', title: '测试', run: () => { throw new Error('x'); } };
    const report = wuhua();
    report.year = 2022;
    const fs = runChecks({ report, narrative: '' }, [boom, ...RULES]);
    expect(fs.map((f) => f.rule)).toEqual(['format.outdated']);
  });

  it('never throws on odd models', () => {
    const report = wuhua();
    (report.applications!.rows as Record<string, unknown>).denied = null;
    (report as unknown as Record<string, unknown>).active = { regulations: null };
    report.legacy = { columns: [], rows: [{ label: '收到申请数', values: [] }] };
    expect(() => runChecks({ report, narrative: undefined as unknown as string })).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { fixtureNames, loadDocument, loadExpected, modelCells } from '../helpers/fixtures';

/** The worked examples of rules.md, on every rendering of each seed report. */
function read(name: string) {
  const { url } = loadExpected(name);
  return analyse(loadDocument(name, url), url).report;
}
const renderings = (seed: string) => fixtureNames().filter((n) => n.startsWith(seed));
const errors = (name: string) =>
  read(name)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => ({ rule: f.rule, where: f.where, expected: f.expected, actual: f.actual, first: `${f.cells[0].row}.${f.cells[0].column}` }));

describe.each([
  ['seed-001-anhua-2021', 36],
  ['seed-003-jingyuan-2019', 8],
])('%s: （七）总计 left at 0', (seed, sum) => {
  it.each(renderings(seed))('%s gives exactly resultTotal and balance on natural and total', (name) => {
    expect(errors(name)).toEqual([
      { rule: 'applications.resultTotal', where: 'natural', expected: sum, actual: 0, first: 'resultTotal.natural' },
      { rule: 'applications.resultTotal', where: 'total', expected: sum, actual: 0, first: 'resultTotal.total' },
      { rule: 'applications.balance', where: 'natural', expected: sum, actual: 0, first: 'resultTotal.natural' },
      { rule: 'applications.balance', where: 'total', expected: sum, actual: 0, first: 'resultTotal.total' },
    ]);
    const balance = read(name).findings.find((f) => f.rule === 'applications.balance' && f.where === 'natural');
    expect(balance?.message).toBe(`自然人：新收 ${sum} + 结转 0 = ${sum}，但办理结果总计 0 + 结转下年度 0 = 0`);
  });
});

describe.each(['seed-000-wuhua-2020', 'seed-002-yichuan-2020'])('%s: consistent', (seed) => {
  it.each(renderings(seed))('%s gives no error', (name) => {
    expect(errors(name)).toEqual([]);
  });
});

describe('seed-004 芙蓉镇 2020 (cells lost in a PDF conversion)', () => {
  it.each(renderings('seed-004'))('%s reads "00" as 0 and does not crash', (name) => {
    const cell = modelCells(read(name))['applications.notProcessed.excessive.total'];
    expect(cell).toEqual({ value: 0, text: '00' });
  });
});

describe('pingtan-2025 (a real page)', () => {
  const report = read('pingtan-2025');
  it('reads all 10 表二, 175 表三 and 15 表四 cells', () => {
    const keys = Object.keys(modelCells(report));
    expect([
      keys.filter((k) => k.startsWith('active.')).length,
      keys.filter((k) => k.startsWith('applications.')).length,
      keys.filter((k) => k.startsWith('reviewLitigation.')).length,
    ]).toEqual([10, 175, 15]);
  });
  it('gives no finding: tables consistent, narrative figures match', () => {
    expect(report.findings).toEqual([]);
  });
});

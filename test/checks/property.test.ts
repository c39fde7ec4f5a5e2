import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../lib/checks';
import { allCells } from '../../lib/checks/cells';
import type { Cell, CellRef, Report } from '../../lib/model/types';
import { clone } from './build';
import { pingtan, wuhua, yichuan } from './seeds';

const same = (a: CellRef, b: CellRef) => a.table === b.table && a.row === b.row && a.column === b.column;

/** The model cell a reference names (found through the same walk the rules use). */
function cellAt(report: Report, r: CellRef): Cell {
  return allCells(report).find((x) => same(x.ref, r))!.cell;
}

const tableCells = (report: Report) =>
  allCells(report)
    .filter((x) => x.ref.table === 'applications' || x.ref.table === 'reviewLitigation')
    .map((x) => x.ref);

describe.each([
  ['五华 (2019)', wuhua],
  ['伊川 (2019)', yichuan],
  ['平潭 (2021)', pingtan],
])('%s: changing any single 表三/表四 value is caught', (_, make) => {
  it('starts consistent', () => {
    expect(runChecks({ report: make(), narrative: '' }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('every cell, +1: an error names it; in 表三 every error names it first', () => {
    const refs = tableCells(make());
    expect(refs.length).toBeGreaterThan(100);
    for (const r of refs) {
      const report = clone(make());
      const c = cellAt(report, r);
      c.value = (c.value ?? 0) + 1;
      c.text = String(c.value);
      const errs = runChecks({ report, narrative: '' }).filter((f) => f.severity === 'error');
      expect(errs.length, JSON.stringify(r)).toBeGreaterThan(0);
      expect(errs.some((f) => f.cells.some((x) => same(x, r)))).toBe(true);
      // In 表三 every cell is in a row and a column relation: the two failing ones meet at it.
      // (A 表四 cell is in one relation only, where the total goes first.)
      if (r.table === 'applications')
        for (const f of errs) expect(f.cells[0], `${f.rule}@${f.where} for ${JSON.stringify(r)}`).toEqual(r);
    }
  });

  it('any cell, any change (fast-check)', () => {
    const refs = tableCells(make());
    fc.assert(
      fc.property(fc.constantFrom(...refs), fc.integer({ min: -50, max: 50 }).filter((k) => k !== 0), (r, k) => {
        const report = clone(make());
        const c = cellAt(report, r);
        const v = (c.value ?? 0) + k;
        fc.pre(v >= 0);
        c.value = v;
        c.text = String(v);
        const errs = runChecks({ report, narrative: '' }).filter((f) => f.severity === 'error');
        return errs.some((f) => f.cells.some((x) => same(x, r)));
      }),
      { numRuns: 300 },
    );
  });
});

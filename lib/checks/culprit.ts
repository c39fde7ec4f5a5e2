import { refKey, type CellRef, type Report } from '../model/types';
import { relations, type Relation } from './relations';

/**
 * Order a finding's cells likeliest culprit first. A single wrong cell breaks every relation
 * it takes part in (its row's total and its column's total, or the balance), so the cell
 * shared by the most failing relations goes first; ties keep the given order (totals first).
 */
export function orderCells(cells: CellRef[], failingRelations: Relation[]): CellRef[] {
  const count = new Map<string, number>();
  for (const r of failingRelations)
    for (const x of [...r.lhs, ...r.rhs]) count.set(refKey(x.ref), (count.get(refKey(x.ref)) ?? 0) + 1);
  return cells
    .map((c, i) => ({ c, i, n: count.get(refKey(c)) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.c);
}

/** The relation's cells (total side first), culprit first, against all failing relations. */
export function culpritOrder(report: Report, rel: Relation): CellRef[] {
  const broken = relations(report).filter((r) => !r.holds);
  return orderCells([...rel.lhs, ...rel.rhs].map((x) => x.ref), broken);
}

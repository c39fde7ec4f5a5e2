import { allCells } from '../checks/cells';
import { cellLabel } from '../checks/wording';
import type { Report, TableId } from '../model/types';
import { cellNote } from '../values';

/**
 * What the page printed beside a figure ("58（其中修订16件）", "151*"): exports show the number,
 * so Excel can sum it, and list the cell's printed text under its table, one "注" line each.
 */
export function printedNotes(report: Report, table: TableId): string[] {
  return allCells(report)
    .filter(({ ref, cell }) => ref.table === table && cell.value !== null && cellNote(cell.text) !== null)
    .map(({ ref, cell }) => `注：${cellLabel(report, ref)}原文为“${cell.text}”`);
}

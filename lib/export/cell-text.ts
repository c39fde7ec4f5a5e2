import type { Cell } from '../model/types';

/**
 * What an export shows for a cell: the value as a plain number (no separators, so Excel sums
 * it), else the printed text ("/", "—", "" for blank). An absent cell is "" — never an invented 0.
 */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  if (cell.value !== null && Number.isFinite(cell.value)) return String(cell.value + 0); // + 0 turns -0 into 0
  return cell.text;
}

/** True when the export shows a number (so it must not be quoted or guarded as text). */
export function isNumeric(cell: Cell | undefined): boolean {
  return !!cell && cell.value !== null && Number.isFinite(cell.value);
}

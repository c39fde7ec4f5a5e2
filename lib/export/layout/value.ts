import type { Cell, CellRef } from '../../model/types';
import { cellText, isNumeric } from '../cell-text';
import type { GridCell } from './types';

export const value = (cell: Cell | undefined, colSpan = 1, ref?: CellRef): GridCell => ({
  text: cellText(cell),
  kind: 'value',
  numeric: isNumeric(cell),
  colSpan,
  rowSpan: 1,
  ...(ref && { ref }),
});

import type { Finding } from '../model/types';
import { allCells } from './cells';
import type { Rule } from './types';
import { isPlaceholder } from '../values';
import { valueKind, type ValueKind } from './value-kind';
import { cellLabel } from './wording';

const ID = 'value.invalid';

const OK: Record<ValueKind, (v: number) => boolean> = {
  count: (v) => Number.isInteger(v) && v >= 0,
  signed: (v) => Number.isInteger(v),
  amount: (v) => Number.isFinite(v) && v >= 0,
};
const WANT: Record<ValueKind, string> = { count: '非负整数', signed: '整数', amount: '非负数' };

/** A count that is not a whole number ≥ 0, or a cell whose text is neither a number nor a placeholder. */
export const valueInvalid: Rule = {
  id: ID,
  severity: 'error',
  title: '数值无效：件数应为非负整数',
  run({ report }) {
    const out: Finding[] = [];
    for (const { ref, cell } of allCells(report)) {
      const kind = valueKind(report, ref);
      const bad =
        cell.value === null ? cell.text.trim() !== '' && !isPlaceholder(cell.text) : !OK[kind](cell.value);
      if (!bad) continue;
      out.push({
        rule: ID,
        severity: 'error',
        where: ref.table === 'legacy' ? (report.legacy?.rows[Number(ref.row)]?.label ?? ref.row) : `${ref.row}.${ref.column}`,
        message: `${cellLabel(report, ref)}：“${cell.text}”应为${WANT[kind]}`,
        ...(cell.value !== null ? { actual: cell.value } : {}),
        cells: [ref],
      });
    }
    return out;
  },
};
export default valueInvalid;

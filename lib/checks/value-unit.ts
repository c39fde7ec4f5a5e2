import type { Finding } from '../model/types';
import { ref } from './cells';
import type { Rule } from './types';
import { cellLabel } from './wording';

const ID = 'value.unit';

/**
 * 表二 cells whose official header is in 万元. The 2019 template's 采购总金额 prints no unit,
 * so an amount in 元 there contradicts nothing (芙蓉镇 2020: "357595 元").
 */
export const WAN_YUAN_CELLS: [item: string, column: string][] = [['fees', 'amount']];
/** Above this, a 万元 figure (1000 亿元) was almost surely typed in 元. */
export const WAN_YUAN_MAX = 10_000_000;

const inYuan = (unit: string | undefined, text: string) => unit === '元' || /(?<!万)元\s*$/.test(text);

/** An amount in 元 where 万元 is required, or too large to be in 万元. */
export const valueUnit: Rule = {
  id: ID,
  severity: 'warning',
  title: '金额单位与表头不符（应为万元）',
  run({ report }) {
    const out: Finding[] = [];
    for (const [item, column] of WAN_YUAN_CELLS) {
      const cell = report.active?.[item]?.[column];
      if (!cell) continue;
      const r = ref('active', item, column);
      const yuan = inYuan(cell.unit, cell.text);
      if (!yuan && (cell.value ?? 0) <= WAN_YUAN_MAX) continue;
      out.push({
        rule: ID,
        severity: 'warning',
        where: `${item}.${column}`,
        message: yuan
          ? `${cellLabel(report, r)}：“${cell.text}”以元为单位，表头要求万元`
          : `${cellLabel(report, r)}：${cell.value} 万元过大，可能是按元填写`,
        ...(cell.value !== null ? { actual: cell.value } : {}),
        cells: [r],
      });
    }
    return out;
  },
};
export default valueUnit;

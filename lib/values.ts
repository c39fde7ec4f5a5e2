import type { Cell } from './model/types';
import { displayText } from './text';

/**
 * Cell text → Cell, reading the number the way the page means it and keeping the text.
 * Blank and "not applicable" marks stay null: a number is never invented.
 */

const PLACEHOLDER = /^(?:[\/／\\、]{1,2}|[-－—–―─]+|…+|\.{3,6}|无|無|空|暂无|nil|n\/a)$/i;
// NFKC turns full-width digits, signs and the ideographic full stop's cousins into ASCII.
const NUMBER = /^(增加?|减少?|\+|-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|元|件|个|项|条|次|起|人|篇|份|宗|户)?$/;

export function parseCell(raw: string): Cell {
  const text = displayText(raw);
  const s = text.normalize('NFKC').replace(/\s+/g, '').replace(/[増]/g, '增').replace(/[減]/g, '减').replace(/，/g, ',');
  if (s === '' || PLACEHOLDER.test(s)) return { value: null, text };
  const m = NUMBER.exec(s);
  if (!m) return { value: null, text };
  const [, sign, int, frac, unit] = m;
  const negative = sign === '-' || (sign !== undefined && sign.startsWith('减'));
  const magnitude = Number(int.replace(/,/g, '') + (frac ? `.${frac}` : ''));
  const cell: Cell = { value: negative ? -magnitude : magnitude, text };
  if (unit) cell.unit = unit;
  return cell;
}

/** "/", "—", "无" …: the page says there is nothing to report (value null, not a blank). */
export function isPlaceholder(raw: string): boolean {
  return PLACEHOLDER.test(raw.normalize('NFKC').replace(/\s+/g, ''));
}

/** True when the text reads as a value cell (number, placeholder or blank), not a label. */
export function isValueText(raw: string): boolean {
  const s = raw.normalize('NFKC').replace(/\s+/g, '');
  return s === '' || PLACEHOLDER.test(s) || NUMBER.test(s.replace(/，/g, ','));
}

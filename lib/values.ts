import type { Cell } from './model/types';
import { displayText } from './text';

/**
 * Cell text → Cell, reading the number the way the page means it and keeping the text.
 * Blank and "not applicable" marks stay null: a number is never invented.
 */

const PLACEHOLDER = /^(?:[\/／\\、]{1,2}|[-－—–―─]+|…+|\.{3,6}|无|無|空|暂无|nil|n\/a)$/i;
// NFKC turns full-width digits, signs and the ideographic full stop's cousins into ASCII.
const NUMBER = /^(增加?|减少?|\+|-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|元|件|个|项|条|次|起|人|篇|份|宗|户)?$/;
/**
 * A note written after the figure in the same cell: "22（其中修订16件）", "55(含自然失效29件)",
 * "3【另有2件转办】", "36*", "12※", "8注1" ("36①" loses its mark in `compact`). The leading
 * figure is the cell's value; the note stays in the text. Labels never take this shape (they
 * start with a bracket or "1.").
 */
const NOTE = /^(?:[(\[【〔<《].*|[*※#△▲]+\d*|注\d*)$/;

/** "22（其中修订16件）" → "22", the figure before the note; null when there is no note. */
function splitNote(s: string): string | null {
  // NFKC has already made （ [ half-width; the figure is what precedes the first note mark.
  const m = /^([^([【〔<《*※#△▲注]+)(.+)$/.exec(s);
  return m && NOTE.test(m[2]) && NUMBER.test(m[1]) ? m[1] : null;
}

export function parseCell(raw: string): Cell {
  const text = displayText(raw);
  const s = compact(text);
  if (s === '' || PLACEHOLDER.test(s)) return { value: null, text };
  const m = NUMBER.exec(s) ?? NUMBER.exec(splitNote(s) ?? '');
  if (!m) return { value: null, text };
  const [, sign, int, frac, unit] = m;
  const negative = sign === '-' || (sign !== undefined && sign.startsWith('减'));
  const magnitude = Number(int.replace(/,/g, '') + (frac ? `.${frac}` : ''));
  const cell: Cell = { value: negative ? -magnitude : magnitude, text };
  if (unit) cell.unit = unit;
  return cell;
}

/** Footnote marks NFKC would turn into digits ("36①" → "361"): dropped before it. */
const FOOTNOTE_DIGITS = /[①-⑳¹²³⁴-⁹]/g;

function compact(raw: string): string {
  return raw.replace(FOOTNOTE_DIGITS, '').normalize('NFKC').replace(/\s+/g, '').replace(/[増]/g, '增').replace(/[減]/g, '减').replace(/，/g, ',');
}

/** The note printed after a cell's figure ("（其中修订16件）", "*"), or null: exports show it beside the number. */
export function cellNote(raw: string): string | null {
  const s = compact(raw);
  const figure = splitNote(s);
  return figure === null ? null : s.slice(figure.length);
}

/** "/", "—", "无" …: the page says there is nothing to report (value null, not a blank). */
export function isPlaceholder(raw: string): boolean {
  return PLACEHOLDER.test(raw.normalize('NFKC').replace(/\s+/g, ''));
}

/** True when the text reads as a value cell (number, annotated number, placeholder or blank), not a label. */
export function isValueText(raw: string): boolean {
  const s = compact(raw);
  return s === '' || PLACEHOLDER.test(s) || NUMBER.test(s) || splitNote(s) !== null;
}

import { norm } from '../text';

/** Numbering styles of legacy labels: "1." / "1、", "(1)", "一、", "(一)". */
const STYLES: [style: string, re: RegExp][] = [
  ['dot', /^(\d+)[.、](?!\d)/],
  ['paren', /^\((\d+)\)/],
  ['cn', /^([一二三四五六七八九十]+)、/],
  ['cnParen', /^\(([一二三四五六七八九十]+)\)/],
];

/** A label's leading numbering: style and number (Chinese numerals only to tell styles apart). */
export function numbering(label: string): { style: string; n: number } | null {
  const s = norm(label).replace(/^其中:?/, '');
  for (const [style, re] of STYLES) {
    const m = re.exec(s);
    if (m) return { style, n: /^\d+$/.test(m[1]) ? Number(m[1]) : -1 };
  }
  return null;
}

/** The label without 其中, numbering and a trailing unit in brackets, for matching. */
export function bare(label: string): string {
  let s = norm(label).replace(/^其中:?/, '');
  for (const [, re] of STYLES) s = s.replace(re, '');
  return s.replace(/^其中:?/, '').replace(/\((件|个|人|条|次|万元|元)\)$/, '');
}

import { norm } from '../text';
import type { Line } from './text-tables';

/** Section headings of the 2019/2021 templates (一、总体情况 …) by their words. */
const SECTIONS: [string, string[]][] = [
  ['总体情况', ['总体情况']],
  ['主动公开', ['主动公开政府信息情况', '主动公开情况']],
  ['申请', ['收到和处理']],
  ['复议诉讼', ['行政复议、行政诉讼', '行政复议和行政诉讼', '行政复议、诉讼']],
  ['问题', ['存在的主要问题']],
  ['其他', ['其他需要报告']],
];
const NUMERAL = /^([一二三四五六七八九十]{1,2})[、.．]/;

/** The numerals of the section headings found, in page order (["一","二",…]). */
export function findSections(lines: Line[]): string[] {
  const found: string[] = [];
  for (const { text } of lines) {
    const n = norm(text);
    if (n.length > 40) continue;
    const m = NUMERAL.exec(n);
    if (!m || found.includes(m[1])) continue;
    if (SECTIONS.some(([, words]) => words.some((w) => n.includes(w)))) found.push(m[1]);
  }
  return found;
}

/** The report's prose, tables excluded, one line per block, as printed. */
export function narrativeText(lines: Line[]): string {
  return lines.map((l) => l.text.trim()).join('\n');
}

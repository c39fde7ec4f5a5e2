import type { Report } from '../model/types';
import { SEVERITY_LABELS } from './format-label';
import { reportLayouts, type FlatTable } from './layout';
import { sourceInfo, type SourceOptions } from './source-line';

/**
 * Page text as Markdown that renders as that text and nothing else: every character that can
 * open markup is backslash-escaped (CommonMark lets any ASCII punctuation be escaped, and the
 * escape renders as the character). `<` and `&` stop raw HTML, autolinks and entities; `[ ] !`
 * links and images; `` ` * _ ~ `` code and emphasis; `#` headings (trailing #s too); `|` table
 * cells; `:` and `@` GFM's bare URL and e-mail autolinks (and "javascript:"); "www." the www ones.
 * Line breaks become spaces, and every line toMarkdown writes starts with its own prefix ("# ",
 * "- 机关：", "| "), so page text never starts a line: a leading "-", "+", "1." or ">" in it
 * cannot make a list, quote or setext heading.
 */
export function escapeMd(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>&|~#!:@]/g, (c) => `\\${c}`)
    .replace(/(www)\./gi, '$1\\.');
}

/** Only http(s) addresses become links (an autolink, unsafe characters percent-encoded); anything else is text. */
export function mdUrl(url: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return escapeMd(url);
  return `<${url.replace(/[<>"`\\|\u0000-\u0020\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)}>`;
}

function table(t: FlatTable): string[] {
  const line = (cells: string[]) => `| ${cells.map(escapeMd).join(' | ')} |`;
  return [
    line([t.rowHeader, ...t.columns]),
    `| --- |${t.columns.map(() => ' ---: |').join('')}`,
    ...t.rows.map((r) => line([r.label, ...r.values])),
  ];
}

/** Heading, source, a GFM table per statistics table (labels flattened to paths), findings in Chinese. */
export function toMarkdown(report: Report, options: SourceOptions = {}): string {
  const title =
    report.agency && report.year ? `${report.agency} ${report.year} 年政府信息公开工作年度报告` : report.source.title || '政府信息公开工作年度报告';
  const s = sourceInfo(report, options);
  const out = [`# ${escapeMd(title)}`, ''];
  if (s.url) out.push(`- 来源：${mdUrl(s.url)}`);
  out.push(`- 机关：${escapeMd(s.agency)}`);
  if (s.year) out.push(`- 年度：${escapeMd(s.year)}`);
  out.push(`- 模板：${escapeMd(s.template.replace(/^模板：/, ''))}`);
  if (s.checked) out.push(`- 核对日期：${s.checked}`);
  out.push('');
  if (!report.detected) out.push('> 不是政府信息公开工作年度报告', '');
  for (const layout of reportLayouts(report)) {
    out.push(`## ${escapeMd(layout.title)}`, '', ...table(layout.flat), '');
    for (const n of layout.notes ?? []) out.push(escapeMd(n), '');
  }
  out.push('## 核对结果', '');
  if (!report.findings.length) out.push('未发现问题。');
  // Messages only: rule ids and model keys are for JSON, not for a Chinese reader.
  for (const f of report.findings) out.push(`- **${SEVERITY_LABELS[f.severity]}**：${escapeMd(f.message)}`);
  return out.join('\n') + '\n';
}

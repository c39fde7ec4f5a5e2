import type { Report } from '../model/types';
import { formatLabel, SEVERITY_LABELS } from './format-label';
import { reportLayouts, type FlatTable } from './layout';

/** A pipe would end the table cell; a line break would end the row. */
export const escapeMd = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*[\r\n]+\s*/g, ' ');

function table(t: FlatTable): string[] {
  const line = (cells: string[]) => `| ${cells.map(escapeMd).join(' | ')} |`;
  return [
    line([t.rowHeader, ...t.columns]),
    `| --- |${t.columns.map(() => ' ---: |').join('')}`,
    ...t.rows.map((r) => line([r.label, ...r.values])),
  ];
}

/** Heading, metadata, a GFM table per statistics table (labels flattened to paths), findings. */
export function toMarkdown(report: Report): string {
  const title =
    report.agency && report.year ? `${report.agency} ${report.year} 年政府信息公开工作年度报告` : report.source.title || '政府信息公开工作年度报告';
  const out = [`# ${escapeMd(title)}`, ''];
  if (report.source.url) out.push(`- 来源：<${report.source.url.replace(/>/g, '%3E')}>`);
  if (report.agency) out.push(`- 机关：${escapeMd(report.agency)}`);
  if (report.year) out.push(`- 年度：${report.year}`);
  out.push(`- 模板：${formatLabel(report.format)}`, '');
  if (!report.detected) out.push('> 不是政府信息公开工作年度报告', '');
  for (const layout of reportLayouts(report)) out.push(`## ${layout.title}`, '', ...table(layout.flat), '');
  out.push('## 核查结果', '');
  if (!report.findings.length) out.push('未发现问题。');
  for (const f of report.findings) {
    out.push(`- **${SEVERITY_LABELS[f.severity]}** \`${f.rule}\`（${escapeMd(f.where)}）：${escapeMd(f.message)}`);
  }
  return out.join('\n') + '\n';
}

import { ACTIVE_LAYOUT } from '../model/labels';
import type { ApplicantRow, Cell, Finding, Report, Severity } from '../model/types';
import { formatLabel, SEVERITY_LABELS } from '../export/format-label';
import { activeFormat } from '../export/layout/active';
import { paint, type Paint } from './paint';

// Short column names so 表二 fits on a line or two.
const SHORT: Record<string, string> = {
  issued: '制发', repealed: '废止', inForce: '现行有效', decisions: '决定', amount: '金额',
  'fees.amount': '金额（万元）', // the 2021 header's unit
  made: '新制作', published: '新公开', totalPublic: '公开总数', previousItems: '上年项目', change: '增/减', projects: '项目',
};

/** A cell as the terminal shows it: the number, else the printed text, "空" if blank, "缺" if absent. */
export function show(cell: Cell | undefined): string {
  if (!cell) return '缺';
  if (cell.value !== null) return String(cell.value) + (cell.unit ? ` ${cell.unit}` : '');
  return cell.text ? `“${cell.text}”` : '空';
}

function activeLine(report: Report): string {
  const active = report.active!;
  return ACTIVE_LAYOUT[activeFormat(report)]
    .flatMap((b) => b.items)
    .filter(([item]) => active[item])
    .map(([item, label]) => `${label} ${Object.entries(active[item]).map(([k, c]) => `${SHORT[`${item}.${k}`] ?? SHORT[k] ?? k} ${show(c)}`).join('/')}`)
    .join('；');
}

function figures(report: Report, p: Paint): string[] {
  const out: string[] = [];
  if (report.active) out.push(`表二：${activeLine(report)}`);
  const rows = report.applications?.rows;
  if (rows) {
    const t = (r: ApplicantRow | undefined) => show(r?.total);
    out.push(
      `表三（总计列）：新收 ${p.bold(t(rows.newReceived))}，上年结转 ${p.bold(t(rows.carriedOver))}，` +
        `办理结果总计 ${p.bold(t(rows.resultTotal))}，结转下年度 ${p.bold(t(rows.carriedForward))}`,
    );
  }
  const rl = report.reviewLitigation;
  if (rl) {
    out.push(
      `表四：行政复议总计 ${p.bold(show(rl.review?.total))}；行政诉讼总计：未经复议直接起诉 ${p.bold(show(rl.litigationDirect?.total))}，` +
        `复议后起诉 ${p.bold(show(rl.litigationAfterReview?.total))}`,
    );
  }
  if (report.legacy) {
    const { columns, rows: lr } = report.legacy;
    out.push(`统计表：${lr.length} 行，列 ${columns.join(' / ') || '（无表头）'}`);
    for (const r of lr.slice(0, 3)) out.push(`  ${r.label}：${r.values.map(show).join(' / ')}${r.unit ? ` ${r.unit}` : ''}`);
  }
  return out;
}

const MARK: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };

function findingsBlock(findings: Finding[], p: Paint): string[] {
  const out: string[] = [];
  for (const sev of ['error', 'warning', 'info'] as const) {
    const list = findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    out.push(p[sev](`${SEVERITY_LABELS[sev]}（${list.length}）`));
    for (const f of list) out.push(`  ${p[sev](MARK[sev])} ${f.message} ${p.dim(`[${f.rule}]`)}`);
  }
  return out;
}

export function summary(findings: Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  if (!findings.length) return '结论：未发现问题';
  return `结论：${n('error')} 个错误，${n('warning')} 个警告，${n('info')} 条提示`;
}

/** One report for a terminal, in Chinese; colour only when `color` is set. `attachment`: the file it was read from. */
export function formatReport(report: Report, input: string, color = false, attachment?: string): string {
  const p = paint(color);
  const out = [p.bold(`== ${input} ==`)];
  if (attachment) out.push(`附件已读取 / read from the attachment：${attachment}`);
  if (!report.detected) {
    out.push(p.warning('不是政府信息公开工作年度报告'));
    if (report.source.title) out.push(`标题：${report.source.title}`);
    out.push(...findingsBlock(report.findings, p));
    return out.join('\n') + '\n';
  }
  out.push(
    `机关：${report.agency ?? '未识别'}`,
    `年度：${report.year ?? '未识别'}`,
    `模板：${formatLabel(report.format)}`,
    ...figures(report, p),
    ...findingsBlock(report.findings, p),
  );
  const errors = report.findings.some((f) => f.severity === 'error');
  out.push((errors ? p.error : p.ok)(summary(report.findings)));
  return out.join('\n') + '\n';
}

/** An input that could not be read. */
export function formatFailure(input: string, message: string, color = false): string {
  const p = paint(color);
  return `${p.bold(`== ${input} ==`)}\n${p.error(`无法读取 / cannot read: ${message}`)}\n`;
}

/** What comparing with the same agency's report for the year before added to a report already printed. */
export function formatHistory(after: Report, before: Report, input: string, color = false): string {
  const p = paint(color);
  const added = after.findings.filter((f) => !before.findings.includes(f));
  const title = `== ${input}：与上一年比较 / compared with the year before ==`;
  return [p.bold(title), ...findingsBlock(added, p), summary(after.findings)].join('\n') + '\n';
}

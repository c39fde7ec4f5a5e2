/** A run's results as rows: the summary (one per report) and the findings (one per finding). */
import { cellLabel } from '../checks/wording';
import type { Outcome, ReviewState } from '../review/types';
import { formatLabel, SEVERITY_LABELS } from './format-label';
import { quote } from './csv';
import { neutralise } from './neutralise';

export const SUMMARY_HEAD = ['序号', '机关', '年度', '模板', '错误', '警告', '状态', '网址', '栏目'];
export const FINDINGS_HEAD = ['序号', '机关', '年度', '严重程度', '规则', '单元格', '说明', '网址'];

const has = (o: Outcome, rule: string) => 'report' in o && o.report.findings.some((f) => f.rule === rule);

/** clean / problems / attachment / tables are images / not readable / not a report / failed to load. */
export function stateCode(o: Outcome): ReviewState {
  if ('error' in o) return 'failed';
  const r = o.report;
  if (!r.detected) return 'notReport';
  if (has(o, 'structure.image')) return 'image';
  if (has(o, 'structure.attachment')) return 'attachment';
  if (!r.active && !r.applications && !r.reviewLitigation && !r.legacy) return 'unreadable';
  return r.findings.some((f) => f.severity !== 'info') ? 'problems' : 'clean';
}

/** The states as the summary sheet and CSV print them (both languages: the file is shared). */
export const STATE_LABELS: Record<ReviewState, string> = {
  clean: '无问题 / clean',
  problems: '有问题 / problems',
  attachment: '报告在附件中 / report is an attachment',
  image: '表格为图片 / tables are images',
  unreadable: '未读到表格 / not readable',
  notReport: '不是年报 / not a report',
  failed: '未能读取 / failed to load',
};

export function stateOf(o: Outcome): string {
  return 'error' in o ? `${STATE_LABELS.failed}：${o.error}` : STATE_LABELS[stateCode(o)];
}

const count = (o: Outcome, s: string) => ('report' in o ? o.report.findings.filter((f) => f.severity === s).length : 0);
const urlOf = (o: Outcome) => ('report' in o ? o.report.source.url : o.input);

export function summaryRows(outcomes: Outcome[]): (string | number | null)[][] {
  return outcomes.map((o, i) => {
    const r = 'report' in o ? o.report : null;
    return [i + 1, r?.agency ?? null, r?.year ?? null, r ? formatLabel(r.format) : null, count(o, 'error'), count(o, 'warning'), stateOf(o), urlOf(o), o.list ?? null];
  });
}

export function findingRows(outcomes: Outcome[]): (string | number | null)[][] {
  return outcomes.flatMap((o, i) => {
    if (!('report' in o)) return [];
    const r = o.report;
    return r.findings.map((f) => [i + 1, r.agency, r.year, SEVERITY_LABELS[f.severity], f.rule, f.cells.map((c) => cellLabel(r, c)).join('、'), f.message, r.source.url]);
  });
}

/** The summary as CSV the way lib/export/csv.ts writes tables: BOM, CRLF, RFC 4180, formula guard. */
export function summaryCsv(outcomes: Outcome[]): string {
  const rows = [SUMMARY_HEAD, ...summaryRows(outcomes)];
  const field = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? String(v) : quote(neutralise(v)));
  return '\uFEFF' + rows.map((r) => r.map(field).join(',') + '\r\n').join('');
}

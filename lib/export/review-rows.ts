/** A run's results as rows: the summary (one per report) and the findings (one per finding). */
import { cellLabel } from '../checks/wording';
import { attachmentUrl } from '../review/attachment';
import type { Outcome, ReviewState } from '../review/types';
import { formatLabel, SEVERITY_LABELS } from './format-label';
import { quote } from './csv';
import { neutralise } from './neutralise';

export const SUMMARY_HEAD = ['序号', '机关', '年度', '模板', '错误', '警告', '状态', '网址', '栏目', '附件'];
export const FINDINGS_HEAD = ['序号', '机关', '年度', '严重程度', '规则', '单元格', '说明', '网址'];

const has = (o: Outcome, rule: string) => 'report' in o && o.report.findings.some((f) => f.rule === rule);

/**
 * clean / problems / attachment (read through its file, or not) / tables are images / not
 * readable / not a report / failed to load. A file read whose tables are images or unreadable
 * says so rather than "read".
 */
export function stateCode(o: Outcome): ReviewState {
  if ('error' in o) return 'failed';
  const r = o.report;
  if (!r.detected) return 'notReport';
  if (has(o, 'structure.image')) return 'image';
  const tables = !!(r.active || r.applications || r.reviewLitigation || r.legacy);
  if (o.attachment && tables) return 'attachment';
  if (has(o, 'structure.attachment')) return 'attachment';
  if (!tables) return 'unreadable';
  return r.findings.some((f) => f.severity !== 'info') ? 'problems' : 'clean';
}

/** The states as the summary sheet and CSV print them (both languages: the file is shared). */
export const STATE_LABELS: Record<ReviewState, string> = {
  clean: '无问题 / clean',
  problems: '有问题 / problems',
  attachment: '附件已读取 / attachment read',
  image: '表格为图片 / tables are images',
  unreadable: '未读到表格 / not readable',
  notReport: '不是年报 / not a report',
  failed: '未能读取 / failed to load',
};

export const ATTACHMENT_NOT_READ = '报告在附件中，未能读取 / report is an attachment, not read';
const NO_FILE = '没有可读取的 .pdf 或 .docx 附件链接 / no .pdf or .docx link to read';
const NOT_FETCHED = '附件未下载 / the file was not fetched';

/** The state as printed, with the reason for a failure or an attachment not read. */
export function stateOf(o: Outcome): string {
  if ('error' in o) return `${STATE_LABELS.failed}：${o.error}`;
  const code = stateCode(o);
  if (code === 'attachment' && !o.attachment) return `${ATTACHMENT_NOT_READ}：${o.attachmentError ?? (attachmentUrl(o.report) ? NOT_FETCHED : NO_FILE)}`;
  return STATE_LABELS[code];
}

const count = (o: Outcome, s: string) => ('report' in o ? o.report.findings.filter((f) => f.severity === s).length : 0);
// The page's address; a report read from its attachment has the file's as its source.
const urlOf = (o: Outcome) => ('report' in o && !o.attachment ? o.report.source.url : o.input);

export function summaryRows(outcomes: Outcome[]): (string | number | null)[][] {
  return outcomes.map((o, i) => {
    const r = 'report' in o ? o.report : null;
    return [i + 1, r?.agency ?? null, r?.year ?? null, r ? formatLabel(r.format) : null, count(o, 'error'), count(o, 'warning'), stateOf(o), urlOf(o), o.list ?? null, o.attachment ?? null];
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

/**
 * Every entry as JSON (`nianbao check --json`, the review page's export): the report, or
 * `{ source: { url }, error }`. A report read from its attachment stands at its entry's address
 * (the page the list links, where a reader opens it); the file is the summary's 附件 column.
 */
export function reviewItems(outcomes: Outcome[], urlOf: (input: string) => string = (i) => i): unknown[] {
  return outcomes.map((o) => {
    if ('error' in o) return { source: { url: urlOf(o.input) }, error: o.error };
    return o.attachment ? { ...o.report, source: { ...o.report.source, url: urlOf(o.input) } } : o.report;
  });
}

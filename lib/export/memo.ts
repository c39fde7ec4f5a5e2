import type { Finding, Report, Severity } from '../model/types';
import { escapeHtml } from './html';
import { sourceInfo, type SourceOptions } from './source-line';

/**
 * The review memo (核对意见) an office sends back to the body that published the report: who,
 * which year, where, when checked, then each problem in plain Chinese, numbered, grouped by what
 * the reader must do. No rule ids, no model keys. Plain text for anything, and a simple HTML
 * flavour with one <p> per paragraph so Word keeps the paragraphs.
 */
const PARTS: { severity: Severity; heading: string }[] = [
  { severity: 'error', heading: '表格数据有误，请核实更正' },
  { severity: 'warning', heading: '请核实' },
  { severity: 'info', heading: '其他情况' },
];
const NUMERALS = ['一', '二', '三'];
const STYLE: Partial<Record<string, string>> = { title: ' style="text-align:center"', sub: ' style="margin-left:2em"' };

export interface Memo {
  text: string;
  html: string;
}

/** One numbered point: a mistake in words, and the findings it stands for when several. */
export interface MemoItem {
  severity: Severity;
  text: string;
  details?: string[];
}

export interface MemoOptions extends SourceOptions {
  /** The points, e.g. findings grouped into mistakes by the UI; default: one per distinct finding message. */
  items?: MemoItem[];
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');
const byFinding = (report: Report): MemoItem[] => {
  const seen = new Set<string>();
  return report.findings.filter((f: Finding) => !seen.has(f.message) && seen.add(f.message)).map((f) => ({ severity: f.severity, text: f.message }));
};

type Kind = 'title' | 'p' | 'sub' | 'gap';
const GAP: [Kind, string] = ['gap', ''];

/** Paragraphs of the memo; a gap is a blank line in the text (HTML paragraphs have their own spacing). */
function paragraphs(report: Report, options: MemoOptions): [Kind, string][] {
  const s = sourceInfo(report, options);
  const title = report.agency && report.year ? `${report.agency}${report.year}年政府信息公开工作年度报告` : report.source.title || '政府信息公开工作年度报告';
  const out: [Kind, string][] = [['title', `关于《${title}》的核对意见`], GAP];
  out.push(['p', `发布机关：${s.agency}`]);
  if (report.year) out.push(['p', `报告年度：${report.year} 年度`]);
  out.push(['p', `报告模板：${s.template.replace(/^模板：/, '')}`]);
  if (s.url) out.push(['p', `网页地址：${s.url}`]);
  if (s.checked) out.push(['p', `核对日期：${s.checked}`]);
  out.push(GAP);
  const all = options.items ?? byFinding(report);
  const parts = PARTS.map((p) => ({ ...p, items: all.filter((x) => x.severity === p.severity) })).filter((p) => p.items.length);
  if (!parts.length) {
    out.push(['p', '经核对该报告中的统计表，未发现数据不一致的问题。']);
    return out;
  }
  out.push(['p', '经核对该报告中的统计表，发现以下问题：']);
  parts.forEach((p, i) => {
    out.push(GAP, ['p', `${NUMERALS[i]}、${p.heading}`]);
    p.items.forEach((m, j) => {
      out.push(['p', `${j + 1}. ${oneLine(m.text)}`]);
      (m.details ?? []).forEach((d, k) => out.push(['sub', `（${k + 1}）${oneLine(d)}`]));
    });
  });
  out.push(GAP, ['p', '以上意见由“年报核对”根据网页上公布的表格自动核对得出，请结合原始统计数据核实。']);
  return out;
}

export function toMemo(report: Report, options: MemoOptions = {}): Memo {
  const ps = paragraphs(report, options);
  const text = ps.map(([kind, t]) => (kind === 'sub' ? `    ${t}` : t)).join('\r\n') + '\r\n';
  const html = ps
    .filter(([kind]) => kind !== 'gap')
    .map(([kind, t]) => `<p${STYLE[kind] ?? ''}>${kind === 'title' ? `<b>${escapeHtml(t)}</b>` : escapeHtml(t)}</p>`)
    .join('\n');
  return { text, html };
}

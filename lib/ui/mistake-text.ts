import { ACTIVE_LAYOUT } from '@/lib/model/labels';
import { cellLabel, colLabel, groupLabel, reviewColLabel, rowLabel } from '@/lib/checks/wording';
import type { Cell, CellRef, Finding, Report } from '@/lib/model/types';
import { englishMessage } from './english';
import { cellNameEn, columnNameEn, rowNameEn } from './labels-en';
import { culpritCells, mistakeRules, unique, type Mistake } from './mistakes';

/**
 * What a mistake card (popup) or tooltip line (page) says, in the UI's language: one finding says
 * its own message; several say the culprit row, its value, the columns and what they break, e.g.
 * "（七）总计一行为 0，自然人、总计两列与各项之和、与收支平衡均不符". Pure: the language and the
 * rule titles (from the locale) come in as arguments.
 */
export type Lang = 'zh' | 'en';

/** Relation rules as "与…不符" / "disagrees with …" phrases; other rules are named by title. */
const AGAINST: Record<string, [zh: string, en: string]> = {
  'applications.rowTotal': ['与各类申请人之和', 'the sum of the applicant columns'],
  'applications.resultTotal': ['与各项之和', 'the sum of items (1)–(6)'],
  'applications.balance': ['与收支平衡', 'the balance of requests'],
  'applications.subtotal': ['与各子项之和', 'the sum of its sub-rows'],
  'reviewLitigation.total': ['与各项之和', 'the sum of the outcomes'],
  'legacy.sum': ['与各分项之和', 'the sum of its parts'],
  'history.carryOver': ['与上一年度报告的结转下年度', "last year's carried-forward figure"],
  'history.inForceRollForward': ['与上一年度报告推算的现行有效件数', "the figure rolled forward from last year's report"],
  'narrative.mismatch': ['与正文所述', 'what the text states'],
};

const CN_COUNT = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const cnCount = (n: number) => CN_COUNT[n] ?? String(n);

/** A finding's message in the UI language (Chinese: the finding's own message). */
export function findingText(f: Finding, report: Report | null, lang: Lang): string {
  return lang === 'en' ? englishMessage(f, report) : f.message;
}

function cellOf(report: Report | null, r: CellRef): Cell | undefined {
  if (!report) return undefined;
  if (r.table === 'applications') {
    const [head, tail] = r.row.split('.');
    const base = (head === 'subtotals' ? report.applications?.subtotals : (report.applications?.rows as Record<string, unknown> | undefined)?.[head]) as
      | Record<string, unknown>
      | undefined;
    return ((tail === undefined ? base : base?.[tail]) as Record<string, Cell> | undefined)?.[r.column];
  }
  if (r.table === 'reviewLitigation') return (report.reviewLitigation as Record<string, Record<string, Cell>> | null)?.[r.row]?.[r.column];
  if (r.table === 'active') return report.active?.[r.row]?.[r.column];
  return report.legacy?.rows[Number(r.row)]?.values[Number(r.column)];
}

function valueText(c: Cell | undefined, lang: Lang): string | null {
  if (!c) return null;
  if (c.value !== null) return String(c.value);
  const text = c.text.trim();
  return text ? `“${text}”` : lang === 'zh' ? '留空' : 'blank';
}

function rowNameZh(report: Report | null, r: CellRef): string {
  if (r.table === 'applications') return rowLabel(r.row);
  if (r.table === 'reviewLitigation') return groupLabel(r.row);
  if (r.table === 'legacy') return report?.legacy?.rows[Number(r.row)]?.label ?? r.row;
  const items = ACTIVE_LAYOUT[report?.format === '2019' ? '2019' : '2021'].flatMap((b) => b.items);
  return items.find(([k]) => k === r.row)?.[1] ?? r.row;
}

function colNameZh(report: Report | null, r: CellRef): string {
  if (r.table === 'applications') return r.column === 'total' ? '总计' : colLabel(r.column);
  if (r.table === 'reviewLitigation') return reviewColLabel(r.column);
  if (r.table === 'legacy') return report?.legacy?.columns[Number(r.column)] ?? r.column;
  const cols = ACTIVE_LAYOUT[report?.format === '2019' ? '2019' : '2021'].flatMap((b) => b.columns);
  return cols.find(([k]) => k === r.column)?.[1] ?? r.column;
}

const andList = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** The card's first line. `title(rule)` names a rule in the UI language (its locale title). */
export function mistakeTitle(m: Mistake, report: Report | null, lang: Lang, title: (rule: string) => string): string {
  if (m.findings.length === 1) return findingText(m.findings[0], report, lang);
  const rules = mistakeRules(m);
  const cells = culpritCells(m);
  if (!cells.length) {
    const n = m.findings.length;
    return lang === 'zh' ? `${rules.map(title).join('、')}（${n} 处）` : `${rules.map(title).join('; ')} (${n})`;
  }
  const against = unique(rules.filter((r) => AGAINST[r]).map((r) => AGAINST[r][lang === 'zh' ? 0 : 1]));
  const others = rules.filter((r) => !AGAINST[r]).map(title);
  const values = unique(cells.map((c) => valueText(cellOf(report, c), lang)));
  const value = values.length === 1 && values[0] !== null ? values[0] : null;
  if (lang === 'zh') {
    const cols = unique(cells.map((c) => colNameZh(report, c)));
    const place =
      cells.length === 1
        ? `${report ? cellLabel(report, cells[0]) : rowNameZh(report, cells[0])}${value ? `为 ${value}` : ''}`
        : `${rowNameZh(report, cells[0])}一行${value ? `为 ${value}` : ''}，${cols.join('、')}${cnCount(cols.length)}列`;
    const broken = against.length ? `${place}${cells.length === 1 ? '，' : ''}${against.join('、')}${against.length + cols.length > 2 ? '均' : ''}不符` : place;
    return others.length ? `${broken}${against.length ? '；另有' : '：'}${others.join('、')}` : broken;
  }
  const cols = unique(cells.map((c) => columnNameEn(report, c)));
  const place =
    cells.length === 1
      ? `${cellNameEn(report, cells[0])}${value ? ` is ${value}` : ''}`
      : `${rowNameEn(report, cells[0])} row${value ? ` is ${value}` : ''}: the ${andList(cols)} columns`;
  const verb = cells.length === 1 ? ', which disagrees with' : ' disagree with';
  const broken = against.length ? `${place}${verb} ${andList(against)}` : place;
  return others.length ? `${broken}${against.length ? '; also: ' : ': '}${others.join('; ')}` : broken;
}

/** The card's detail lines: each finding's own message (only when the card stands for several). */
export function mistakeDetails(m: Mistake, report: Report | null, lang: Lang): string[] {
  return m.findings.length > 1 ? m.findings.map((f) => findingText(f, report, lang)) : [];
}

import { TEMPLATE_BY_YEAR } from '@/lib/checks/format-outdated';
import { valueKind } from '@/lib/checks/value-kind';
import type { Cell, CellRef, Finding, Format, Report } from '@/lib/model/types';
import { ACTIVE_ITEMS_EN, REVIEW_GROUPS_EN, TABLES_EN, cellNameEn, colEn, columnNameEn, rowEn, rowNameEn } from './labels-en';

/**
 * The English UI's finding messages, rendered from a finding's structured data (rule, where,
 * expected/actual, cells and their values in the report). Findings carry only a Chinese message
 * (the JSON contract), so every rule id needs a template here: a test fails for one without.
 */
type Template = (f: Finding, report: Report | null) => string;

function cellAt(report: Report | null, r: CellRef | undefined): Cell | undefined {
  if (!report || !r) return undefined;
  switch (r.table) {
    case 'applications': {
      const rows = report.applications?.rows as Record<string, unknown> | undefined;
      const [head, tail] = r.row.split('.');
      const base = head === 'subtotals' ? report.applications?.subtotals : rows?.[head];
      const row = (tail === undefined ? base : (base as Record<string, unknown> | undefined)?.[tail]) as Record<string, Cell> | undefined;
      return row?.[r.column];
    }
    case 'reviewLitigation':
      return (report.reviewLitigation as Record<string, Record<string, Cell>> | null)?.[r.row]?.[r.column];
    case 'active':
      return report.active?.[r.row]?.[r.column];
    case 'legacy':
      return report.legacy?.rows[Number(r.row)]?.values[Number(r.column)];
  }
  return undefined;
}

/** A cell's value as a figure for a sentence: the number, "blank", or the printed text. */
export function shown(c: Cell | undefined): string {
  if (!c) return '?';
  if (c.value !== null) return String(c.value);
  return c.text.trim() ? `“${c.text.trim()}”` : 'blank';
}

const isBlank = (c: Cell | undefined) => !!c && c.value === null && !c.text.trim();
const total = (f: Finding, report: Report | null, ref?: CellRef) => {
  const c = cellAt(report, ref);
  return isBlank(c) ? 'is blank' : `is ${f.actual ?? shown(c)}`;
};
const find = (f: Finding, pred: (r: CellRef) => boolean) => f.cells.find(pred);
const FORMAT_EN: Record<Format, string> = { '2021': '2021 template', '2019': '2019 template', legacy: 'pre-2019 statistics table' };
const TARGET_EN: Record<string, string> = {
  newReceived: 'Table 3 “1. New requests” (total)',
  resultTotal: 'Table 3 “(7) Total” (total)',
  carriedForward: 'Table 3 “4. Carried forward” (total)',
  review: 'Table 4 administrative review total',
  litigation: 'Table 4 litigation total',
};
const KIND_EN = { count: 'a whole number of at least 0', signed: 'a whole number', amount: 'a number of at least 0' } as const;

function missing(f: Finding): string {
  const [head, tail] = f.where.split('.');
  if (TABLES_EN[f.where]) return `${TABLES_EN[f.where]} is missing or could not be read`;
  if (colEn(f.where) !== f.where) return `Table 3 has no “${colEn(f.where)}” column`;
  if (REVIEW_GROUPS_EN[head]) return `Table 4 has no “${REVIEW_GROUPS_EN[head]}${tail ? ` · ${tail}` : ''}”`;
  if (ACTIVE_ITEMS_EN[head]) return `Table 2 has no “${ACTIVE_ITEMS_EN[head]}${tail ? ` · ${tail}` : ''}”`;
  return f.cells.length ? `Table 3 row “${rowEn(f.where)}” lacks some columns` : `Table 3 has no row “${rowEn(f.where)}”`;
}

export const ENGLISH: Record<string, Template> = {
  'applications.rowTotal': (f, r) =>
    `${rowEn(f.where)}: Total ${total(f, r, find(f, (c) => c.column === 'total'))}, but the applicant columns add up to ${f.expected}`,
  'applications.resultTotal': (f, r) =>
    `${colEn(f.where)} column: (7) Total ${total(f, r, find(f, (c) => c.row === 'resultTotal'))}, but items (1)–(6) add up to ${f.expected}`,
  'applications.balance': (f) =>
    `${colEn(f.where)} column: new requests + carried over = ${f.expected}, but (7) Total + carried forward = ${f.actual}`,
  'applications.subtotal': (f, r) => {
    const sub = find(f, (c) => c.row === f.where);
    return `${rowEn(f.where)} · ${colEn(sub?.column ?? '')} ${total(f, r, sub)}, but its sub-rows add up to ${f.expected}`;
  },
  'reviewLitigation.total': (f, r) =>
    `${REVIEW_GROUPS_EN[f.where] ?? f.where}: total ${total(f, r, find(f, (c) => c.column === 'total'))}, but upheld + corrected + other + pending = ${f.expected}`,
  'active.publishedAboveTotal': (f) =>
    `${ACTIVE_ITEMS_EN[f.where] ?? f.where}: ${f.actual} published this year is more than the ${f.expected} public in total`,
  'legacy.sum': (f, r) => {
    const [parent, ...parts] = f.cells;
    const col = parent ? ` (${columnNameEn(r, parent)})` : '';
    return `Row “${f.where}”${col} ${total(f, r, parent)}, but its ${parts.length} parts add up to ${f.expected}`;
  },
  'value.invalid': (f, r) => {
    const c = f.cells[0];
    const kind = r && c ? valueKind(r, c) : 'count';
    return `${c ? cellNameEn(r, c) : f.where}: ${shown(cellAt(r, c))} is not ${KIND_EN[kind]}`;
  },
  'structure.missing': missing,
  'value.blank': (f, r) => {
    const names = f.cells.slice(0, 5).map((c) => cellNameEn(r, c)).join('; ');
    return `${TABLES_EN[f.where] ?? f.where}: ${f.cells.length} cell(s) left blank (counted as 0): ${names}${f.cells.length > 5 ? ' …' : ''}`;
  },
  'value.unit': (f, r) => {
    const c = cellAt(r, f.cells[0]);
    const yuan = !!c && (c.unit === '元' || /(?<!万)元\s*$/.test(c.text));
    const where = f.cells[0] ? cellNameEn(r, f.cells[0]) : f.where;
    return yuan
      ? `${where}: ${shown(c)} is in yuan; the header asks for 10,000 yuan`
      : `${where}: ${f.actual} (10,000 yuan) is too large; it was probably entered in yuan`;
  },
  'active.inForceBelowIssued': (f) =>
    `${ACTIVE_ITEMS_EN[f.where] ?? f.where}: ${f.actual} in force is fewer than the ${f.expected} issued this year`,
  'active.regulationsBelowLevel': (f, r) =>
    `${r?.agency ? `“${r.agency}”` : 'This body'} is county level or below and cannot make regulations, but Table 2 lists regulations: ${f.cells.map((c) => shown(cellAt(r, c))).join(', ')}`,
  'format.outdated': (f, r) => {
    const want = r?.year != null ? TEMPLATE_BY_YEAR.find((x) => r.year! >= x.from)?.format : undefined;
    const used = r?.format ? FORMAT_EN[r.format] : 'another template';
    return `The ${r?.year ?? ''} report uses the ${used}; it should use the ${want ? FORMAT_EN[want] : 'current template'}`;
  },
  'narrative.mismatch': (f) => `The text states ${f.actual}, but ${TARGET_EN[f.where] ?? f.where} is ${f.expected}`,
  'history.carryOver': (f) => `${colEn(f.where)}: ${f.actual} carried over, but last year's report carried ${f.expected} forward`,
  'history.inForceRollForward': (f) =>
    `${ACTIVE_ITEMS_EN[f.where] ?? f.where}: last year's in force + issued − repealed = ${f.expected}, but ${f.actual} are in force`,
  'history.identical': () => "Every table has the same figures as last year's report",
  'structure.image': (_f, r) => `The tables are images (${r?.images ?? 'some'}); they cannot be checked automatically`,
  'structure.attachment': (_f, r) =>
    `The report is published as an attachment: ${(r?.attachments ?? []).map((a) => `“${a.text || a.url}”`).join(', ')}`,
};

/** A finding's message in English, or its Chinese message for a rule with no template yet. */
export function englishMessage(f: Finding, report: Report | null): string {
  const tpl = ENGLISH[f.rule];
  if (!tpl) return f.message;
  try {
    return tpl(f, report);
  } catch {
    return f.message;
  }
}

export { rowNameEn, columnNameEn };

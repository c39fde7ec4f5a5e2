import { parseTitle, toYear } from '../detect/title';
import { norm } from '../text';
import type { Line } from './text-tables';
import type { STable } from './stable';

/**
 * Whose report, for which year, when the page title does not say (frames, saved fragments,
 * pasted drafts, text copied out of a PDF): the report's own heading or first lines, else the
 * statistics period ("统计期限自2023年1月1日…"), else a table column headed "2018年度".
 */
export interface Identity {
  agency: string | null;
  year: number | null;
}

/** How far into the text the report's own title may stand (after a breadcrumb, a date line…). */
const HEAD_LINES = 12;
const PERIOD = /统计(?:期限|时限|时间|周期|区间)(?:为|是)?(?:自|从)?(\d{4})年(?:1月1日|度)/;
const COLUMN_YEAR = /^(\d{4})年度?$/;
/** The pre-2019 table's own heading: "附件1：XX县2011年政府信息公开情况统计表". */
const TABLE_TITLE = /^(?:附件\d*[:：]?)?(.{0,30}?)(\d{4})年度?政府信息公开(?:工作)?(?:情况)?统计表/;

export function identityFromBody(lines: readonly Line[], tables: readonly STable[]): Identity {
  const out: Identity = { agency: null, year: null };
  for (const { text } of lines.slice(0, HEAD_LINES)) {
    if (text.length > 120) continue; // a paragraph, not a title
    const table = TABLE_TITLE.exec(norm(text));
    if (table) {
      out.year ??= toYear(table[2]);
      out.agency ??= table[1] || null;
    }
    const t = parseTitle(text);
    if (!t || t.reject || !t.strong) continue;
    out.agency ??= t.agency;
    out.year ??= t.year;
    if (out.agency && out.year) return out;
  }
  if (out.year === null) out.year = periodYear(lines) ?? columnYear(tables);
  return out;
}

function periodYear(lines: readonly Line[]): number | null {
  let text = '';
  for (const { text: t } of lines) {
    text += t;
    if (text.length > 20000) break;
  }
  const m = PERIOD.exec(norm(text));
  return m ? toYear(m[1]) : null;
}

function columnYear(tables: readonly STable[]): number | null {
  for (const t of tables)
    for (const row of t.rows.slice(0, 4))
      for (const c of row.cells) {
        const m = COLUMN_YEAR.exec(c.norm);
        if (m) return toYear(m[1]);
      }
  return null;
}

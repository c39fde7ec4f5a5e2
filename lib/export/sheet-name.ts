/** Worksheet names Excel accepts, for sheets named after what a page says. */

export const SHEET_NAME_MAX = 31; // Excel's limit, in UTF-16 units
// Excel refuses these in a name (and exceljs throws); control characters never belong in one.
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f\u007f]/g;

/**
 * "3 平潭综合实验区 2023": the report's 汇总 row number first (so names are unique whatever the
 * agencies are called), the agency shortened with "…" to fit, the year last. Forbidden characters
 * become spaces; a name never starts or ends with an apostrophe (Excel refuses it).
 */
export function reportSheetName(n: number, agency: string | null, year: number | null): string {
  const head = `${n} `;
  const tail = year ? ` ${year}` : '';
  const clean = (agency ?? '').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/'+$/, '') || '年报';
  const room = SHEET_NAME_MAX - head.length - tail.length;
  let body = clean;
  if (body.length > room) {
    const chars = Array.from(clean); // never split a surrogate pair
    while (chars.length && chars.join('').length > room - 1) chars.pop();
    body = chars.join('').trimEnd() + '…';
  }
  return head + body + tail;
}

/** An internal link to a sheet's cell (quotes doubled inside the quoted name). */
export const sheetLink = (sheet: string, cell = 'A1') => `#'${sheet.replace(/'/g, "''")}'!${cell}`;

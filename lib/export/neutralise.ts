/**
 * Formula neutralisation, one rule for every spreadsheet flavour (TSV, the HTML flavour, CSV).
 *
 * A text starting with = + - @ (or a tab / CR before them) is run as a formula by Excel, WPS and
 * LibreOffice (OWASP "CSV Injection"). Such text gets a leading apostrophe, OWASP's advice, in all
 * three flavours alike. Measured with LibreOffice Calc 7.4 (HTML, CSV and TSV import):
 * `=1+1` and `=HYPERLINK(…)` become live formulas in all three, `mso-number-format:"\@"` does not
 * stop it in HTML; `'=1+1` stays the text "'=1+1" in all three. The apostrophe is visible, which is
 * the point: the reader sees that the page's text was defused, the same way in every copy. (A
 * zero-width space would also stop Calc, but invisibly: the cell would look untouched and no
 * longer equal its own text.) Real numbers ("-2", "+3", "-475.5") and dash placeholders ("-",
 * "—") are not formulas and are left alone, so 本年增/减 stays a number.
 */
const FORMULA = /^[=+\-@\t\r]/;
const HARMLESS = /^(?:[-—–]+|[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?%?)$/;

/** True when a spreadsheet would read `text` as a formula. `numeric`: the export shows a plain number. */
export function isFormulaLike(text: string, numeric = false): boolean {
  return !numeric && FORMULA.test(text) && !HARMLESS.test(text);
}

/** The text a spreadsheet cell may safely receive: formula-like text gets a leading apostrophe. */
export function neutralise(text: string, numeric = false): string {
  return isFormulaLike(text, numeric) ? `'${text}` : text;
}

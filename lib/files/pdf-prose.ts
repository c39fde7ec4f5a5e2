import { joinText, type Line } from './pdf-lines';
import type { PdfPage } from './pdf-load';

/** A page's prose lines and where they stand, before page furniture is dropped. */
export interface PageLines {
  page: PdfPage;
  lines: Line[];
}

const PAGE_NUMBER = /^[-—–－~_\s]*(第\s*)?\d{1,3}(\s*页)?(\s*[/／]\s*\d{1,3}|\s*共\s*\d{1,3}\s*页)?[-—–－~_\s]*$/;
const MARGIN = 0.1;

const inMargin = (l: Line, p: PdfPage) => l.y1 < p.height * MARGIN || l.y0 > p.height * (1 - MARGIN);
const furnitureKey = (l: Line) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');

/**
 * Drops page numbers ("-3-", "第 3 页 共 5 页") and running headers or footers (the same text
 * in the same margin on most pages): they would otherwise split a table's parts.
 */
export function dropFurniture(pages: PageLines[]): void {
  const seen = new Map<string, number>();
  for (const { page, lines } of pages) {
    for (const k of new Set(lines.filter((l) => inMargin(l, page)).map(furnitureKey))) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const repeated = (l: Line) => pages.length >= 2 && (seen.get(furnitureKey(l)) ?? 0) >= Math.max(2, pages.length / 2);
  for (const p of pages) p.lines = p.lines.filter((l) => !(inMargin(l, p.page) && (PAGE_NUMBER.test(l.text) || repeated(l))));
}

/** The report's title: the large lines at the top of its first page, joined. */
export function titleLines(first: PageLines | undefined): Line[] {
  if (!first || !first.lines.length) return [];
  const sizes = first.lines.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)];
  const out: Line[] = [];
  for (const l of first.lines) {
    // Title lines share one large size: a heading set smaller below it is not the title.
    if (l.size >= body * 1.2 && (!out.length || Math.abs(l.size - out[0].size) <= out[0].size * 0.15)) out.push(l);
    else if (out.length) break;
    else if (l.y0 > first.page.height * 0.4) break;
  }
  return out;
}

export function joinTitle(lines: Line[]): string {
  let s = '';
  for (const l of lines) s = joinText(s, l.text);
  // "2023 年": a figure set apart from its words (a space between two names stays).
  return s.replace(/(?<=\d)\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+(?=\d)/g, '').trim();
}

/** Paragraph state while walking the document's lines in order. */
export class Paragraphs {
  readonly out: string[] = [];
  private text = '';
  private last: { line: Line; page: PdfPage; right: number } | null = null;

  add(line: Line, page: PdfPage, left: number, right: number): void {
    const prev = this.last;
    const indented = line.x0 > left + line.size * 1.2;
    const continues =
      prev !== null &&
      !indented &&
      Math.abs(prev.line.size - line.size) < 1 &&
      prev.line.x1 >= prev.right - prev.line.size * 2 &&
      (prev.page !== page || line.y0 - prev.line.y1 < line.size * 1.6);
    if (!continues) this.flush();
    this.text = joinText(this.text, line.text);
    this.last = { line, page, right };
  }

  /** A table or heading between lines ends the paragraph. */
  flush(): void {
    if (this.text) this.out.push(this.text);
    this.text = '';
    this.last = null;
  }
}

/** The body's left and right edges on a page: where most lines start, and the widest end. */
export function margins(lines: Line[]): { left: number; right: number } {
  if (!lines.length) return { left: 0, right: 0 };
  const starts = new Map<number, number>();
  for (const l of lines) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const left = [...starts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  return { left, right: Math.max(...lines.map((l) => l.x1)) };
}

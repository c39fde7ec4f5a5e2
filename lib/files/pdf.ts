import { escapeHtml } from '../text';
import { FileError, MESSAGES } from './errors';
import { ruledTables, type GridTable } from './pdf-grid';
import { continues, joinTables } from './pdf-join';
import { mergeSplitRow } from './pdf-rowsplit';
import { cellText, toLines, type Line } from './pdf-lines';
import { nodePdfjs, openPdf, readPages, type PdfjsLoader, type PdfPage } from './pdf-load';
import { looseTables } from './pdf-loose';
import { dropFurniture, joinTitle, margins, Paragraphs, titleLines, type PageLines } from './pdf-prose';

/**
 * A PDF report (what Word, WPS and LibreOffice export) as HTML the page reader reads like a
 * report page: the title, the prose as <p>, each table part as a <table> rebuilt from the
 * ruling lines (or, without them, from the text's columns), every <td> saying where it stands
 * (`data-pdf-page`, `data-pdf-box="x,y,w,h"` in points from the page's top-left corner).
 * Text is only moved, never made up: every figure is a run of the PDF's own text layer.
 */
export type { PdfjsLoader, PdfjsSetup } from './pdf-load';

/** A PDF with no text layer (a scan, or pages of images). */
export class PdfTextless extends Error {
  /** How many pages the file has (each a picture). */
  readonly pages: number;
  constructor(pages = 1, message = 'PDF 没有文字层（可能是扫描件），表格是图片，无法读取数字 / the PDF has no text layer (a scan)') {
    super(message);
    this.name = 'PdfTextless';
    this.pages = pages;
  }
}

export interface PdfOptions {
  /** How to get pdf.js (an extension page passes its bundled module and worker). */
  loader?: PdfjsLoader;
}

export async function pdfToHtml(bytes: Uint8Array, options: PdfOptions = {}): Promise<string> {
  const setup = await (options.loader ?? nodePdfjs)().catch(() => {
    throw new FileError('PDF 阅读组件无法加载 / the PDF reader (pdf.js) could not be loaded');
  });
  let task: ReturnType<typeof openPdf> | null = null;
  try {
    task = openPdf(setup, bytes);
    const doc = await task.promise;
    const pages = await readPages(setup, doc);
    if (!pages.some((p) => p.runs.length)) throw new PdfTextless(doc.numPages);
    const meta = await doc.getMetadata().catch(() => null);
    const metaTitle = typeof meta?.info?.Title === 'string' ? meta.info.Title.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
    return toHtml(pages, metaTitle);
  } catch (e) {
    if (e instanceof PdfTextless || e instanceof FileError) throw e;
    if ((e as Error)?.name === 'PasswordException') throw new FileError(MESSAGES.encrypted);
    throw new FileError(MESSAGES.brokenPdf);
  } finally {
    // Also after a failed open: the loading task holds pdf.js's worker side.
    await task?.destroy().catch(() => {});
  }
}

type Block = { page: PdfPage; y: number; line?: Line; table?: GridTable };

function toHtml(pages: PdfPage[], metaTitle: string): string {
  const perPage: { page: PdfPage; tables: GridTable[]; lines: PageLines }[] = [];
  for (const page of pages) {
    const ruled = ruledTables(page.segs, page.runs, page.n);
    const loose = looseTables(ruled.rest, page.n);
    perPage.push({ page, tables: [...ruled.tables, ...loose.tables], lines: { page, lines: toLines(loose.rest) } });
  }
  const lines = perPage.map((p) => p.lines);
  dropFurniture(lines);
  const title = titleLines(lines[0]);
  // The title as printed on page 1, else the file's own title (a browser's print of a page).
  const titleText = joinTitle(title) || metaTitle;
  const blocks: Block[] = [];
  for (const { page, tables, lines: pl } of perPage) {
    const mine: Block[] = [
      ...pl.lines.filter((l) => !title.includes(l)).map((line) => ({ page, y: line.y0, line })),
      ...tables.map((table) => ({ page, y: table.y, table })),
    ];
    blocks.push(...mine.sort((a, b) => a.y - b.y));
  }
  const body: string[] = title.length ? [`<p class="pdf-title">${escapeHtml(titleText)}</p>`] : [];
  const paras = new Paragraphs();
  const flushInto = () => {
    paras.flush();
    for (const t of paras.out.splice(0)) body.push(`<p>${escapeHtml(t)}</p>`);
  };
  const edges = new Map(perPage.map((p) => [p.page, margins(p.lines.lines)]));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b.table) {
      const { left, right } = edges.get(b.page)!;
      paras.add(b.line!, b.page, left, right);
      continue;
    }
    let table = b.table;
    // The part that ends a page and the part that opens the next: one table.
    for (let next = blocks[i + 1]; next?.table && next.page.n === blocks[i].page.n + 1 && continues(table, next.table); next = blocks[i + 1]) {
      table = joinTables(table, mergeSplitRow(table, next.table) ?? next.table);
      i++;
    }
    flushInto();
    body.push(tableHtml(table));
  }
  flushInto();
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(titleText)}</title></head><body><div class="pdf-report">\n${body.join('\n')}\n</div></body></html>`;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function tableHtml(t: GridTable): string {
  const rows: string[][] = Array.from({ length: t.rows }, () => []);
  for (const cell of t.cells) {
    const span = (cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '') + (cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '');
    const box = cell.box.map(r1).join(',');
    // A filler (a slot no drawn cell covers) says nothing about where it was found.
    const where = cell.page > 0 ? ` data-pdf-page="${cell.page}" data-pdf-box="${box}"` : '';
    rows[cell.r].push(`<td${span}${where}>${escapeHtml(cellText(cell.runs))}</td>`);
  }
  return `<table border="1">\n${rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n')}\n</table>`;
}


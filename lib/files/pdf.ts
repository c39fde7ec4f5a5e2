import { FileError, MESSAGES } from './errors';
import { ruledTables, type GridTable } from './pdf-grid';
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
  constructor(message = 'PDF 没有文字层（可能是扫描件），表格是图片，无法读取数字 / the PDF has no text layer (a scan)') {
    super(message);
    this.name = 'PdfTextless';
  }
}

export interface PdfOptions {
  /** How to get pdf.js (an extension page passes its bundled module and worker). */
  loader?: PdfjsLoader;
}

export async function pdfToHtml(bytes: Uint8Array, options: PdfOptions = {}): Promise<string> {
  const setup = await (options.loader ?? nodePdfjs)();
  let opened: Awaited<ReturnType<typeof openPdf>> | null = null;
  try {
    opened = await openPdf(setup, bytes);
    const pages = await readPages(setup, opened.doc);
    if (!pages.some((p) => p.runs.length)) throw new PdfTextless();
    return toHtml(pages);
  } catch (e) {
    if (e instanceof PdfTextless || e instanceof FileError) throw e;
    if ((e as Error)?.name === 'PasswordException') throw new FileError(MESSAGES.encrypted);
    throw new FileError(MESSAGES.brokenPdf);
  } finally {
    await opened?.task.destroy().catch(() => {});
  }
}

type Block = { y: number; line: Line } | { y: number; table: GridTable };

function toHtml(pages: PdfPage[]): string {
  const perPage: { page: PdfPage; tables: GridTable[]; lines: PageLines }[] = [];
  for (const page of pages) {
    const ruled = ruledTables(page.segs, page.runs);
    const loose = looseTables(ruled.rest, page.width);
    perPage.push({ page, tables: [...ruled.tables, ...loose.tables], lines: { page, lines: toLines(loose.rest) } });
  }
  const lines = perPage.map((p) => p.lines);
  dropFurniture(lines);
  const title = titleLines(lines[0]);
  const titleText = joinTitle(title);
  const body: string[] = [];
  if (titleText) body.push(`<p class="pdf-title">${esc(titleText)}</p>`);
  const paras = new Paragraphs();
  const flushInto = () => {
    paras.flush();
    for (const t of paras.out.splice(0)) body.push(`<p>${esc(t)}</p>`);
  };
  for (const { page, tables, lines: pl } of perPage) {
    const prose = pl.lines.filter((l) => !title.includes(l));
    const { left, right } = margins(prose);
    const blocks: Block[] = [...prose.map((line) => ({ y: line.y0, line })), ...tables.map((table) => ({ y: table.y, table }))];
    blocks.sort((a, b) => a.y - b.y);
    for (const b of blocks) {
      if ('table' in b) {
        flushInto();
        body.push(tableHtml(b.table, page.n));
      } else paras.add(b.line, page, left, right);
    }
  }
  flushInto();
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(titleText)}</title></head><body><div class="pdf-report">\n${body.join('\n')}\n</div></body></html>`;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function tableHtml(t: GridTable, page: number): string {
  const rows: string[][] = Array.from({ length: t.rows }, () => []);
  for (const cell of t.cells) {
    const span = (cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '') + (cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '');
    const box = cell.box.map(r1).join(',');
    rows[cell.r].push(`<td${span} data-pdf-page="${page}" data-pdf-box="${box}">${esc(cellText(cell.runs))}</td>`);
  }
  return `<table border="1">\n${rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n')}\n</table>`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

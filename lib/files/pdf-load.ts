import { toLines } from './pdf-lines';
import { pathSegments, type Seg } from './pdf-paths';
import { verticalRuns } from './pdf-vertical';

/**
 * pdf.js behind one small loader, so an extension page can hand over its own bundled module
 * and worker (no network, no CDN) while Node uses the package's legacy build.
 */
export interface PdfjsSetup {
  /** The pdf.js module (`pdfjs-dist/legacy/build/pdf.mjs` or the page's bundled copy). */
  pdfjs: any;
  /** Directory URLs (with a trailing slash) of the package's CMaps and standard fonts. */
  cMapUrl?: string;
  standardFontDataUrl?: string;
  /**
   * A pdf.js PDFWorker over the page's bundled worker script (or set the module's
   * GlobalWorkerOptions.workerPort/workerSrc in the loader); Node runs it in-process.
   */
  worker?: unknown;
}

export type PdfjsLoader = () => Promise<PdfjsSetup>;

/** Node: the legacy build, and the CMaps and fonts from the installed package. */
export const nodePdfjs: PdfjsLoader = async () => {
  // A specifier bundlers leave alone: extension pages bring their own build (the loader).
  const legacy = 'pdfjs-dist/legacy/build/pdf.mjs';
  const pdfjs = await import(/* @vite-ignore */ legacy);
  const proc = (globalThis as any).process;
  let dir = '';
  try {
    const req = proc.getBuiltinModule('module').createRequire(import.meta.url);
    dir = req.resolve('pdfjs-dist/package.json').replace(/package\.json$/, '');
  } catch {
    // Without the files, pdf.js still reads embedded fonts (what WPS and Word export).
  }
  return { pdfjs, ...(dir ? { cMapUrl: `${dir}cmaps/`, standardFontDataUrl: `${dir}standard_fonts/` } : {}) };
};

/** A text run, in page points from the top-left corner (y down). */
export interface Run {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Font size: the run's line height. */
  size: number;
  vertical: boolean;
}

export interface PdfPage {
  n: number;
  width: number;
  height: number;
  runs: Run[];
  segs: Seg[];
}

// Bounds for hostile files: a report has a handful of pages of a few hundred runs each.
export const MAX_PAGES = 60;
const MAX_RUNS = 6000;
const MAX_TOTAL_RUNS = 60000;
/** A file pdf.js is slow on still answers: the pages read by then are the report. */
const BUDGET_MS = 15000;

type Mat = number[];
const apply = (m: Mat, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** pdf.js's loading task (its promise gives the document; destroy it when done). */
export function openPdf(setup: PdfjsSetup, bytes: Uint8Array): { promise: Promise<any>; destroy(): Promise<void> } {
  return setup.pdfjs.getDocument({
    data: new Uint8Array(bytes), // a plain copy: pdf.js refuses a Buffer and detaches what it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    maxImageSize: 1, // images carry no text: skip decoding them (the slowest part of a page)
    ...(setup.cMapUrl ? { cMapUrl: setup.cMapUrl, cMapPacked: true } : {}),
    ...(setup.standardFontDataUrl ? { standardFontDataUrl: setup.standardFontDataUrl } : {}),
    ...(setup.worker ? { worker: setup.worker } : {}),
  });
}

/** The text runs and ruling segments of the first MAX_PAGES pages. */
export async function readPages(setup: PdfjsSetup, doc: any): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  let total = 0;
  const count = Math.min(doc.numPages, MAX_PAGES);
  const until = Date.now() + BUDGET_MS;
  for (let n = 1; n <= count && total < MAX_TOTAL_RUNS && Date.now() < until; n++) {
    let page: any;
    try {
      page = await doc.getPage(n);
    } catch {
      continue; // a damaged page: read the others
    }
    const vp = page.getViewport({ scale: 1 });
    const m: Mat = vp.transform;
    let runs: Run[] = [];
    const content = await page.getTextContent().catch(() => ({ items: [] }));
    for (const it of content.items) {
      if (runs.length >= MAX_RUNS) break;
      if (typeof it.str !== 'string' || !it.str.trim() || !it.transform) continue;
      const run = toRun(it, m);
      if (run) runs.push(...splitRun(run));
    }
    total += runs.length;
    let segs: Seg[] = [];
    try {
      // Ruling lines matter only where text could stand in cells (a third of the reading time).
      if (mayHoldTable(runs)) {
        const list = await page.getOperatorList();
        segs = pathSegments(list, setup.pdfjs.OPS, m);
        const vertical = verticalRuns(list, setup.pdfjs.OPS, m);
        if (vertical.length) runs = [...runs.filter((r) => !r.vertical), ...vertical];
      }
    } catch {
      // No lines: the tables are rebuilt from the text's positions alone.
    }
    pages.push({ n, width: vp.width, height: vp.height, runs, segs });
    page.cleanup?.();
  }
  return pages;
}

function toRun(it: any, m: Mat): Run | null {
  const [a, b, , , e, f] = it.transform as number[];
  const size = Math.hypot(a, b) || it.height || 0;
  if (!(size > 0) || !Number.isFinite(e) || !Number.isFinite(f)) return null;
  const vertical = it.dir === 'ttb';
  const [x0, y0] = apply(m, e, f);
  if (vertical) {
    // Vertical runs start at their top, centred on the origin, and advance downwards.
    const h = Math.max(it.height, size);
    return { str: it.str, x: x0 - size / 2, y: y0, w: size, h, size, vertical };
  }
  // Horizontal runs: the origin is on the baseline; the glyphs rise about one size above it.
  return { str: it.str, x: x0, y: y0 - size * 0.88, w: Math.max(it.width, 0), h: size, size, vertical };
}

/**
 * A page of prose has no wide gap inside a line and no vertical text; any table part has
 * (label and figure, header words, a vertical label), even a header row alone.
 */
export function mayHoldTable(runs: Run[]): boolean {
  if (runs.some((r) => r.vertical)) return true;
  for (const line of toLines(runs)) {
    for (let i = 1; i < line.runs.length; i++) {
      const a = line.runs[i - 1], b = line.runs[i];
      if (b.x - (a.x + a.w) > 1.5 * Math.max(a.size, b.size)) return true;
    }
    // One short line standing alone could be a lone cell: a figure by itself on its line.
    if (line.runs.length === 1 && /^[\d.,]+$/.test(line.text)) return true;
  }
  return false;
}

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/**
 * pdf.js joins text on one baseline into one item, a space standing for any gap: the figures
 * of neighbouring cells can arrive as one "0 0 11". Split at the spaces, each word placed by
 * its share of the width (wide characters one em, others half), the gaps sharing the rest.
 */
export function splitRun(run: Run): Run[] {
  if (run.vertical || !/\S\s+\S/.test(run.str)) return [run];
  const words = run.str.trim().split(/\s+/);
  const widthOf = (w: string) => Array.from(w).reduce((n, ch) => n + (WIDE.test(ch) ? 1 : 0.5), 0) * run.size;
  const natural = words.reduce((n, w) => n + widthOf(w), 0);
  const gap = Math.max(0, (run.w - natural) / (words.length - 1));
  const scale = natural > run.w ? run.w / natural : 1;
  const out: Run[] = [];
  let x = run.x;
  for (const w of words) {
    const width = widthOf(w) * scale;
    out.push({ ...run, str: w, x, w: width });
    x += width + gap;
  }
  return out;
}

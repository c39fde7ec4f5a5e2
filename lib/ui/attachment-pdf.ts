import { browser } from 'wxt/browser';
import type { PdfjsLoader } from '@/lib/files/pdf';

/**
 * pdf.js for the extension's own pages (核对附件, 核对草稿): the module is bundled into a chunk
 * that loads only when a PDF is read; the worker, CMaps and standard fonts are files inside the
 * extension (copied to pdfjs/ by wxt.config.ts), so nothing is fetched from the network.
 */
export const PDFJS_DIR = '/pdfjs/';

type GetUrl = (path: string) => string;
const extensionUrl: GetUrl = (path) => (browser.runtime.getURL as (p: string) => string)(path);

export function extensionPdfjs(getUrl: GetUrl = extensionUrl): PdfjsLoader {
  return async () => {
    // @ts-ignore: the modern build ships no .d.ts of its own (the types describe the package root)
    const pdfjs = await import('pdfjs-dist/build/pdf.min.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = getUrl(`${PDFJS_DIR}pdf.worker.min.mjs`);
    return { pdfjs, cMapUrl: getUrl(`${PDFJS_DIR}cmaps/`), standardFontDataUrl: getUrl(`${PDFJS_DIR}standard_fonts/`) };
  };
}

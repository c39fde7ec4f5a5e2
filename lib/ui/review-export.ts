/** The review's three exports: file names, the JSON, and the downloads (exceljs only on click). */
import { summaryCsv } from '@/lib/export/review-rows';
import type { Outcome } from '@/lib/review/types';
import { downloadText, XLSX_TYPE } from './download';

const pad = (n: number) => String(n).padStart(2, '0');

/** 年报核对-<list host>-<YYYY-MM-DD>.<ext> */
export function reviewFileName(key: string | null, ext: 'xlsx' | 'csv' | 'json', now = new Date()): string {
  let host = 'review';
  try {
    host = new URL(key ?? '').host || host;
  } catch {
    /* no list URL: a generic name */
  }
  return `年报核对-${host}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${ext}`;
}

/**
 * Every checked entry as the CLI's --json prints it: the report, or `{ source: { url }, error }`.
 * A report read from its attachment keeps the page's address as its source (the row's address;
 * the file's is in the workbook's 附件 column).
 */
export function reviewJson(outcomes: Outcome[]): string {
  const items = outcomes.map((o) => {
    if ('error' in o) return { source: { url: o.input }, error: o.error };
    return o.attachment ? { ...o.report, source: { ...o.report.source, url: o.input } } : o.report;
  });
  return JSON.stringify(items, null, 2);
}

export const checked = (outcomes: (Outcome | null)[]): Outcome[] => outcomes.filter((o): o is Outcome => o !== null);

export async function exportReview(kind: 'xlsx' | 'csv' | 'json', key: string | null, outcomes: Outcome[], now = new Date()): Promise<void> {
  const name = reviewFileName(key, kind, now);
  if (kind === 'csv') return downloadText(name, summaryCsv(outcomes));
  if (kind === 'json') return downloadText(name, reviewJson(outcomes), 'application/json');
  // exceljs is about 900 KB: loaded on the first click only.
  const { reviewWorkbook } = await import('@/lib/export/review-workbook');
  const buffer = await reviewWorkbook(outcomes, now).xlsx.writeBuffer();
  downloadText(name, new Uint8Array(buffer as ArrayBuffer), XLSX_TYPE);
}

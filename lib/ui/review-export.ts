/** The review's three exports: file names, the JSON, and the downloads (exceljs only on click). */
import { reviewItems, summaryCsv } from '@/lib/export/review-rows';
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

/** Every checked entry as the CLI's --json prints it (lib/export/review-rows reviewItems). */
export const reviewJson = (outcomes: Outcome[]): string => JSON.stringify(reviewItems(outcomes), null, 2);

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

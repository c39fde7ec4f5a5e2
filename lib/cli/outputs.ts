import { writeFile } from 'node:fs/promises';
import { summaryCsv } from '../export/review-rows';
import { reviewWorkbook } from '../export/review-workbook';
import type { Outcome } from '../review/types';
import type { Args } from './args';

/** --xlsx FILE and --csv FILE. */
export async function writeOutputs(args: Args, outcomes: Outcome[]): Promise<void> {
  if (args.csv) await writeFile(args.csv, summaryCsv(outcomes), 'utf8');
  if (args.xlsx) await writeFile(args.xlsx, new Uint8Array((await reviewWorkbook(outcomes).xlsx.writeBuffer()) as ArrayBuffer));
}

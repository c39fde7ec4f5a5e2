import { parseReport } from '../model/schema';
import type { Report } from '../model/types';

/** The model as pretty JSON, validated first so nothing off-contract leaves the product. */
export function toJson(report: Report): string {
  return JSON.stringify(parseReport(report), null, 2);
}

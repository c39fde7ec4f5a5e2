import type { Report } from '../model/types';
import type { RuleContext } from './types';

/**
 * Last year's report, when it can be compared: given, and (when both years are known) exactly
 * one year earlier — the caller promises the same agency.
 */
export function lastYear(ctx: RuleContext): Report | null {
  const prev = ctx.previous;
  if (!prev) return null;
  const { year } = ctx.report;
  if (year != null && prev.year != null && prev.year !== year - 1) return null;
  return prev;
}

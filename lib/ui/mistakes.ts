import { refKey, type CellRef, type Finding, type Severity } from '@/lib/model/types';

/**
 * One mistake on the page, as a reviewer counts them: a cell left at 0 breaks its column's total
 * and the balance in every column it sits in, so four findings can be one wrong row. Findings are
 * grouped by their likeliest culprit's row (same table, same row, same severity); findings that
 * name no cell are grouped by rule (a missing table, row or column is one reading problem).
 * Pure: findings in, mistakes out; every finding stays in exactly one mistake.
 */
export interface Mistake {
  /** Stable within one report: severity, then the culprit row or the rule. */
  key: string;
  severity: Severity;
  /** The findings it stands for, in the order given (errors first, as the checks return them). */
  findings: Finding[];
  /** The first finding's likeliest culprit: where jump-to-cell goes. */
  culprit: CellRef | null;
}

export function mistakeKey(f: Finding): string {
  const c = f.cells[0];
  return c ? `${f.severity}|${c.table}|${c.row}` : `${f.severity}|${f.rule}`;
}

export function groupMistakes(findings: Finding[]): Mistake[] {
  const byKey = new Map<string, Mistake>();
  for (const f of findings) {
    const key = mistakeKey(f);
    const m = byKey.get(key);
    if (m) m.findings.push(f);
    else byKey.set(key, { key, severity: f.severity, findings: [f], culprit: f.cells[0] ?? null });
  }
  return [...byKey.values()];
}

/** Mistakes per severity (what the popup's headings and the badge count). */
export function mistakeCounts(findings: Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const m of groupMistakes(findings)) out[m.severity]++;
  return out;
}

/** Distinct values in first-seen order. */
export const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** The rules a mistake breaks, each once, in order. */
export const mistakeRules = (m: Mistake): string[] => unique(m.findings.map((f) => f.rule));

/** The distinct culprit cells of a mistake's findings (the first cell of each). */
export function culpritCells(m: Mistake): CellRef[] {
  const seen = new Set<string>();
  const out: CellRef[] = [];
  for (const f of m.findings) {
    const c = f.cells[0];
    if (!c) continue;
    const k = refKey(c);
    if (!seen.has(k)) seen.add(k), out.push(c);
  }
  return out;
}

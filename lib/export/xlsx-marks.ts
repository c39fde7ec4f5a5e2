import { refKey, type Finding, type Severity } from '../model/types';
import { SEVERITY_LABELS } from './format-label';

/** What the workbook shows on one model cell, as the page marks do. */
export interface CellMark {
  /** Worst severity of the findings naming this cell as their likeliest culprit (cells[0]): filled. */
  culprit?: Severity;
  /** Worst severity of the findings that only read this cell: a coloured border, like the page's thin outline. */
  read?: Severity;
  /** "错误：…" per culprit finding: the cell's note. */
  lines: string[];
}

export const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const worst = (a: Severity | undefined, b: Severity) => (!a || RANK[b] > RANK[a] ? b : a);

/** refKey → mark, for every cell some finding names. */
export function cellMarks(findings: Finding[]): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const f of findings) {
    (f.cells ?? []).forEach((ref, i) => {
      const key = refKey(ref);
      const m = marks.get(key) ?? { lines: [] };
      if (i === 0) {
        m.culprit = worst(m.culprit, f.severity);
        const line = `${SEVERITY_LABELS[f.severity]}：${f.message}`;
        if (!m.lines.includes(line)) m.lines.push(line);
      } else m.read = worst(m.read, f.severity);
      marks.set(key, m);
    });
  }
  return marks;
}

/** Errors first, then warnings, then notes; the report's order within each. */
export const bySeverity = (findings: Finding[]) => [...findings].sort((a, b) => RANK[b.severity] - RANK[a.severity]);

import type { Analysis } from '@/lib/analyse';
import { markCopies, sanitiseTables } from './draft';

/** Tables drawn at most: a report has three or four, a few more when split across pages. */
export const PREVIEW_MAX_TABLES = 12;

const outermost = (el: Element): Element => {
  let t = el;
  for (let up = t.parentElement?.closest('table'); up; up = t.parentElement?.closest('table')) t = up;
  return t;
};

/**
 * The report's tables: the top-level tables holding a cell the core read (analysis.elements), in
 * document order; with none (nothing read), the first few. A 10 MB page of 142,867 tables draws
 * only the handful that matter.
 */
export function reportTables(doc: Document, elements: Map<string, Element>, max = PREVIEW_MAX_TABLES): Element[] {
  const found = new Set<Element>();
  for (const el of elements.values()) {
    const t = el.closest('table');
    if (t) found.add(outermost(t));
  }
  if (found.size) return [...found].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)).slice(0, max);
  const first: Element[] = [];
  for (const t of doc.getElementsByTagName('table')) {
    if (t.parentElement?.closest('table')) continue;
    first.push(t);
    if (first.length >= max) break;
  }
  return first;
}

/** The draft preview: its report tables sanitised, problem cells marked (refKey → copy). */
export function draftPreview(doc: Document, analysis: Analysis) {
  return (into: Document) => {
    const { fragment, copies } = sanitiseTables(doc, into, reportTables(doc, analysis.elements));
    return { fragment, byRef: markCopies(analysis.report.findings, analysis.elements, copies, analysis.report) };
  };
}

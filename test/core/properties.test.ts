import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { refKey } from '../../lib/model/types';
import { fixtureNames, loadDocument, loadExpected } from '../helpers/fixtures';

/**
 * Over every consistent fixture: changing any single 表三 or 表四 value must give an error
 * that names that cell; blanking one must give value.blank and never a crash.
 */
const consistent = fixtureNames().filter((name) => {
  const e = loadExpected(name);
  return e.detected && e.cells && !(e.findings ?? []).some((f) => !f.rule.startsWith('value.blank') && isError(f.rule));
});

function isError(rule: string): boolean {
  return /^(applications\.|reviewLitigation\.total|active\.publishedAboveTotal|legacy\.sum|value\.invalid|structure\.missing)/.test(rule);
}

describe.each(consistent)('%s', (name) => {
  const { url } = loadExpected(name);
  const base = analyse(loadDocument(name, url), url);
  // Cells pasted as text share one element per line; those cannot be changed one by one.
  const counts = new Map<Element, number>();
  for (const el of base.elements.values()) counts.set(el, (counts.get(el) ?? 0) + 1);
  const keys = [...base.elements.keys()].filter(
    (k) => /^(applications|reviewLitigation)\|/.test(k) && counts.get(base.elements.get(k)!) === 1,
  );

  it.runIf(keys.length > 0)('flags any single changed value by its cell', () => {
    const unflagged: string[] = [];
    const doc = loadDocument(name, url);
    const { elements } = analyse(doc, url);
    for (const key of keys) {
      // Change the cell in place, read the page again, then put the cell back.
      const el = elements.get(key)!;
      const saved = el.innerHTML;
      const old = Number.parseInt((el.textContent ?? '').replace(/\D/g, '') || '0', 10);
      el.textContent = String(old + 7);
      const { report } = analyse(doc, url);
      el.innerHTML = saved;
      const hit = report.findings.some((f) => f.severity === 'error' && f.cells.some((c) => refKey(c) === key));
      if (!hit) unflagged.push(key);
    }
    expect(unflagged).toEqual([]);
  });

  it.runIf(keys.length > 0)('reports a blanked cell as value.blank', () => {
    const missed: string[] = [];
    const doc = loadDocument(name, url);
    const { elements } = analyse(doc, url);
    for (const key of keys.filter((_, i) => i % 3 === 0)) {
      const el = elements.get(key)!;
      const saved = el.innerHTML;
      el.textContent = '';
      const { report } = analyse(doc, url);
      el.innerHTML = saved;
      const named = report.findings.some((f) => f.rule === 'value.blank' && f.cells.some((c) => refKey(c) === key));
      if (!named) missed.push(key);
    }
    expect(missed).toEqual([]);
  });
});

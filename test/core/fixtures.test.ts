import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { safeParseReport } from '../../lib/model/schema';
import { fixtureNames, loadDocument, loadExpected, modelCells } from '../helpers/fixtures';

/**
 * Every fixture page against its reviewed expected output: what was detected, every cell read
 * (value, text, unit), and exactly the findings the page must give.
 */
const names = fixtureNames();

describe.each(names)('%s', (name) => {
  const expected = loadExpected(name);
  // A fragment (one table pasted alone) is read as a draft would be: assumed to be a report.
  const { report } = analyse(loadDocument(name, expected.url), expected.url, { assumeReport: expected.fragment });
  if (expected.fragment) expected.detected = true;

  it('produces a model that passes the Zod schema (the public contract)', () => {
    const parsed = safeParseReport(report);
    expect(parsed.success ? [] : parsed.error).toEqual([]);
  });

  it('is detected as expected', () => {
    expect(report.detected).toBe(expected.detected);
    if (!expected.detected) return;
    if (expected.agency !== undefined) expect(report.agency).toBe(expected.agency);
    if (expected.year !== undefined) expect(report.year).toBe(expected.year);
    if (expected.format !== undefined) expect(report.format).toBe(expected.format);
  });

  it.runIf(expected.detected)('reads every cell as the page prints it', () => {
    const cells = modelCells(report);
    const want = expected.cells ?? {};
    const normalise = (c: { value: number | null; text: string; unit?: string }) => ({ value: c.value, text: c.text, ...(c.unit ? { unit: c.unit } : {}) });
    expect(Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, normalise(c)]))).toEqual(
      Object.fromEntries(Object.entries(want).map(([k, c]) => [k, normalise(c)])),
    );
    if (expected.legacy) expect(report.legacy).toEqual(expected.legacy);
  });

  it.runIf(expected.detected)('gives exactly the expected findings', () => {
    const key = (f: { rule: string; where: string }) => `${f.rule} @ ${f.where}`;
    const got = new Set(report.findings.map(key));
    const want = new Set((expected.findings ?? []).map(key));
    const allowed = new Set((expected.findingsAllowed ?? []).map(key));
    // A fragment lacks the other tables by construction.
    if (expected.fragment) for (const f of report.findings) if (f.rule === 'structure.missing') allowed.add(key(f));
    const missing = [...want].filter((k) => !got.has(k));
    const extra = [...got].filter((k) => !want.has(k) && !allowed.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });
});

it('has fixtures', () => {
  expect(names.length).toBeGreaterThan(0);
});

// Assertions shared by the E2E files.
import assert from 'node:assert/strict';

const key = (f) => `${f.rule}@${f.where}`;

/** The report's findings are the expected file's (plus, at most, its allowed extras). */
export function assertFindings(report, expected) {
  const got = new Set(report.findings.map(key));
  const want = expected.findings.map(key);
  const allowed = new Set([...want, ...(expected.findingsAllowed ?? []).map(key)]);
  for (const w of want) assert.ok(got.has(w), `finding ${w} missing; got ${[...got].join(', ')}`);
  for (const g of got) assert.ok(allowed.has(g), `unexpected finding ${g}`);
}

/**
 * The CLI on the review page's own local column (e2e/lib/column-site.mjs): the same rows in the
 * same order, with the states and counts the review page must show (derived there from the
 * fixtures' expected files), so the extension and the command line agree on one site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module shared with the browser tests
import { startServer } from '../../e2e/lib/browser.mjs';
// @ts-expect-error plain ES module shared with the browser tests
import { columnSite, expectedRow, HOST, MAIN } from '../../e2e/lib/column-site.mjs';
import { run, type Outcome } from '../../lib/cli/main';
import { stateCode } from '../../lib/export/review-rows';
import { siteIo } from './site';

type Entry = { path: string; row: boolean; kind: string };
const GOV = `http://${HOST}`;

let srv: { url: (p: string, h?: string) => string; port: number; close: () => Promise<void> };
let outcomes: Outcome[] = [];
let status = -1;
let stderr = '';

beforeAll(async () => {
  const site = columnSite();
  srv = await startServer({ routes: site.routes });
  const h = siteIo(`http://127.0.0.1:${srv.port}`);
  h.io.stderr = (s) => void (stderr += s);
  // The outcomes as the workbook and CSV see them (after the history.* comparison).
  h.io.writeOutputs = async (_args, all) => void (outcomes = all);
  status = await run(['check', '--timeout', '2', '--csv', '/dev/null', `${GOV}${MAIN.list}`], h.io);
}, 120_000);
afterAll(() => srv?.close());

describe('nianbao check on the review page’s local column', () => {
  const rows = (MAIN.entries as Entry[]).filter((e) => e.row);

  it('lists the same report links in list order, over both pages, without the notice and the 解读 page', () => {
    expect(outcomes.map((o) => o.input)).toEqual(rows.map((e) => `${GOV}${e.path}`));
  });

  it('gives each row the state and counts the review page must show', () => {
    rows.forEach((entry, i) => {
      const want = expectedRow(entry);
      const o = outcomes[i];
      expect(stateCode(o), entry.path).toBe(want.state);
      if ('error' in o) return void expect(o.error).toMatch(want.reason);
      const count = (s: string) => o.report.findings.filter((f) => f.severity === s).length;
      expect(count('error'), entry.path).toBeGreaterThanOrEqual(want.errors[0]);
      expect(count('error'), entry.path).toBeLessThanOrEqual(want.errors[1]);
      expect(count('warning'), entry.path).toBeGreaterThanOrEqual(want.warnings[0]);
      expect(count('warning'), entry.path).toBeLessThanOrEqual(want.warnings[1]);
    });
  });

  it('says why the 404 and the page that never answers failed, and exits 2', () => {
    expect(stderr).toMatch(/404/);
    expect(status).toBe(2);
  });
});

// Issue 8's load: a column of 200 report links over 10 list pages (e2e/lib/column-site.mjs LOAD,
// five real and seed reports behind 200 distinct URLs, served locally) reviewed by the review page
// in each browser of E2E_BROWSERS. It completes, never has more than 3 requests in flight to the
// site, keeps the review page's JS heap bounded (Chromium: CDP), and the page stays responsive:
// the longest main-thread gap a page-side 50 ms probe saw, and a sort click and a filter change
// made halfway through the run. Bounds are generous (no timing flakes); the numbers are printed
// and are those of `npm run bench:extension`'s review rows.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launch, pollEval } from './lib/browser.mjs';
import { HOST, LOAD, columnSite, loadPath } from './lib/column-site.mjs';
import { measureReview } from './lib/review-measure.mjs';

for (const name of BROWSERS) {
  describe(`a 200-link column in ${name}`, () => {
    let env;
    let site;
    before(async () => {
      site = columnSite();
      env = await launch(name, { routes: site.routes });
    });
    after(async () => { await env?.close(); });

    test('completes: 200 rows, ≤ 3 requests in flight, heap bounded, the table answers clicks while it runs', async () => {
      const m = await measureReview(env, site.url(LOAD.list), { timeout: 240000 });
      const f = (x) => (x == null ? 'n/a' : x.toFixed(0));
      console.log(`# ${name}: 200-link review ${(m.ms / 1000).toFixed(1)} s; heap peak ${f(m.heapMb)} MB (after: ${f(m.heapAfterMb)} MB); ` +
        `longest main-thread gap ${f(m.maxGapMs)} ms (${m.longGaps} gaps > 100 ms in ${m.ticks} ticks); ` +
        `sort click → table ${f(m.sortMs)} ms, filter → table ${f(m.filterMs)} ms halfway; on the 200 rows after: ${f(m.after.sortMs)} / ${f(m.after.filterMs)} ms; ` +
        `≤ ${site.peak(HOST)} requests in flight`);
      assert.equal(m.rows, LOAD.n);
      const reports = site.paths('/zwgk/zfxxgk/loadnb/2');
      assert.equal(reports.length, LOAD.n, 'each report fetched once');
      assert.equal(new Set(reports).size, LOAD.n);
      const all = Array.from({ length: LOAD.n }, (_, i) => site.url(loadPath(i)));
      const shown = await m.page.evaluate(() => [...document.querySelectorAll('table#review-results tbody tr')].map((tr) => tr.getAttribute('data-nianbao-url')));
      assert.deepEqual([...shown].sort(), [...all].sort());
      assert.ok(site.peak(HOST) <= 3, `peak in flight ${site.peak(HOST)}`);
      if (m.heapMb != null) assert.ok(m.heapMb < 300, `heap ${m.heapMb} MB`);
      // Responsive: the clicks made halfway were answered (a generous bound, not a timing target).
      assert.equal(m.missedClicks, 0, 'sort and filter answered during the run');
      assert.ok(m.sortMs < 5000 && m.filterMs < 5000, `sort ${m.sortMs} ms, filter ${m.filterMs} ms`);
      await m.page.close();
      // Reopened: the 200 results come back from IndexedDB in list order, without a request.
      const seen = site.log.length;
      const again = name === 'chromium' ? await env.page() : await env.extPage('review.html');
      if (name === 'chromium') await again.goto(env.extUrl('review.html'));
      await pollEval(again, (n) => document.querySelectorAll('table#review-results tbody tr[data-nianbao-state]').length === n, { arg: LOAD.n, timeout: 20000 });
      assert.deepEqual(await again.evaluate(() => [...document.querySelectorAll('table#review-results tbody tr')].map((tr) => tr.getAttribute('data-nianbao-url'))), all);
      assert.equal(site.log.length, seen);
      await again.close();
    });
  });
}

#!/usr/bin/env node
// The review page on the local 200-link column (e2e/lib/column-site.mjs LOAD: 10 list pages, five
// real and seed reports behind 200 distinct URLs, a 3 ms "network"): time to done, peak JS heap of
// the review page (Chromium, CDP), the longest main-thread gap a 50 ms page-side probe saw, and a
// sort click / filter change made halfway through the run. In Chromium and, when built, Firefox.
// Rows of `npm run bench:extension`; alone: node scripts/bench-review.mjs [RUNS=1].
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIREFOX_EXT, launch } from '../e2e/lib/browser.mjs';
import { LOAD, columnSite } from '../e2e/lib/column-site.mjs';
import { measureReview } from '../e2e/lib/review-measure.mjs';

const RUNS = Number(process.env.REVIEW_RUNS ?? 1);
const f = (x, unit = '') => (x == null ? 'n/a' : `${x.toFixed(0)}${unit}`);
const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };

/** Table rows [measure, value, budget, ok] for each browser available. */
export async function reviewRows({ browsers = ['chromium', 'firefox'], runs = RUNS } = {}) {
  const rows = [];
  for (const name of browsers) {
    if (name === 'firefox' && !fs.existsSync(path.join(FIREFOX_EXT, 'manifest.json'))) continue;
    const ms = [];
    for (let i = 0; i < runs; i++) {
      // A fresh browser and site each run: nothing stored from the run before.
      const site = columnSite();
      const env = await launch(name, { routes: site.routes });
      try {
        const m = await measureReview(env, site.url(LOAD.list));
        if (m.rows !== LOAD.n) throw new Error(`${name}: ${m.rows} rows, not ${LOAD.n}`);
        ms.push({ ...m, peak: site.peak() });
        await m.page.close();
      } finally {
        await env.close();
      }
    }
    const pick = (k) => median(ms.map((m) => m[k]));
    const of = runs > 1 ? ` (median of ${runs})` : '';
    rows.push([`review page, ${LOAD.n}-link local column, ${name}${of}`,
      `${(pick('ms') / 1000).toFixed(1)} s to done; ≤ ${Math.max(...ms.map((m) => m.peak))} requests in flight`, '', '']);
    const heap = pick('heapMb');
    rows.push([`review page JS heap during the ${LOAD.n}-link review, ${name}`,
      heap == null ? 'n/a (no heap API in Firefox)' : `${f(heap, ' MB')} peak (CDP JSHeapUsedSize), ${f(pick('heapAfterMb'), ' MB')} after`, '< 300 MB', heap == null ? '' : heap < 300 ? 'ok' : 'OVER']);
    rows.push([`review page responsiveness during the ${LOAD.n}-link review, ${name}`,
      `longest main-thread gap ${f(pick('maxGapMs'), ' ms')}; sort click → table ${f(pick('sortMs'), ' ms')}, filter → table ${f(pick('filterMs'), ' ms')} halfway`, '', '']);
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  reviewRows().then((rows) => {
    console.log('\n| measure | value | budget | |\n|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  }).catch((e) => { console.error(e); process.exit(1); });
}

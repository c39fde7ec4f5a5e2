// A timed review of a column in a launched browser (e2e/lib/browser.mjs env): total time to
// #review-status done, peak JS heap of the review page (Chromium: CDP Performance.getMetrics),
// the longest main-thread gap seen by a page-side setInterval probe, and how long a click on a
// sort button and a filter change take to show in the table while the review runs. Shared by
// e2e/review-load.e2e.mjs and scripts/bench-review.mjs.
import { sleep } from './browser.mjs';

const PROBE_MS = 50;

/** Starts the probe in the page: the largest delay of a 50 ms interval (the main thread was busy). */
function startProbe(every) {
  if (window.__probe) return;
  const p = (window.__probe = { every, last: performance.now(), maxGap: 0, gaps: 0, ticks: 0 });
  p.timer = setInterval(() => {
    const now = performance.now();
    const late = now - p.last - every;
    p.last = now;
    p.ticks++;
    if (late > p.maxGap) p.maxGap = late;
    if (late > 100) p.gaps++;
  }, every);
}

/**
 * Clicks the sort button `key` and resolves with the ms until its <th> says the new aria-sort and
 * the shown rows are in that order (checked every animation frame), or null after 10 s.
 */
function timeSortClick(key) {
  return new Promise((resolve) => {
    const button = document.querySelector(`th button[data-sort="${key}"]`);
    if (!button) return resolve(null);
    const th = button.closest('th');
    const before = th.getAttribute('aria-sort');
    const t0 = performance.now();
    button.click();
    const ordered = (dir) => {
      // Rows not checked yet sort last in both directions: only the checked ones are in order.
      const xs = [...document.querySelectorAll('table#review-results tbody tr[data-nianbao-state]')].filter((tr) => tr.getClientRects().length)
        .map((tr) => Number(tr.getAttribute(`data-nianbao-${key}`)));
      return xs.every((x, i) => i === 0 || (dir === 'ascending' ? xs[i - 1] <= x : xs[i - 1] >= x));
    };
    const check = () => {
      const now = th.getAttribute('aria-sort');
      if (now && now !== before && ordered(now)) return resolve(performance.now() - t0);
      if (performance.now() - t0 > 10000) return resolve(null);
      requestAnimationFrame(check);
    };
    check();
  });
}

/**
 * Sets the state filter and resolves with the ms until the table shows it (every row of that state,
 * the row count changed; or, for 'all', at least as many rows as before), or null after 10 s.
 * The table removes the rows filtered out, so the count before tells the change.
 */
function timeFilter(state) {
  return new Promise((resolve) => {
    const select = document.querySelector('select#review-filter');
    if (!select) return resolve(null);
    const rowsNow = () => [...document.querySelectorAll('table#review-results tbody tr')];
    const prev = select.value;
    const before = rowsNow().length;
    const t0 = performance.now();
    select.value = state;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const check = () => {
      const rows = rowsNow();
      const shown = state === 'all'
        ? rows.length >= before && (prev === 'all' || rows.length > before || rows.some((tr) => tr.getAttribute('data-nianbao-state') !== prev))
        : rows.every((tr) => tr.getAttribute('data-nianbao-state') === state) && (prev === state || rows.length !== before);
      if (shown) return resolve(performance.now() - t0);
      if (performance.now() - t0 > 10000) return resolve(null);
      requestAnimationFrame(check);
    };
    check();
  });
}

/**
 * Opens review.html?list=listUrl in env and measures the run. Returns { ms, rows, heapMb (Chromium,
 * else null), maxGapMs, longGaps, sortMs, filterMs, clicks: [...] }.
 */
export async function measureReview(env, listUrl, { timeout = 300000 } = {}) {
  const path = `review.html?list=${encodeURIComponent(listUrl)}`;
  const chromium = env.browserName === 'chromium';
  let page;
  let cdp;
  const t0 = Date.now();
  if (chromium) {
    page = await env.page();
    cdp = await env.ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(env.extUrl(path));
  } else {
    page = await env.extPage(path);
  }
  await page.evaluate(startProbe, PROBE_MS);
  let heap = 0;
  const sampleHeap = async () => {
    if (!cdp) return;
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    if (used > heap) heap = used;
  };
  const clicks = [];
  let clicked = false;
  for (;;) {
    const [isDone, [value, max]] = await page.evaluate(() => [
      document.querySelector('#review-status')?.getAttribute('data-status') === 'done',
      (() => { const p = document.querySelector('#review-progress'); return p ? [Number(p.value), Number(p.max)] : [0, 0]; })(),
    ]);
    await sampleHeap();
    // Halfway through: a sort click and a filter change while reports keep arriving.
    if (!clicked && max > 0 && value >= max / 2 && !isDone) {
      clicked = true;
      clicks.push({ at: value, sortMs: await page.evaluate(timeSortClick, 'errors') });
      clicks.push({ at: value, sortMs: await page.evaluate(timeSortClick, 'errors') });
      clicks.push({ at: value, filterMs: await page.evaluate(timeFilter, 'problems') });
      clicks.push({ at: value, filterMs: await page.evaluate(timeFilter, 'all') });
    }
    if (isDone) break;
    if (Date.now() - t0 > timeout) throw new Error(`review not done after ${timeout} ms: ${value} / ${max}`);
    await sleep(250);
  }
  const ms = Date.now() - t0;
  await sampleHeap();
  // After the run: the same interactions on the full table.
  const after = { sortMs: await page.evaluate(timeSortClick, 'errors'), filterMs: await page.evaluate(timeFilter, 'problems') };
  await page.evaluate(timeFilter, 'all');
  const probe = await page.evaluate(() => { clearInterval(window.__probe.timer); const { maxGap, gaps, ticks } = window.__probe; return { maxGap, gaps, ticks }; });
  const rows = await page.evaluate(() => document.querySelectorAll('table#review-results tbody tr').length);
  const memory = chromium ? await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null) : null;
  const during = clicks.filter((c) => c.sortMs != null).map((c) => c.sortMs);
  const filters = clicks.filter((c) => c.filterMs != null).map((c) => c.filterMs);
  return {
    page, ms, rows,
    heapMb: chromium ? heap / 2 ** 20 : null,
    heapAfterMb: memory != null ? memory / 2 ** 20 : null,
    maxGapMs: probe.maxGap, longGaps: probe.gaps, ticks: probe.ticks,
    sortMs: during.length ? Math.max(...during) : null,
    filterMs: filters.length ? Math.max(...filters) : null,
    missedClicks: clicks.filter((c) => c.sortMs === null || c.filterMs === null).length,
    after,
  };
}

#!/usr/bin/env node
// npm run bench:extension — the extension's budgets, measured on the built .output/chrome-mv3:
//   content script (sniff.js) size, minified and gzip (budget ≤ 15 KB minified);
//   popup bundle gzip (everything popup.html loads; budget ≤ 60 KB gzip);
//   time from page load to marks on a report page (Chromium; median of N runs);
//   main-thread time the content script adds on a non-report page (Chromium, from a CDP trace:
//   the v8/devtools.timeline events whose script URL is sniff.js, i.e. exactly our work).
//   the review page on a local 200-link column: time, JS heap, responsiveness (scripts/bench-review.mjs).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { CHROME_EXT, goto, launchChromium, pollEval, sleep, startServer } from '../e2e/lib/browser.mjs';
import { reviewRows } from './bench-review.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const REPORT = 'seed-001-anhua-2021-word.html';
const NON_REPORTS = ['not-ordinary.html', 'not-news-stats.html', 'not-notice.html', 'not-report.html'];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

function sizes() {
  const sniff = fs.readFileSync(path.join(CHROME_EXT, 'sniff.js'));
  const html = fs.readFileSync(path.join(CHROME_EXT, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const files = [...new Set(refs)].map((r) => path.join(CHROME_EXT, r.replace(/^\//, '')));
  const popupRaw = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const popupGz = files.reduce((n, f) => n + gz(fs.readFileSync(f)), 0);
  const analyser = fs.readFileSync(path.join(CHROME_EXT, 'analyser.js'));
  const background = fs.readFileSync(path.join(CHROME_EXT, 'background.js'));
  return { sniff: [sniff.length, gz(sniff)], popup: [popupRaw, popupGz, files.length], analyser: [analyser.length, gz(analyser)], background: [background.length, gz(background)] };
}

/** ms from navigation start to DOMContentLoaded, load, and the first data-nianbao-finding. */
async function timeToMarks(env) {
  const page = await env.page();
  await page.addInitScript(() => {
    new MutationObserver((records, obs) => {
      if (records.some((r) => r.attributeName === 'data-nianbao-finding')) { window.__marksAt = performance.now(); obs.disconnect(); }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-nianbao-finding'] });
  });
  await goto(page, env.url(REPORT), { waitUntil: 'load' });
  const t = await pollEval(page, () => window.__marksAt && (() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, marks: window.__marksAt };
  })());
  await page.close();
  return t;
}

/** Main-thread time in sniff.js on a non-report page, from a devtools timeline trace. */
async function sniffCost(env, file) {
  const page = await env.page();
  const cdp = await env.ctx.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await goto(page, env.url(file, 'www.example.gov.cn'), { waitUntil: 'load' });
  await sleep(1000); // document_idle and any (bounded) follow-up
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  const ours = events.filter((e) => e.ph === 'X' && /sniff\.js/.test(e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? ''));
  // Top-level slices only (nested v8 events are inside EvaluateScript/FunctionCall).
  const top = ours.filter((e) => ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run', 'TimerFire'].includes(e.name));
  const byName = {};
  for (const e of top) byName[e.name] = (byName[e.name] ?? 0) + e.dur / 1000;
  const total = (byName.EvaluateScript ?? byName['v8.run'] ?? 0) + (byName.FunctionCall ?? 0);
  return { total, byName, found: ours.length };
}

async function main() {
  const s = sizes();
  const server = await startServer();
  const env = await launchChromium({ server });
  const rows = [];
  try {
    const marks = [];
    for (let i = 0; i < RUNS; i++) marks.push(await timeToMarks(env));
    const costs = {};
    for (const f of NON_REPORTS) {
      const xs = [];
      for (let i = 0; i < RUNS; i++) xs.push(await sniffCost(env, f));
      costs[f] = xs;
    }
    rows.push(['content script sniff.js (every .gov.cn frame)', `${kb(s.sniff[0])} min, ${kb(s.sniff[1])} gzip`, '≤ 15 KB min', s.sniff[0] <= 15 * 1024 ? 'ok' : 'OVER']);
    rows.push([`popup bundle (${s.popup[2]} files popup.html loads)`, `${kb(s.popup[0])} min, ${kb(s.popup[1])} gzip`, '≤ 60 KB gzip', s.popup[1] <= 60 * 1024 ? 'ok' : 'OVER']);
    rows.push(['analyser.js (injected into report frames only)', `${kb(s.analyser[0])} min, ${kb(s.analyser[1])} gzip`, '', '']);
    rows.push(['background.js', `${kb(s.background[0])} min, ${kb(s.background[1])} gzip`, '', '']);
    const m = (k) => median(marks.map((x) => x[k]));
    rows.push([`report page → marks (安化 2021, median of ${RUNS})`, `${m('marks').toFixed(0)} ms after navigation start; ${(m('marks') - m('dcl')).toFixed(0)} ms after DOMContentLoaded, ${(m('marks') - m('load')).toFixed(0)} ms after load`, '', '']);
    for (const [f, xs] of Object.entries(costs)) {
      const found = xs.some((x) => x.found);
      const mid = [...xs].sort((a, b) => a.total - b.total)[Math.floor(xs.length / 2)];
      const parts = Object.entries(mid.byName).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
      rows.push([`non-report ${f}: main-thread time in sniff.js (median of ${RUNS})`, found ? `${mid.total.toFixed(2)} ms (${parts})` : 'no sniff.js events in trace', '', '']);
    }
  } finally {
    await env.close();
    await server.close();
  }
  // The review page on the 200-link local column (scripts/bench-review.mjs), each browser built.
  rows.push(...(await reviewRows()));
  console.log('\n| measure | value | budget | |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

main().catch((e) => { console.error(e); process.exit(1); });

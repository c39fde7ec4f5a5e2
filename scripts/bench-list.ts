/**
 * Bench rows for list pages and the CLI (npm run bench prints them after the page table):
 * isListPage on ordinary pages and the content script's whole decision (lib/page/sniff verdict:
 * detector, list test, pending-report hint), which run on every .gov.cn page; and a 200-link column
 * served on 127.0.0.1 (the CLI's cost per page with each DOM: scripts/bench-cli.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysePage, listOf } from '../lib/cli/analyse-page';
import { run } from '../lib/cli/main';
import { readInput } from '../lib/cli/read-input';
import { detectReport } from '../lib/detect';
import { isListPage } from '../lib/list';
import { verdict } from '../lib/page/sniff';
import { fixtureNames, FIXTURES, loadExpected, parseHtml } from '../test/helpers/fixtures';

type Median = (fn: () => void, runs?: number) => number;
const fmt = (ms: number) => (ms < 0.1 ? ms.toFixed(3) : ms.toFixed(2));
const page = (name: string) => readFileSync(join(FIXTURES, `${name}.html`), 'utf8');

/** The list test's worst case: titled 年报, not a report, 3,000 links of which none names a report (all are read). */
function titledPage(): { name: string; html: string; url: string } {
  const side = Array.from({ length: 3000 }, (_, i) => `<li><a href="/xw/${i}.html">关于公开第${i}批政府信息的通知</a></li>`).join('');
  const html = `<html><head><title>政府信息公开年报_龙溪县人民政府</title></head><body><ul>${side}</ul><p>${'栏目说明。'.repeat(2000)}</p></body></html>`;
  return { name: '(titled 年报, 3,000 links, none a report)', html, url: 'http://www.lx.gov.cn/zwgk/nb/' };
}

/**
 * isListPage, and the content script's whole decision (report? list? wait for a late body?), median
 * ms, on every not-* fixture, the 平潭 column, a 年报-titled page whose 3,000 links the list test reads, and the large
 * ordinary page: what every .gov.cn frame pays before anything is injected.
 */
export function listRecognitionRows(median: Median, big: { html: string; url: string }): string[] {
  const rows = ['| page (jsdom) | isListPage (ms, median) | sniff decision: detector + list test (ms, median) | verdict |', '|---|---:|---:|---|'];
  for (const p of recognitionPages(big)) {
    const doc = parseHtml(p.html, p.url);
    const list = fmt(median(() => isListPage(doc, p.url)));
    const decide = fmt(median(() => verdict(doc, p.url, detectReport, isListPage)));
    rows.push(`| ${p.name} | ${list} | ${decide} | ${verdict(doc, p.url, detectReport, isListPage)} |`);
  }
  return rows;
}

/** The pages the recognition rows measure: not-* fixtures, the 平潭 column, the worst 年报-titled page, the large page. */
function recognitionPages(big: { html: string; url: string }) {
  const pages = fixtureNames()
    .filter((n) => /(^|\/)not-|pingtan-list/.test(n))
    .map((n) => ({ name: n, url: loadExpected(n).url, html: page(n) }));
  return [...pages, titledPage(), { name: '(large ordinary page)', ...big }];
}

/**
 * The same decision in Chromium (/usr/bin/chromium, the browser the content script runs in), on
 * each page loaded at its own URL (as https) with its scripts off and cross-origin isolated (timers to 5 µs,
 * not 100): jsdom's numbers above overstate link loops (its live collections re-walk the tree on
 * index access) and selector queries. The core is bundled with esbuild (tsx's) and evaluated in the
 * page. Warm: batches of 20 calls, median of 40. Cold: the first call in a freshly loaded page (what
 * a content script pays: nothing compiled yet), median of 7 loads.
 */
// Page-side code as strings: tsx would wrap a function's inner functions in its __name helper.
const WARM = `(() => {
  const nb = globalThis.__nb;
  const median = (fn) => {
    for (let i = 0; i < 5; i++) fn();
    const times = [];
    for (let b = 0; b < 40; b++) {
      const t = performance.now();
      for (let i = 0; i < 20; i++) fn();
      times.push((performance.now() - t) / 20);
    }
    return times.sort((a, b) => a - b)[20];
  };
  return {
    isolated: crossOriginIsolated,
    detect: median(() => nb.detectReport(document, location.href)),
    list: median(() => nb.isListPage(document, location.href)),
    decide: median(() => nb.verdict(document, location.href, nb.detectReport, nb.isListPage)),
    verdict: nb.verdict(document, location.href, nb.detectReport, nb.isListPage),
  };
})()`;
const COLD = (call: string) => `(() => { const nb = globalThis.__nb; const t = performance.now(); ${call}; return performance.now() - t; })()`;
const COLD_DETECT = COLD('nb.detectReport(document, location.href)');
const COLD_DECIDE = COLD('nb.verdict(document, location.href, nb.detectReport, nb.isListPage)');

export async function browserRecognitionRows(big: { html: string; url: string }, loads = 7): Promise<string[]> {
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const entry = `import { detectReport } from './lib/detect'; import { isListPage } from './lib/list/links'; import { verdict } from './lib/page/sniff';
    globalThis.__nb = { detectReport, isListPage, verdict };`;
  const code = (await build({ stdin: { contents: entry, resolveDir: join(import.meta.dirname, '..'), loader: 'ts' }, bundle: true, write: false, format: 'iife', minify: true })).outputFiles[0].text;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const rows = [
    '| page (Chromium) | detector alone, warm | isListPage, warm | sniff decision (detector + list test + heading hint), warm | detector alone, cold | sniff decision, cold | verdict |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  const headers = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  try {
    const tab = await browser.newPage({ javaScriptEnabled: false });
    for (const p of recognitionPages(big)) {
      await tab.unroute('**/*');
      await tab.route('**/*', (r) => (r.request().isNavigationRequest() ? r.fulfill({ body: p.html, contentType: 'text/html; charset=utf-8', headers }) : r.abort()));
      const fresh = async (what: string) => {
        // https: isolation needs a secure context (the route answers it, no certificate involved).
        await tab.goto(p.url.replace(/^http:/, 'https:'), { waitUntil: 'domcontentloaded' });
        await tab.evaluate(code);
        return (await tab.evaluate(what)) as number;
      };
      const coldDetect: number[] = [];
      const coldDecide: number[] = [];
      for (let i = 0; i < loads; i++) {
        coldDetect.push(await fresh(COLD_DETECT));
        coldDecide.push(await fresh(COLD_DECIDE));
      }
      await fresh('0');
      const r = (await tab.evaluate(WARM)) as { isolated: boolean; detect: number; list: number; decide: number; verdict: string };
      if (!r.isolated) throw new Error('not cross-origin isolated: timers are coarse');
      rows.push(`| ${p.name} | ${fmt(r.detect)} | ${fmt(r.list)} | ${fmt(r.decide)} | ${fmt(mid(coldDetect))} | ${fmt(mid(coldDecide))} | ${r.verdict} |`);
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** A 200-link column of 190 KB Word pages served locally: the whole CLI run, network local. */
export async function columnRow(n = 200): Promise<string> {
  const report = page('seed-004-furongzhen-2020-word');
  const items = Array.from({ length: n }, (_, i) => `<li><a href="./r/${i}.htm">芙蓉镇${i}号单位2020年政府信息公开工作年度报告</a></li>`).join('');
  const list = `<html><head><title>政府信息公开年报</title></head><body><ul>${items}</ul></body></html>`;
  const server = http.createServer((req, res) => void res.end(req.url === '/nb/' ? list : report));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const t = performance.now();
  await run(['check', '--json', `${base}/nb/`], { stdout: () => {}, stderr: () => {}, color: false, read: readInput, analyse: analysePage, list: listOf, pauseMs: 0 });
  const s = (performance.now() - t) / 1000;
  server.closeAllConnections();
  server.close();
  return `| ${n}-link column (190 KB pages, served on 127.0.0.1, --concurrency 3, no pause) | ${s.toFixed(1)} s (${((s * 1000) / n).toFixed(0)} ms a report) |`;
}

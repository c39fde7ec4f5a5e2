/**
 * Bench rows for list pages and the CLI (npm run bench prints them after the page table):
 * isListPage on ordinary pages (it will run on every .gov.cn page), and a 200-link column
 * served on 127.0.0.1 (the CLI's cost per page with each DOM: scripts/bench-cli.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysePage, listOf } from '../lib/cli/analyse-page';
import { run } from '../lib/cli/main';
import { readInput } from '../lib/cli/read-input';
import { isListPage } from '../lib/list';
import { fixtureNames, FIXTURES, loadExpected, parseHtml } from '../test/helpers/fixtures';

type Median = (fn: () => void, runs?: number) => number;
const fmt = (ms: number) => (ms < 0.1 ? ms.toFixed(3) : ms.toFixed(2));
const page = (name: string) => readFileSync(join(FIXTURES, `${name}.html`), 'utf8');

/** isListPage, median ms, on every not-* fixture and the large ordinary page. */
export function listRecognitionRows(median: Median, big: { html: string; url: string }): string[] {
  const rows = ['| page | isListPage (ms, median) | list? |', '|---|---:|---|'];
  const pages = fixtureNames()
    .filter((n) => /(^|\/)not-|pingtan-list/.test(n))
    .map((n) => ({ name: n, url: loadExpected(n).url, html: page(n) }));
  for (const p of [...pages, { name: '(large ordinary page)', ...big }]) {
    const doc = parseHtml(p.html, p.url);
    rows.push(`| ${p.name} | ${fmt(median(() => isListPage(doc, p.url)))} | ${isListPage(doc, p.url) ? 'yes' : 'no'} |`);
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

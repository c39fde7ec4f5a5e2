/**
 * Bench rows for the CLI's DOM (npm run bench): the cost per report page in a batch, parse + read +
 * check (analysePage, the CLI's own path), with each DOM the CLI can use, and the heap one parsed
 * page takes. Rounds are interleaved (jsdom, linkedom, happy-dom, jsdom, …) with a full collection
 * before each, so a busy machine or one DOM's garbage weighs on every row alike.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Window } from 'happy-dom';
import { analysePage, useParser } from '../lib/cli/analyse-page';
import { parseJsdom, type ParsedPage } from '../lib/cli/dom';
import { parseLinkedom } from '../lib/cli/dom-linkedom';
import { fixtureNames, FIXTURES, loadExpected } from '../test/helpers/fixtures';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** happy-dom, for comparison only: its own parser's tree is not the browsers' (see the README). */
function parseHappy(html: string, url: string): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
      fetch: { interceptor: { beforeAsyncRequest: async ({ window: w }) => new w.Response('', { status: 403 }) } },
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => void window.happyDOM.close() };
}

const DOMS: [string, (html: string, url: string) => ParsedPage][] = [
  ['linkedom + parse5 (default)', parseLinkedom],
  ['jsdom (NIANBAO_DOM=jsdom)', parseJsdom],
  ['happy-dom 21 (not used)', parseHappy],
];

const q = (a: number[], f: number) => [...a].sort((x, y) => x - y)[Math.floor(f * (a.length - 1))];

/** Heap a parsed page holds while it is read (MB, after a full collection): what each page in flight costs. */
function heapOfDom(parse: (html: string, url: string) => ParsedPage, html: string, url: string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const dom = parse(html, url);
  void dom.document.body?.textContent; // a DOM that builds lazily pays here
  gc();
  const mb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  dom.close();
  return mb;
}

/** Median and p90 ms per page in a batch of the real report pages and the seed pages, per DOM. */
export function cliPageRows(rounds = Number(process.env.BENCH_CLI_ROUNDS ?? 5)): string[] {
  const names = fixtureNames().filter((n) => (n.startsWith('real/') || n.startsWith('seed-')) && loadExpected(n).detected);
  const pages = names.map((n) => ({ input: n, url: loadExpected(n).url, html: readFileSync(join(FIXTURES, `${n}.html`), 'utf8'), charset: 'utf-8' }));
  // The real Word pages: 平潭 2019–2022, 200–350 KB, the size that costs.
  const word = new Set(pages.filter((p) => p.input.startsWith('real/') && p.html.length > 190_000).map((p) => p.input));
  const big = pages.find((p) => p.input === 'real/pingtan-2021')!;
  const all = new Map(DOMS.map(([name]) => [name, [] as number[]]));
  const words = new Map(DOMS.map(([name]) => [name, [] as number[]]));
  for (const [, parse] of DOMS) useParser(parse), pages.forEach((p) => analysePage(p)); // warm up
  for (let r = 0; r < rounds; r++)
    for (const [name, parse] of DOMS) {
      useParser(parse);
      gc();
      for (const p of pages) {
        const t = performance.now();
        analysePage(p);
        const ms = performance.now() - t;
        all.get(name)!.push(ms);
        if (word.has(p.input)) words.get(name)!.push(ms);
      }
    }
  useParser(parseLinkedom);
  const load = loadavg().map((x) => x.toFixed(1)).join(', ');
  const rows = [
    `CLI per page in a batch (parse + read + check): ${pages.length} pages (real and seed reports) × ${rounds} interleaved rounds; load average ${load}.`,
    '',
    '| DOM for the CLI | per page, median (ms) | p90 (ms) | real Word pages 200–350 KB: median / p90 (ms) | heap of one parsed 347 KB page (MB) |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const [name, parse] of DOMS) {
    const a = all.get(name)!;
    const w = words.get(name)!;
    const heap = heapOfDom(parse, big.html, big.url);
    rows.push(`| ${name} | ${q(a, 0.5).toFixed(1)} | ${q(a, 0.9).toFixed(1)} | ${q(w, 0.5).toFixed(1)} / ${q(w, 0.9).toFixed(1)} | ${heap.toFixed(1)} |`);
  }
  return rows;
}

/**
 * Bench rows for the CLI's DOM (npm run bench): the cost per report page in a batch, parse + read +
 * check (analysePage, the CLI's own path), with each DOM the CLI can use, and the heap one parsed
 * page takes. Each batch runs in its own process, as a CLI run uses one DOM (no DOM's garbage
 * weighs on another's pages), and the processes alternate (linkedom, jsdom, happy-dom, linkedom,
 * …) so a busy machine weighs on every row alike.
 */
import { spawnSync } from 'node:child_process';
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

const DOMS: Record<string, (html: string, url: string) => ParsedPage> = {
  'linkedom + parse5 (default)': parseLinkedom,
  'jsdom (NIANBAO_DOM=jsdom)': parseJsdom,
  'happy-dom 21 (not used)': parseHappy,
};
const CHILD = '--bench-cli-child';

/** The batch: every real and seed report page; the real Word pages (平潭 2019–2022, 200–350 KB) marked. */
function batch() {
  return fixtureNames()
    .filter((n) => (n.startsWith('real/') || n.startsWith('seed-')) && loadExpected(n).detected)
    .map((n) => ({ input: n, url: loadExpected(n).url, html: readFileSync(join(FIXTURES, `${n}.html`), 'utf8'), charset: 'utf-8' }))
    .map((p) => ({ ...p, word: p.input.startsWith('real/') && p.html.length > 190_000 }));
}

/** In a child process: one warm-up pass, one timed pass, and the heap of one parsed 347 KB page (MB). */
function child(dom: string): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const pages = batch();
  useParser(DOMS[dom]);
  pages.forEach((p) => analysePage(p));
  gc();
  const times = pages.map((p) => {
    const t = performance.now();
    analysePage(p);
    return { ms: performance.now() - t, word: p.word };
  });
  const big = pages.find((p) => p.input === 'real/pingtan-2021')!;
  gc();
  const before = process.memoryUsage().heapUsed;
  const parsed = DOMS[dom](big.html, big.url);
  void parsed.document.body?.textContent; // a DOM that builds lazily pays here
  gc();
  const heap = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  parsed.close();
  process.stdout.write(JSON.stringify({ times, heap }));
}

const q = (a: number[], f: number) => [...a].sort((x, y) => x - y)[Math.floor(f * (a.length - 1))].toFixed(1);

/** Median and p90 ms per page in a batch of the real and seed report pages, per DOM, one process per batch. */
export function cliPageRows(rounds = Number(process.env.BENCH_CLI_ROUNDS ?? 5)): string[] {
  const all = new Map(Object.keys(DOMS).map((d) => [d, { ms: [] as number[], word: [] as number[], heap: [] as number[] }]));
  const load = loadavg()[0];
  for (let r = 0; r < rounds; r++)
    for (const dom of Object.keys(DOMS)) {
      const run = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, CHILD, dom], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (run.status !== 0) throw new Error(`bench-cli child (${dom}) failed: ${run.stderr}`);
      const { times, heap } = JSON.parse(run.stdout) as { times: { ms: number; word: boolean }[]; heap: number };
      const a = all.get(dom)!;
      for (const t of times) (a.ms.push(t.ms), t.word && a.word.push(t.ms));
      a.heap.push(heap);
    }
  const pages = batch();
  const rows = [
    `CLI per page in a batch (parse + read + check): ${pages.length} real and seed report pages (${pages.filter((p) => p.word).length} real Word pages of 200–350 KB), each DOM's batch in its own process after a warm-up pass, ${rounds} alternating rounds; load average ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}.`,
    '',
    '| DOM for the CLI | per page, median (ms) | p90 (ms) | real Word pages: median / p90 (ms) | heap of one parsed 347 KB page (MB) |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const [dom, a] of all) rows.push(`| ${dom} | ${q(a.ms, 0.5)} | ${q(a.ms, 0.9)} | ${q(a.word, 0.5)} / ${q(a.word, 0.9)} | ${q(a.heap, 0.5)} |`);
  return rows;
}

if (process.argv[2] === CHILD) child(process.argv[3]);

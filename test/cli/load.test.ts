import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage, listOf } from '../../lib/cli/analyse-page';
import { run, type Io } from '../../lib/cli/main';
import { readInput } from '../../lib/cli/read-input';
import { FIXTURES } from '../helpers/fixtures';
import { serve, type Route } from './server';
import { link, listPage } from './site';

const N = 200;
setFlagsFromString('--expose-gc');
/** A full collection, so the heap measured is what is held, not garbage not yet collected. */
const gc = runInNewContext('gc') as () => void;
const heapMb = () => (gc(), process.memoryUsage().heapUsed / 2 ** 20);
// A Word-pasted report (~190 KB): the size that costs memory when pages are held.
const REPORT = readFileSync(join(FIXTURES, 'seed-004-furongzhen-2020-word.html'), 'utf8');
let srv: Awaited<ReturnType<typeof serve>>;
let inFlight = 0;
let peak = 0;

beforeAll(async () => {
  const routes: Record<string, Route> = {};
  const page = (from: number, to: number, next: string) =>
    listPage(
      Array.from({ length: to - from }, (_, i) => link(`./r/${from + i}.htm`, `芙蓉镇${from + i}号单位2020年政府信息公开工作年度报告`)).join(''),
      next,
    );
  routes['/big/'] = (_, res) => void res.end(page(0, N / 2, '<a href="index_1.html">下一页</a>'));
  routes['/big/index_1.html'] = (_, res) => void res.end(page(N / 2, N, '<a href="index.html">上一页</a>'));
  for (let i = 0; i < N; i++)
    routes[`/big/r/${i}.htm`] = (_, res) => {
      peak = Math.max(peak, ++inFlight);
      // A few milliseconds of "network", so requests overlap if the limit lets them.
      setTimeout(() => res.end(REPORT, () => inFlight--), 3);
    };
  srv = await serve(routes);
});
afterAll(() => srv.close());

function io(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    color: false,
    read: readInput,
    analyse: analysePage,
    list: listOf,
    pauseMs: 1,
  };
}

describe('a column of 200 links', () => {
  it('completes in list order, at most --concurrency requests at a time, with memory bounded', async () => {
    const h = io();
    const before = heapMb();
    let held = 0;
    // Every 25 reports printed: the heap after a collection (pages, DOMs and lists must not pile up).
    const stdout = h.stdout;
    let printed = 0;
    h.stdout = (x) => (stdout(x), ++printed % 25 === 0 && (held = Math.max(held, heapMb() - before)));
    const progress = { start: 0, total: 0, ticks: 0, stopped: false };
    h.progress = {
      start: (n) => (progress.start = n),
      total: (n) => (progress.total = n),
      tick: () => progress.ticks++,
      stop: () => (progress.stopped = true),
    };
    const t0 = performance.now();
    const status = await run(['check', '--concurrency', '2', `${srv.base}/big/`], h);
    const ms = performance.now() - t0;
    const after = heapMb() - before;
    console.log(`200-link column: ${(ms / 1000).toFixed(1)} s; heap held ${held.toFixed(1)} MB at most during the run, ${after.toFixed(1)} MB after (${before.toFixed(0)} MB before)`);
    expect(status).toBe(1); // 芙蓉镇 2020 has errors
    const heads = h.out.join('').match(/^== .* ==$/gm)!;
    expect(heads).toHaveLength(N);
    expect(heads[0]).toBe(`== ${srv.base}/big/r/0.htm ==`);
    expect(heads[N - 1]).toBe(`== ${srv.base}/big/r/${N - 1}.htm ==`);
    expect(heads.map((x) => Number(/r\/(\d+)\.htm/.exec(x)![1]))).toEqual(Array.from({ length: N }, (_, i) => i));
    expect(peak).toBeLessThanOrEqual(2);
    expect(peak).toBe(2);
    // 200 pages of 190 KB are 76 MB of UTF-16 text and well over 1 GB as jsdom DOMs: none may be
    // held after its report, not even through a cell text that is a slice of the page (a parser may slice)
    // (what stays is 200 report models and the printed text, plus the DOMs in flight).
    expect(held).toBeLessThan(120);
    expect(after).toBeLessThan(40);
    expect(progress).toEqual({ start: 1, total: N, ticks: N, stopped: true });
  }, 120_000);
});

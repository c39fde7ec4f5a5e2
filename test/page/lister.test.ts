// @vitest-environment jsdom
// The list reader (lib/page/lister.ts): a 年报 column read from the rendered DOM, links the page's
// script adds later picked up, and the watch bounded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readColumn } from '@/lib/list';
import { watchColumn as watch } from '@/lib/page/lister';
import type { ColumnInfo } from '@/lib/messages';
import { FIXTURES } from '../helpers/fixtures';

const URL_ = 'http://www.lx.gov.cn/zwgk/nb/';
const item = (i: number, agency = '龙溪县第' + i + '局') =>
  `<li><a href="./t${i}.html">${agency}2024年政府信息公开工作年度报告</a></li>`;
const items = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => item(from + k)).join('');

/** A 年报 column in the test's own document (the environment's MutationObserver watches it). */
function page(list: string, title = '政府信息公开年报_龙溪县人民政府') {
  document.head.innerHTML = `<title>${title}</title>`;
  document.body.innerHTML = `<div class="nav"><a href="/">首页</a><a href="/zwgk/nb/">政府信息公开年报</a></div><ul id="list">${list}</ul>`;
}
const addLinks = (html: string) => document.getElementById('list')!.insertAdjacentHTML('beforeend', html);

let sent: ColumnInfo[];
const send = (c: ColumnInfo) => void sent.push(c);
/** Every test's watch is stopped after it: they all watch the one document. */
const stops: (() => void)[] = [];
const watchColumn = (...args: Parameters<typeof watch>) => {
  const stop = watch(...args);
  stops.push(stop);
  return stop;
};
beforeEach(() => {
  sent = [];
  vi.useFakeTimers();
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
});

describe('watchColumn', () => {
  it('sends the column read from the page at once, with its URL and title', () => {
    page(items(0, 3));
    watchColumn(document, URL_, readColumn, send);
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe(URL_);
    expect(sent[0].title).toBe('政府信息公开年报_龙溪县人民政府');
    expect(sent[0].links.map((l) => l.url)).toEqual([0, 1, 2].map((i) => `${URL_}t${i}.html`));
  });

  it('picks up links the page script adds a second after load, and sends the whole column again', async () => {
    page(items(0, 3));
    watchColumn(document, URL_, readColumn, send);
    setTimeout(() => addLinks(items(3, 12)), 1000);
    await vi.advanceTimersByTimeAsync(2500);
    expect(sent).toHaveLength(2);
    expect(sent[1].links).toHaveLength(12);
    expect(sent[1].links[11]).toMatchObject({ url: `${URL_}t11.html`, year: 2024, agency: '龙溪县第11局' });
  });

  it('sees an href set after the link was inserted (templates that bind attributes later)', async () => {
    page(items(0, 3));
    watchColumn(document, URL_, readColumn, send);
    addLinks('<li><a id="late">龙溪县水利局2024年政府信息公开工作年度报告</a></li>');
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent).toHaveLength(1); // no href yet: not a link, nothing new
    document.getElementById('late')!.setAttribute('href', './water.html');
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent.at(-1)!.links.map((l) => l.url)).toContain(`${URL_}water.html`);
  });

  it('keeps the links it saw when the page swaps its list in place (a pager drawn by script)', async () => {
    page(items(0, 5));
    watchColumn(document, URL_, readColumn, send);
    setTimeout(() => (document.getElementById('list')!.innerHTML = items(5, 10)), 800);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent.at(-1)!.links.map((l) => l.url)).toEqual(Array.from({ length: 10 }, (_, i) => `${URL_}t${i}.html`));
  });

  it('does not re-read for changes that bring no link (a ticker), nor send an unchanged column', async () => {
    page(items(0, 3));
    const read = vi.fn(readColumn);
    watchColumn(document, URL_, read, send);
    const clock = document.body.appendChild(document.createElement('span'));
    for (let i = 0; i < 50; i++) {
      clock.textContent = String(i);
      clock.appendChild(document.createElement('b'));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(read).toHaveBeenCalledTimes(1);
    addLinks('<li><a href="./t0.html">龙溪县第0局2024年政府信息公开工作年度报告</a></li>'); // the same report again
    await vi.advanceTimersByTimeAsync(1500);
    expect(read).toHaveBeenCalledTimes(2);
    expect(sent).toHaveLength(1);
  });

  it('is bounded: a page that adds links forever is read at most maxReads more times, then left alone', async () => {
    page(items(0, 3));
    const read = vi.fn(readColumn);
    watchColumn(document, URL_, read, send, { maxReads: 5, watchMs: 60000 });
    let n = 3;
    const forever = setInterval(() => addLinks(item(n++)), 200);
    await vi.advanceTimersByTimeAsync(30000);
    clearInterval(forever);
    expect(read).toHaveBeenCalledTimes(1 + 5);
    expect(sent.length).toBeLessThanOrEqual(6);
    expect(sent.at(-1)!.links.length).toBeLessThan(n); // later links were not read: the watch had stopped
  });

  it('is bounded in time too: nothing is read after watchMs', async () => {
    page(items(0, 3));
    const read = vi.fn(readColumn);
    watchColumn(document, URL_, read, send, { watchMs: 2000, maxReads: 100 });
    await vi.advanceTimersByTimeAsync(3000);
    addLinks(items(3, 6));
    await vi.advanceTimersByTimeAsync(3000);
    expect(read).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(1);
  });

  it('returns stop(), and never throws into the page when the reader fails', async () => {
    page(items(0, 3));
    const read = vi.fn(() => {
      throw new Error('boom');
    });
    const stop = watchColumn(document, URL_, read, send);
    stop();
    addLinks(items(3, 6));
    await vi.advanceTimersByTimeAsync(3000);
    expect(read).toHaveBeenCalledTimes(1);
    expect(sent).toEqual([]);
  });
});

describe('the real 平潭 column, rendered without its scripts (the API list never arrives)', () => {
  it('sends its ten static reports and its second page', () => {
    const html = readFileSync(join(FIXTURES, 'real/pingtan-list.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.replaceChild(document.adoptNode(doc.documentElement), document.documentElement);
    const url = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/';
    watchColumn(document, url, readColumn, send);
    expect(sent).toHaveLength(1);
    expect(sent[0].links.map((l) => l.year)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016]);
    expect(sent[0].pages).toEqual([`${url}index_1.htm`]);
    expect(sent[0].title).toBe('政府信息公开年报_政府信息公开_平潭综合实验区党工委管委会');
  });
});

// @vitest-environment jsdom
// The content script's list branch (lib/page/sniff.ts with the real detector and isListPage, as
// entrypoints/sniff.ts wires them): ordinary pages pay the two tests and nothing else; list pages
// ask for the list reader once, also when their list is rendered late; reports still win.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectReport } from '@/lib/detect';
import { isListPage } from '@/lib/list/links';
import { looksLikePendingReport, sniff, verdict } from '@/lib/page/sniff';
import { FIXTURES, fixtureNames, loadExpected } from '../helpers/fixtures';

/** Replaces the test document with a fixture page (scripts are not run). */
function show(name: string): string {
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.adoptNode(doc.documentElement), document.documentElement);
  return loadExpected(name).url;
}

function run(url: string, opts = {}) {
  const load = vi.fn();
  const onList = vi.fn();
  const isList = vi.fn(isListPage);
  sniff(document, url, detectReport, load, { isList, onList, ...opts });
  return { load, onList, isList };
}

let observe: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  observe = vi.spyOn(MutationObserver.prototype, 'observe');
});
afterEach(() => vi.useRealTimers());

describe('ordinary pages: the detector and the list test, nothing else', () => {
  // Every page of the fixtures that is neither a report nor a list page.
  const others = fixtureNames().filter((n) => /(^|\/)not-/.test(n) && n !== 'not-list');
  it.each(others)('%s: no message, no listener, no change to the page', (name) => {
    const url = show(name);
    const before = document.documentElement.outerHTML;
    const listeners = vi.spyOn(EventTarget.prototype, 'addEventListener');
    const { load, onList, isList } = run(url);
    expect(isList).toHaveBeenCalledTimes(1);
    expect(isList).toHaveReturnedWith(false);
    expect(load).not.toHaveBeenCalled();
    expect(onList).not.toHaveBeenCalled();
    expect(listeners).not.toHaveBeenCalled();
    expect(document.documentElement.outerHTML).toBe(before);
    // Only a page whose title or heading names a report is watched (bounded) for a late body.
    expect(observe).toHaveBeenCalledTimes(looksLikePendingReport(document) ? 1 : 0);
  });

  it('most of them are not even watched', () => {
    const quiet = others.filter((n) => (show(n), !looksLikePendingReport(document)));
    expect(quiet.length).toBeGreaterThanOrEqual(3);
  });

  it('a notice about reports (titled 年度报告, links none) is watched, bounded, and never offered as a list', async () => {
    vi.useFakeTimers();
    const { load, onList } = run(show('not-notice'), { watchMs: 5000 });
    expect(observe).toHaveBeenCalledTimes(1); // its title names reports: their body may come late
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(6000);
    expect(load).not.toHaveBeenCalled();
    expect(onList).not.toHaveBeenCalled();
  });
});

describe('list pages', () => {
  it('the real 平潭 column and a made one ask for the list reader at once, never the analyser', () => {
    for (const name of ['real/pingtan-list', 'not-list']) {
      const { load, onList } = run(show(name));
      expect(onList, name).toHaveBeenCalledOnce();
      expect(load, name).not.toHaveBeenCalled();
    }
    expect(observe).not.toHaveBeenCalled();
  });

  it('a column whose list the page script renders 1 s after load is found within the watch', async () => {
    vi.useFakeTimers();
    document.head.innerHTML = '<title>政府信息公开年报_龙溪县人民政府</title>';
    document.body.innerHTML = '<div id="list">正在加载……</div>';
    const { load, onList } = run('http://www.lx.gov.cn/zwgk/nb/');
    expect(onList).not.toHaveBeenCalled();
    setTimeout(() => {
      document.getElementById('list')!.innerHTML = [2021, 2022, 2023, 2024]
        .map((y) => `<a href="./${y}.html">龙溪县人民政府${y}年政府信息公开工作年度报告</a>`)
        .join('');
    }, 1000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onList).toHaveBeenCalledOnce();
    document.body.append(document.createElement('p')); // the watch has ended: no second call
    await vi.advanceTimersByTimeAsync(2000);
    expect(onList).toHaveBeenCalledOnce();
    expect(load).not.toHaveBeenCalled();
  });

  it('a report that links other years stays a report (the analyser, not the list reader)', () => {
    const { load, onList } = run(show('real/pingtan-2023'));
    expect(load).toHaveBeenCalledOnce();
    expect(onList).not.toHaveBeenCalled();
  });

  it('without list hooks (older callers) a list page is just not a report', () => {
    const url = show('real/pingtan-list');
    expect(verdict(document, url, detectReport)).toBe('wait');
    expect(verdict(document, url, detectReport, isListPage)).toBe('list');
  });

  it('a failing list test never throws into the page', () => {
    show('not-ordinary');
    const boom = () => {
      throw new Error('x');
    };
    expect(() => sniff(document, 'http://a.gov.cn/', detectReport, vi.fn(), { isList: boom, onList: vi.fn() })).not.toThrow();
  });
});

// @vitest-environment happy-dom
// Busy pages: tickers and clocks change the DOM every few ms; reports must still be read, boundedly.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchLateTables } from '@/lib/page/late';
import { sniff } from '@/lib/page/sniff';

afterEach(() => vi.useRealTimers());

/** A clock in the page redrawn every `ms` (what government portals show in their headers). */
function ticker(ms: number, inTable = false) {
  const host = document.createElement(inTable ? 'td' : 'span');
  if (inTable) {
    const t = document.createElement('table');
    t.append(document.createElement('tr'));
    t.rows[0].append(host);
    document.body.append(t);
  } else document.body.append(host);
  let n = 0;
  return setInterval(() => {
    host.replaceChildren(document.createTextNode(String(n++)));
    host.append(document.createElement('b'));
  }, ms);
}

describe('busy pages', () => {
  it('reads tables that arrive while a table cell keeps changing', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    const run = vi.fn();
    const tick = ticker(20, true);
    watchLateTables(document, run, { debounceMs: 300, maxWaitMs: 1000, watchMs: 15000, maxRuns: 5 });
    await vi.advanceTimersByTimeAsync(3000);
    const before = run.mock.calls.length;
    document.body.append(Object.assign(document.createElement('table'), { id: 'report' }));
    await vi.advanceTimersByTimeAsync(1100);
    // At least one read after the tables arrived, although the DOM never stopped changing.
    expect(run.mock.calls.length).toBeGreaterThan(before);
    await vi.advanceTimersByTimeAsync(30000);
    expect(run.mock.calls.length).toBeLessThanOrEqual(5);
    clearInterval(tick);
  });

  it('detects a report whose body arrives on a page whose header clock ticks every 10 ms', async () => {
    vi.useFakeTimers();
    document.title = '政府信息公开年报'; // a column name: the body decides
    document.body.innerHTML = '';
    const tick = ticker(10);
    let ready = false;
    const load = vi.fn();
    const detect = vi.fn(() => ({ isReport: ready }));
    sniff(document, 'http://a.gov.cn/', detect, load, { debounceMs: 300, maxWaitMs: 1000, watchMs: 15000 });
    await vi.advanceTimersByTimeAsync(3000);
    ready = true;
    await vi.advanceTimersByTimeAsync(1100);
    expect(load).toHaveBeenCalledOnce();
    // Bounded: about one look a second, never one per mutation.
    expect(detect.mock.calls.length).toBeLessThanOrEqual(6);
    clearInterval(tick);
  });

  it('stops looking after the watch, however busy the page', async () => {
    vi.useFakeTimers();
    document.title = '政府信息公开年报';
    document.body.innerHTML = '';
    const tick = ticker(10);
    const detect = vi.fn(() => ({ isReport: false }));
    sniff(document, 'http://a.gov.cn/', detect, vi.fn(), { debounceMs: 300, maxWaitMs: 1000, watchMs: 15000 });
    await vi.advanceTimersByTimeAsync(15000);
    const atDeadline = detect.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10000);
    expect(detect.mock.calls.length).toBe(atDeadline);
    expect(atDeadline).toBeLessThanOrEqual(16);
    clearInterval(tick);
  });
});

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyse } from '@/lib/analyse';
import { reportArrived } from '@/lib/background/history';
import type { ReportMessage } from '@/lib/messages';
import type { Report } from '@/lib/model/types';
import { startPageSession, type PageSession } from '@/lib/page/session';
import { closeDb } from '@/lib/store/db';
import { freshDb } from '../helpers/fresh-db';
import { keepReport } from '@/lib/store/history';
import { FIXTURES, loadExpected } from '../helpers/fixtures';

/** 平潭 2023 with 上年结转 (总计) changed to 7: 2022's 结转下年度 differs (history.carryOver). */
function pingtan2023Changed(): JSDOM {
  const { url } = loadExpected('real/pingtan-2023');
  const dom = new JSDOM(readFileSync(join(FIXTURES, 'real/pingtan-2023.html'), 'utf8'), { url });
  const row = [...dom.window.document.querySelectorAll('tr')].find((tr) => tr.textContent?.includes('上年结转'))!;
  const cells = row.querySelectorAll('td');
  cells[cells.length - 1].textContent = '7';
  return dom;
}
const read2022 = () => {
  const { url } = loadExpected('real/pingtan-2022');
  return analyse(new JSDOM(readFileSync(join(FIXTURES, 'real/pingtan-2022.html'), 'utf8'), { url }).window.document, url).report;
};
const historyRules = (r: Report) => r.findings.filter((f) => f.rule.startsWith('history.')).map((f) => f.rule);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let session: PageSession | null = null;
beforeEach(async () => {
  await freshDb();
});
afterEach(async () => {
  session?.stop();
  session = null;
  vi.unstubAllGlobals();
  await closeDb();
});

/** A session on the page, talking to the real background logic (the history store in fake IndexedDB). */
function open(dom: JSDOM) {
  vi.stubGlobal('MutationObserver', dom.window.MutationObserver); // late tables are watched on this DOM
  const doc = dom.window.document;
  const sent: Report[] = [];
  const previousGiven: (Report | null)[] = [];
  session = startPageSession({
    doc,
    analyse: (d, previous) => {
      previousGiven.push(previous);
      return analyse(d, doc.URL, { previous });
    },
    send: (msg) => {
      if (msg.type !== 'nianbao:report') return undefined;
      sent.push((msg as ReportMessage).report);
      return reportArrived((msg as ReportMessage).report);
    },
    listen: () => {},
    late: { debounceMs: 10, maxWaitMs: 50, watchMs: 2000 },
  });
  const marked = (rule: string) => [...doc.querySelectorAll('[data-nianbao-finding]')].filter((el) => el.getAttribute('data-nianbao-finding')!.split(' ').includes(rule));
  return { doc, sent, previousGiven, marked };
}

describe('a page read again with last year’s report', () => {
  it('marks the 上年结转 cell that does not match last year’s 结转下年度, and reports once more, not in a loop', async () => {
    await keepReport(read2022(), 'page'); // 2022 was visited before
    const { doc, sent, previousGiven, marked } = open(pingtan2023Changed());
    await vi.waitFor(() => expect(marked('history.carryOver')).toHaveLength(1));
    const cell = marked('history.carryOver')[0];
    expect(cell.textContent?.trim()).toBe('7');
    expect(cell.closest('tr')!.textContent).toContain('上年结转');

    await sleep(100); // answers to the second report come back: no third read
    expect(sent).toHaveLength(2);
    expect(historyRules(sent[0])).toEqual([]);
    expect(historyRules(sent[1])).toEqual(expect.arrayContaining(['history.carryOver', 'history.inForceRollForward']));
    expect(previousGiven.map((p) => p?.year ?? null)).toEqual([null, 2022]);

    // A table arriving late: read again, still against 2022; the marks stay; nothing new to send.
    doc.body.appendChild(doc.createElement('table')).innerHTML = '<tr><td>说明</td></tr>';
    await vi.waitFor(() => expect(previousGiven).toHaveLength(3));
    expect(previousGiven[2]?.year).toBe(2022);
    expect(marked('history.carryOver')).toHaveLength(1);
    expect(sent).toHaveLength(2);
    expect(session!.report && historyRules(session!.report)).toContain('history.carryOver');
  });

  it('without last year’s report the page is read once and has no history findings', async () => {
    const { sent, previousGiven, marked } = open(pingtan2023Changed());
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await sleep(100);
    expect(previousGiven).toEqual([null]);
    expect(historyRules(sent[0])).toEqual([]);
    expect(marked('history.carryOver')).toHaveLength(0);
  });

  it('a stopped session ignores an answer arriving late', async () => {
    await keepReport(read2022(), 'page');
    const { previousGiven } = open(pingtan2023Changed());
    session!.stop();
    await sleep(100);
    expect(previousGiven).toHaveLength(1);
  });
});

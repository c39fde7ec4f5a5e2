import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analyse';
import { reportArrived } from '@/lib/background/history';
import { closeDb } from '@/lib/store/db';
import { freshDb } from '../helpers/fresh-db';
import { historyCount } from '@/lib/store/history';
import { loadDocument, loadExpected } from '../helpers/fixtures';

const read = (y: number) => {
  const { url } = loadExpected(`real/pingtan-${y}`);
  return analyse(loadDocument(`real/pingtan-${y}`, url), url).report;
};

beforeEach(async () => {
  await freshDb();
});
afterEach(() => closeDb());

describe('a page’s report in the background (nianbao:report)', () => {
  const y2022 = read(2022);
  const y2023 = read(2023);

  it('is kept, and answered with last year’s report of the same agency once that is known', async () => {
    expect(await reportArrived(y2023)).toEqual({ ok: true }); // 2022 not read yet
    expect(await reportArrived(y2022)).toEqual({ ok: true }); // 2021 never read; 2023 is not the year before
    const answer = await reportArrived(y2023);
    expect(answer.previous?.year).toBe(2022);
    expect(answer.previous?.source.url).toBe(y2022.source.url);
    expect(await historyCount()).toBe(2);
  });

  it('a page that is not a report is not kept and gets no previous report', async () => {
    const page = { ...y2022, detected: false };
    expect(await reportArrived(page)).toEqual({ ok: true });
    expect(await historyCount()).toBe(0);
  });
});

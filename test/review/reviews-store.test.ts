import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredReview } from '../../lib/store/db';
import { freshDb } from '../helpers/fresh-db';
import { loadReview, REVIEWS_CAP, reviewSaver, saveReview } from '../../lib/store/reviews';

afterEach(freshDb);

const review = (key: string, savedAt: number, n = 2): StoredReview => ({
  key,
  savedAt,
  title: `年报 ${key}`,
  links: Array.from({ length: n }, (_, i) => ({ url: `${key}${i}.htm`, title: `报告 ${i}` })),
  outcomes: Array.from({ length: n }, (_, i) => (i ? null : { input: `${key}0.htm`, list: key, error: '服务器返回 HTTP 404 / HTTP 404' })),
  status: 'running',
});

describe('reviews in IndexedDB', () => {
  it('loads a review by its list URL, or the one saved last', async () => {
    await saveReview(review('http://a.gov.cn/nb/', 1));
    await saveReview(review('http://b.gov.cn/nb/', 3));
    await saveReview(review('http://c.gov.cn/nb/', 2));
    expect((await loadReview('http://a.gov.cn/nb/'))?.outcomes[0]).toMatchObject({ error: expect.stringMatching(/404/) });
    expect((await loadReview())?.key).toBe('http://b.gov.cn/nb/');
    expect(await loadReview('http://x.gov.cn/')).toBeNull();
  });

  it('a new run of a list replaces its review; over the cap the oldest saved go', async () => {
    for (let i = 0; i < REVIEWS_CAP + 3; i++) await saveReview(review(`http://h${i}.gov.cn/`, i));
    await saveReview({ ...review('http://h0.gov.cn/', 100), status: 'done' });
    expect(await loadReview('http://h0.gov.cn/')).toMatchObject({ status: 'done', savedAt: 100 });
    for (const i of [1, 2, 3]) expect(await loadReview(`http://h${i}.gov.cn/`)).toBeNull();
    expect(await loadReview(`http://h4.gov.cn/`)).not.toBeNull();
  });

  it('the saver writes the newest state, not one write per change', async () => {
    let state = review('http://a.gov.cn/', 0, 50);
    const writes: number[] = [];
    const saver = reviewSaver(() => state, async (r) => (writes.push(r.outcomes.filter(Boolean).length), saveReview(r)));
    for (let i = 1; i < 50; i++) {
      state = { ...state, outcomes: state.outcomes.map((o, j) => (j === i ? { input: `${j}`, error: 'x' } : o)) };
      saver.changed();
    }
    state = { ...state, status: 'done' };
    saver.changed();
    await saver.flush();
    expect(writes.length).toBeLessThan(10);
    expect(writes.at(-1)).toBe(50);
    expect(await loadReview('http://a.gov.cn/')).toMatchObject({ status: 'done' });
  });
});

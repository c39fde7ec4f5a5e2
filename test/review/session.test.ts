import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../lib/messages';
import type { StoredReview } from '../../lib/store/db';
import { ReviewSession, type Snapshot } from '../../lib/ui/review-session';
import { fakeNet, fixture, io, link, listPage } from './fake-net';

const B = 'http://www.pingtan.gov.cn/nb/';
const LIST = `${B}index.html`;
const pages = {
  [LIST]: listPage(link('./2022.htm', '平潭综合实验区2022年度政府信息公开工作年度报告') + link('./2021.htm', '安化县人民政府2021年信息公开工作年度报告')),
  [`${B}2022.htm`]: fixture('real/pingtan-2022'),
  [`${B}2021.htm`]: fixture('seed-001-anhua-2021-word'),
};

function setup(answers: Record<string, unknown> = pages, column: ColumnInfo | null = null) {
  const net = fakeNet(answers as Parameters<typeof fakeNet>[0]);
  const store = new Map<string, StoredReview>();
  const saves: StoredReview[] = [];
  const seen: Snapshot[] = [];
  const s = new ReviewSession(
    {
      io: io(net),
      getColumn: async () => column,
      load: async (key) => (key ? store.get(key) : [...store.values()].sort((a, b) => b.savedAt - a.savedAt)[0]) ?? null,
      save: async (r) => (saves.push(r), store.set(r.key, structuredClone(r)), true),
      throttleMs: 5,
    },
    (snap) => seen.push(snap),
  );
  return { net, store, saves, seen, s };
}

const states = (snap: Snapshot) => snap.outcomes.map((o) => (o ? ('report' in o ? o.report.agency : 'error') : null));
const settle = async (s: ReviewSession, status = ['done', 'cancelled', 'error', 'empty']) => {
  for (let i = 0; i < 500 && !status.includes(s.snapshot.status); i++) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 20));
};

describe('the review page’s session', () => {
  it('?list=: reads the list, checks its reports, saves after results, done', async () => {
    const { s, store, saves, seen } = setup();
    await s.start(new URLSearchParams({ list: LIST }));
    await settle(s);
    expect(s.snapshot.status).toBe('done');
    expect(s.snapshot.title).toBe('政府信息公开年报_平潭综合实验区');
    expect(states(s.snapshot)).toEqual(['平潭综合实验区', '安化县人民政府']);
    expect(store.get(LIST)).toMatchObject({ status: 'done', links: [{ url: `${B}2022.htm` }, { url: `${B}2021.htm` }] });
    expect(saves.some((r) => r.status === 'running' && r.outcomes.some(Boolean))).toBe(true);
    expect(seen[0].status).toBe('running');
  });

  it('reopening: ?list= of the same list and plain review.html show the stored review without a request', async () => {
    const first = setup();
    await first.s.start(new URLSearchParams({ list: LIST }));
    await settle(first.s);
    for (const params of [{ list: LIST }, {}] as Record<string, string>[]) {
      const again = setup();
      for (const [k, v] of first.store) again.store.set(k, v);
      await again.s.start(new URLSearchParams(params));
      expect(again.s.snapshot).toMatchObject({ status: 'done', restored: true, key: LIST });
      expect(states(again.s.snapshot)).toEqual(['平潭综合实验区', '安化县人民政府']);
      expect(again.net.requested).toEqual([]);
      await again.s.restart(); // 重新核对: the same links, fetched again
      await settle(again.s);
      expect(again.net.requested.sort()).toEqual([`${B}2021.htm`, `${B}2022.htm`]);
      expect(again.s.snapshot).toMatchObject({ status: 'done', restored: false });
    }
  });

  it('a review cut short by closing its page shows as cancelled', async () => {
    const { s, store } = setup();
    store.set(LIST, { key: LIST, savedAt: 1, title: 't', links: [{ url: `${B}2022.htm`, title: '' }], outcomes: [null], status: 'running' });
    await s.start(new URLSearchParams());
    expect(s.snapshot).toMatchObject({ status: 'cancelled', restored: true });
  });

  it('?tab=: the tab’s column (its links as the page rendered them), its other pages followed', async () => {
    const column: ColumnInfo = { url: LIST, title: '年报栏目', links: [{ url: `${B}2022.htm`, title: 'x', agency: null, year: null }], pages: [`${B}index_1.html`] };
    const { s, net } = setup({ ...pages, [`${B}index_1.html`]: listPage(link('./2021.htm', '安化县人民政府2021年信息公开工作年度报告')) }, column);
    await s.start(new URLSearchParams({ tab: '7' }));
    await settle(s);
    expect(s.snapshot.links.map((l) => l.url)).toEqual([`${B}2022.htm`, `${B}2021.htm`]);
    expect(net.requested).not.toContain(LIST);
    expect(s.snapshot.title).toBe('年报栏目');
  });

  it('says why when there is nothing to check', async () => {
    const cases: [Record<string, string>, string, ColumnInfo | null][] = [
      [{ list: 'http://example.com/nb/' }, 'reviewNotGov', null],
      [{ list: `${B}2022.htm` }, 'reviewNotList', null],
      [{ list: `${B}gone.htm` }, 'reviewListFailed', null],
      [{ tab: '3' }, 'reviewNoColumn', null],
    ];
    for (const [params, key, column] of cases) {
      const { s, net } = setup(pages, column);
      await s.start(new URLSearchParams(params));
      await settle(s);
      expect(s.snapshot, JSON.stringify(params)).toMatchObject({ status: 'error', message: { key } });
      if (key === 'reviewNotGov') expect(net.requested).toEqual([]);
    }
    const empty = setup();
    await empty.s.start(new URLSearchParams());
    expect(empty.s.snapshot.status).toBe('empty');
  });

  it('cancel: status cancelled, the finished rows kept, the rest not checked, saved so', async () => {
    const slow = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`${B}s${i}.htm`, { delay: i < 2 ? 1 : 3000, body: '<title>x</title>' }]));
    const list = listPage(Object.keys(slow).map((u, i) => link(u, `平潭综合实验区第${i}单位2022年度政府信息公开工作年度报告`)).join(''));
    const { s, store } = setup({ [LIST]: list, ...slow });
    void s.start(new URLSearchParams({ list: LIST }));
    for (let i = 0; i < 300 && s.snapshot.outcomes.filter(Boolean).length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    s.cancel();
    await settle(s);
    expect(s.snapshot.status).toBe('cancelled');
    expect(s.snapshot.outcomes.filter(Boolean)).toHaveLength(2);
    expect(store.get(LIST)).toMatchObject({ status: 'cancelled' });
    expect(store.get(LIST)!.outcomes.filter(Boolean)).toHaveLength(2);
  });
});

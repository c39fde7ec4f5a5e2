// The background's column state: a list page's column kept per tab (which frame's wins), answered
// to the popup (nianbao:get, also without a report) and the review page (nianbao:column), shown in
// the toolbar title without a number, and forgotten on navigation like the tab's reports.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { keepColumn, persisted, popupAnswer, TabStore, type TabState } from '@/lib/background/tabs';
import type { ColumnInfo, NianbaoMessage } from '@/lib/messages';
import { problemReport } from '../ui/sample-report';
import { useZhMessages } from '../ui/setup';

const LIST = 'http://www.lx.gov.cn/zwgk/nb/';
const column = (n: number, url = LIST): ColumnInfo => ({
  url,
  title: '政府信息公开年报_龙溪县人民政府',
  links: Array.from({ length: n }, (_, i) => ({ url: `${url}t${i}.html`, title: `龙溪县第${i}局2024年政府信息公开工作年度报告`, agency: `龙溪县第${i}局`, year: 2024 })),
  pages: [`${url}index_1.html`],
});
const fresh = (): TabState => ({ frames: {}, marksOn: true });

describe('keepColumn and popupAnswer (pure)', () => {
  it('the same frame replaces its own reading; the top frame beats a subframe; among subframes the longer list wins', () => {
    const s = fresh();
    keepColumn(s, 3, column(4));
    keepColumn(s, 5, column(2));
    expect([s.columnFrame, s.column!.links.length]).toEqual([3, 4]);
    keepColumn(s, 5, column(6));
    expect([s.columnFrame, s.column!.links.length]).toEqual([5, 6]);
    keepColumn(s, 0, column(3));
    expect([s.columnFrame, s.column!.links.length]).toEqual([0, 3]);
    keepColumn(s, 5, column(20));
    expect(s.columnFrame).toBe(0);
    keepColumn(s, 0, column(12)); // the page's script added links
    expect(s.column!.links).toHaveLength(12);
  });

  it('answers the column without a report, both with one, null with neither', () => {
    expect(popupAnswer(undefined)).toBeNull();
    expect(popupAnswer(fresh())).toBeNull();
    const s = fresh();
    keepColumn(s, 0, column(10));
    const alone = popupAnswer(s)!;
    expect(alone.report).toBeUndefined();
    expect(alone.column!.links).toHaveLength(10);
    s.frames[2] = { frameId: 2, report: problemReport() };
    expect(popupAnswer(s)).toMatchObject({ frameId: 2, report: { agency: '安化县人民政府' }, column: { url: LIST } });
  });

  it('the copy kept for a restarted worker keeps the column', async () => {
    const s = fresh();
    keepColumn(s, 0, column(10));
    expect(persisted(s, 1).column).toEqual(s.column);
    const data = new Map<string, unknown>();
    const area = {
      get: async (k: string) => (data.has(k) ? { [k]: structuredClone(data.get(k)) } : {}),
      set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
      remove: async (k: string) => void data.delete(k),
    };
    await new TabStore(area).update(9, (t) => keepColumn(t, 0, column(10)));
    expect((await new TabStore(area).get(9))?.column?.links).toHaveLength(10); // a new worker reads it back
  });
});

describe('the background', () => {
  const TAB = 42;
  const sender = (frameId = 0) => ({ tab: { id: TAB, url: LIST }, frameId });
  const send = async (msg: NianbaoMessage, from?: ReturnType<typeof sender>) =>
    (await fakeBrowser.runtime.onMessage.trigger(msg, (from ?? {}) as never)).find((r) => r !== undefined);
  let executeScript: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    useZhMessages();
    executeScript = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
    // The context menus have their own tests (menus-install.test.ts): a do-nothing API here.
    const none = { addListener: () => {} };
    (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = {
      resetState: () => {}, create: () => {}, update: async () => {}, removeAll: async () => {}, onClicked: none,
    };
    fakeBrowser.action.setIcon = vi.fn(async () => {}); // the fake has no icons
    (background as unknown as { main: () => void }).main();
  });

  it('injects the list reader (not the analyser) into the frame that asked', async () => {
    expect(await send({ type: 'nianbao:lister' }, sender(4))).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: TAB, frameIds: [4] }, files: ['/lister.js'] });
  });

  it('keeps the column, answers nianbao:get and nianbao:column, titles the badge without a number', async () => {
    expect(await send({ type: 'nianbao:get', tabId: TAB })).toBeNull();
    expect(await send({ type: 'nianbao:column', tabId: TAB })).toBeNull();
    expect(await send({ type: 'nianbao:list', column: column(10) }, sender())).toEqual({ ok: true });
    const got = (await send({ type: 'nianbao:get', tabId: TAB })) as { report?: unknown; column: ColumnInfo };
    expect(got.report).toBeUndefined();
    expect(got.column.links).toHaveLength(10);
    expect(await send({ type: 'nianbao:column', tabId: TAB })).toEqual(column(10));
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe('年报栏目：10 份报告');
  });

  it('forgets the column when the tab navigates away, not on a jump to an #anchor', async () => {
    await send({ type: 'nianbao:list', column: column(10) }, sender());
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading', url: `${LIST}#top` }, {} as never);
    expect(await send({ type: 'nianbao:column', tabId: TAB })).not.toBeNull();
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'loading', url: 'http://www.lx.gov.cn/other.html' }, {} as never);
    expect(await send({ type: 'nianbao:column', tabId: TAB })).toBeNull();
    expect(await send({ type: 'nianbao:get', tabId: TAB })).toBeNull();
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).not.toMatch(/年报栏目/);
  });
});

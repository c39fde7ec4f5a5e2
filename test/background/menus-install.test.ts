import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installMenus, MENU_CHECK, MENU_COPY } from '@/lib/background/menus';
import { TabStore } from '@/lib/background/tabs';
import { imageReport, problemReport } from '../ui/sample-report';
import { useZhMessages } from '../ui/setup';

/** A context-menu API that keeps its items, as a browser would (fake-browser has none). */
function fakeMenus() {
  const items = new Map<string, Record<string, unknown>>();
  const listeners: ((info: unknown, tab?: unknown) => void)[] = [];
  return {
    items,
    listeners,
    api: {
      create: vi.fn((props: Record<string, unknown>) => {
        if (items.has(props.id as string)) throw new Error(`duplicate id ${props.id}`);
        items.set(props.id as string, { ...props });
      }),
      update: vi.fn(async (id: string, props: Record<string, unknown>) => void Object.assign(items.get(id)!, props)),
      removeAll: vi.fn(async () => items.clear()),
      onClicked: { addListener: (cb: (info: unknown, tab?: unknown) => void) => listeners.push(cb) },
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 20));
const visible = (m: ReturnType<typeof fakeMenus>) => ({ check: m.items.get(MENU_CHECK)?.visible, copy: m.items.get(MENU_COPY)?.visible });

beforeEach(() => {
  fakeBrowser.reset();
  useZhMessages();
});

describe('installMenus', () => {
  async function setup() {
    const menus = fakeMenus();
    (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = menus.api;
    const store = new TabStore();
    await store.update(7, (s) => void (s.frames[0] = { frameId: 0, report: problemReport() }));
    await store.update(9, (s) => void (s.frames[0] = { frameId: 0, report: imageReport() }));
    let active = 7;
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => ({ id, active: id === active, windowId: 1 }) as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [{ id: active, active: true, windowId: 1 }] as never);
    const handle = installMenus(store);
    await settle();
    return { menus, store, handle, activate: (id: number) => ((active = id), fakeBrowser.tabs.onActivated.trigger({ tabId: id, windowId: 1 })) };
  }

  it('creates both items on .gov.cn pages only, titled from the locale, shown for the active report tab', async () => {
    const { menus } = await setup();
    expect([...menus.items.keys()]).toEqual([MENU_CHECK, MENU_COPY]);
    expect(menus.items.get(MENU_CHECK)).toMatchObject({ title: '核对本页', documentUrlPatterns: ['*://*.gov.cn/*'] });
    expect(menus.items.get(MENU_COPY)).toMatchObject({ title: '复制表格', documentUrlPatterns: ['*://*.gov.cn/*'] });
    expect(visible(menus)).toEqual({ check: true, copy: true });
    expect(menus.listeners).toHaveLength(1);
  });

  it('follows the active tab: hidden without a report, 复制表格 hidden without tables', async () => {
    const { menus, activate } = await setup();
    await activate(8);
    await settle();
    expect(visible(menus)).toEqual({ check: false, copy: false });
    await activate(9);
    await settle();
    expect(visible(menus)).toEqual({ check: true, copy: false });
  });

  it('sync(tab) after a report arrives updates the menu only for the active tab', async () => {
    const { menus, store, handle, activate } = await setup();
    await activate(8);
    await settle();
    await store.update(3, (s) => void (s.frames[0] = { frameId: 0, report: problemReport() }));
    await handle.sync(3); // a background tab: the menu keeps showing the active tab's state
    expect(visible(menus)).toEqual({ check: false, copy: false });
    await store.update(8, (s) => void (s.frames[0] = { frameId: 0, report: problemReport() }));
    await handle.sync(8);
    expect(visible(menus)).toEqual({ check: true, copy: true });
  });

  it('a restarted background recreates the items without duplicates', async () => {
    const { menus } = await setup();
    installMenus(new TabStore());
    await settle();
    expect([...menus.items.keys()]).toEqual([MENU_CHECK, MENU_COPY]);
    expect(menus.api.removeAll).toHaveBeenCalledTimes(2);
  });

  it('does nothing where the browser has no context menus (Firefox for Android)', async () => {
    (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = undefined;
    const handle = installMenus(new TabStore());
    await expect(handle.sync(1)).resolves.toBeUndefined();
  });
});

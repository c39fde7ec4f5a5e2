/**
 * The page's context menu on .gov.cn pages, shown only while the active tab holds a report:
 * 核对本页 opens the popup (where the browser refuses, it switches the marks on and scrolls to the
 * first problem instead); 复制表格 copies the report's tables as TSV + HTML, like the popup's
 * button, inside the page's frame, because the MV3 background has no DOM clipboard.
 */
import { browser } from 'wxt/browser';
import { toHtmlTable, toTsv } from '../export';
import type { JumpMessage, ToggleMarksMessage } from '../messages';
import type { Report } from '../model/types';
import { initLanguage, t } from '../ui/i18n';
import { SETTINGS_KEY } from '../ui/settings';
import { hasTables } from './badge';
import { copyInPage } from './page-copy';
import { bestFrame, type TabStore } from './tabs';

export const MENU_CHECK = 'nianbao-check';
export const MENU_COPY = 'nianbao-copy';
const PAGES = ['*://*.gov.cn/*'];

export interface MenuClick {
  menuItemId: string | number;
  frameId?: number;
}
export interface MenuTab {
  id?: number;
  windowId?: number;
}
export type MenuOutcome = { ok: boolean; how: 'popup' | 'marks' | 'copied' | 'none' };

/** What the click handler needs from the browser (injected: tests drive it). */
export interface MenuDeps {
  report(tabId: number): Promise<{ report: Report; frameId: number } | null>;
  openPopup(windowId?: number): Promise<void>;
  sendToTab(tabId: number, msg: ToggleMarksMessage | JumpMessage, frameId: number): Promise<unknown>;
  /** Runs copyInPage(text, html) in that frame; resolves with its result. */
  copyInFrame(tabId: number, frameId: number, text: string, html: string): Promise<boolean>;
}

/** Which items a tab's report earns: 核对本页 for any report, 复制表格 when there are tables. */
export function menuVisibility(report: Report | null | undefined): { check: boolean; copy: boolean } {
  return { check: !!report, copy: !!report && hasTables(report) };
}

/** The report's first cell worth showing: errors before warnings before the rest. */
function firstProblem(report: Report): JumpMessage['ref'] | undefined {
  const order = ['error', 'warning', 'info'];
  const withCells = report.findings.filter((f) => f.cells.length);
  withCells.sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  return withCells[0]?.cells[0];
}

/** The onClicked handler. openPopup is called before any await: Firefox requires it inside the click. */
export async function onMenuClick(info: MenuClick, tab: MenuTab | undefined, deps: MenuDeps): Promise<MenuOutcome> {
  const tabId = tab?.id;
  if (info.menuItemId === MENU_CHECK) {
    let opening: Promise<void>;
    try {
      opening = deps.openPopup(tab?.windowId);
    } catch (e) {
      opening = Promise.reject(e);
    }
    try {
      await opening;
      return { ok: true, how: 'popup' };
    } catch {
      // No openPopup (Chrome < 127), or refused: show the marks where the user is looking.
    }
    const found = tabId == null ? null : await deps.report(tabId);
    if (!found || tabId == null) return { ok: false, how: 'none' };
    await deps.sendToTab(tabId, { type: 'nianbao:toggle', on: true }, found.frameId).catch(() => {});
    const ref = firstProblem(found.report);
    if (ref) await deps.sendToTab(tabId, { type: 'nianbao:jump', ref }, found.frameId).catch(() => {});
    return { ok: true, how: 'marks' };
  }
  if (info.menuItemId === MENU_COPY && tabId != null) {
    const found = await deps.report(tabId);
    if (!found || !hasTables(found.report)) return { ok: false, how: 'none' };
    // The frame right-clicked holds the user's gesture; the tables come from the report's frame.
    // Dated like the popup's copy (the source line says the day checked).
    const now = new Date();
    const [text, html] = [toTsv(found.report, { now }), toHtmlTable(found.report, { now })];
    const ok = await deps.copyInFrame(tabId, info.frameId ?? 0, text, html).catch(() => false);
    return { ok, how: 'copied' };
  }
  return { ok: false, how: 'none' };
}

type Menus = typeof browser.contextMenus & {
  onShown?: { addListener(cb: (info: unknown, tab?: MenuTab) => void): void };
  refresh?: () => Promise<void>;
};

/**
 * Creates the items at every background start (after removeAll: no duplicates), keeps them in
 * step with the active tab, handles clicks. sync(tabId): call when a tab's report changes.
 */
export function installMenus(store: TabStore): { sync(tabId: number): Promise<void> } {
  const menus = browser.contextMenus as Menus | undefined;
  if (!menus) return { sync: async () => {} }; // Firefox for Android has no context menus
  const deps: MenuDeps = {
    report: async (tabId) => {
      const best = bestFrame(await store.get(tabId));
      return best && { report: best.report, frameId: best.frameId };
    },
    openPopup: (windowId) => browser.action.openPopup(windowId == null ? undefined : { windowId }),
    sendToTab: (tabId, msg, frameId) => browser.tabs.sendMessage(tabId, msg, { frameId }),
    copyInFrame: async (tabId, frameId, text, html) => {
      const [res] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: copyInPage, args: [text, html] });
      return res?.result === true;
    },
  };
  const click = (info: MenuClick, tab?: MenuTab) => onMenuClick(info, tab, deps);
  menus.onClicked.addListener((info, tab) => void click(info, tab));
  // The native menu cannot be clicked by test drivers: E2E calls this same handler from here.
  (globalThis as { __nianbaoMenuClick?: typeof click }).__nianbaoMenuClick = click;

  const setVisible = async (tabId: number | undefined) => {
    const v = menuVisibility(tabId == null ? null : bestFrame(await store.get(tabId))?.report);
    await Promise.all([menus.update(MENU_CHECK, { visible: v.check }), menus.update(MENU_COPY, { visible: v.copy })]).catch(() => {});
  };
  const syncActive = async () => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
    await setVisible(tab?.id);
  };
  const create = async () => {
    await initLanguage().catch(() => {});
    await menus.removeAll().catch(() => {});
    const common = { contexts: ['page', 'frame', 'selection'] as ['page', 'frame', 'selection'], documentUrlPatterns: PAGES, visible: false };
    menus.create({ ...common, id: MENU_CHECK, title: t('menuCheckPage') });
    menus.create({ ...common, id: MENU_COPY, title: t('menuCopyTables') });
    await syncActive();
  };
  let ready = create().catch(() => {});

  browser.tabs.onActivated.addListener(({ tabId }) => void ready.then(() => setVisible(tabId)));
  browser.windows?.onFocusChanged.addListener(() => void ready.then(syncActive));
  // Firefox can update a menu while it is open: exact for the tab right-clicked.
  menus.onShown?.addListener((_info, tab) => void ready.then(() => setVisible(tab?.id)).then(() => menus.refresh?.()));
  // A new language from the options page retitles the items.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) ready = ready.then(create).catch(() => {});
  });

  return {
    async sync(tabId) {
      try {
        await ready;
        if ((await browser.tabs.get(tabId)).active) await setVisible(tabId);
      } catch {
        // the tab is gone, or no menus here: nothing to show
      }
    },
  };
}

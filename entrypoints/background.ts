/**
 * Background: injects the analyser into report frames, keeps each tab's reports per frame, shows
 * the badge for the best frame, answers the popup's nianbao:get, and forgets a tab on navigation.
 */
import { browser } from 'wxt/browser';
import { badgeFor, columnBadge } from '@/lib/background/badge';
import { serveLocale } from '@/lib/background/locale';
import { installMenus } from '@/lib/background/menus';
import { bestFrame, keepColumn, popupAnswer, TabStore, withoutHash } from '@/lib/background/tabs';
import { reportArrived } from '@/lib/background/history';
import type { NianbaoMessage } from '@/lib/messages';

/** Toolbar icons (scripts/make-icons.mjs): grey for a report with nothing readable. */
const ICONS = {
  default: { 16: '/icon/16.png', 32: '/icon/32.png' },
  gray: { 16: '/icon/16-gray.png', 32: '/icon/32-gray.png' },
} as const;

export default defineBackground(() => {
  const store = new TabStore(browser.storage.session);
  const action = browser.action;
  const menus = installMenus(store); // 核对本页 / 复制表格, shown while the active tab has a report
  serveLocale(); // the options page's UI language, for report frames (tooltips)

  const paint = async (tabId: number) => {
    const s = await store.get(tabId);
    const report = bestFrame(s)?.report;
    const b = !report && s?.column ? columnBadge(s.column.links.length) : badgeFor(report);
    await Promise.all([
      action.setBadgeText({ tabId, text: b.text }),
      action.setBadgeBackgroundColor({ tabId, color: b.color }),
      action.setBadgeTextColor?.({ tabId, color: '#ffffff' }), // Chrome 110+, Firefox 63+
      action.setTitle({ tabId, title: b.title }),
      action.setIcon({ tabId, path: ICONS[b.icon] }),
    ]).catch(() => {}); // the tab may be gone already
    await menus.sync(tabId);
  };

  browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<unknown> | undefined => {
    const msg = raw as NianbaoMessage;
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    switch (msg?.type) {
      case 'nianbao:load': // only report frames get the heavy code (see entrypoints/sniff.ts)
        if (tabId == null) return undefined;
        return browser.scripting
          .executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/analyser.js'] })
          .then(() => ({ ok: true }), () => ({ ok: false }));
      case 'nianbao:lister': // a list page of reports: the small list reader, not the analyser
        if (tabId == null) return undefined;
        return browser.scripting
          .executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/lister.js'] })
          .then(() => ({ ok: true }), () => ({ ok: false }));
      case 'nianbao:list':
        if (tabId == null) return undefined;
        return store
          .update(tabId, (s) => {
            keepColumn(s, frameId, msg.column);
            s.pageUrl = sender.tab?.url ?? s.pageUrl;
          })
          .then(() => paint(tabId))
          .then(() => ({ ok: true }));
      case 'nianbao:column':
        return store.get(msg.tabId).then((s) => s?.column ?? null);
      case 'nianbao:report':
        if (tabId == null) return undefined;
        return store
          .update(tabId, (s) => {
            s.frames[frameId] = { frameId, report: msg.report };
            s.pageUrl = sender.tab?.url ?? s.pageUrl;
          })
          .then(() => paint(tabId))
          .then(() => reportArrived(msg.report)); // kept for next year; last year's, when known
      case 'nianbao:marks':
        if (tabId == null) return undefined;
        return store.update(tabId, (s) => void (s.marksOn = msg.on)).then(() => ({ ok: true }));
      case 'nianbao:get':
        return store.get(msg.tabId).then(popupAnswer); // the report and the tab's column, null when neither
    }
    return undefined;
  });

  browser.tabs.onUpdated.addListener(async (tabId, info) => {
    if (info.status !== 'loading') return;
    const s = await store.get(tabId);
    // A same-document jump to #anchor keeps the page and its marks; anything else starts afresh.
    if (s && info.url && s.pageUrl && info.url !== s.pageUrl && withoutHash(info.url) === withoutHash(s.pageUrl)) return;
    if (s) await store.drop(tabId);
    await paint(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void store.drop(tabId));
});

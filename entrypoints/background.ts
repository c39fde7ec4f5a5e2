/**
 * Background: injects the analyser into report frames, keeps each tab's reports per frame, shows
 * the badge for the best frame, answers the popup's nianbao:get, and forgets a tab on navigation.
 */
import { browser } from 'wxt/browser';
import { badgeFor } from '@/lib/background/badge';
import { serveLocale } from '@/lib/background/locale';
import { installMenus } from '@/lib/background/menus';
import { bestFrame, TabStore, withoutHash } from '@/lib/background/tabs';
import { reportArrived } from '@/lib/background/history';
import type { GetReportResponse, NianbaoMessage } from '@/lib/messages';

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
    const b = badgeFor(bestFrame(await store.get(tabId))?.report);
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
        return store.get(msg.tabId).then((s): GetReportResponse | null => {
          const best = bestFrame(s);
          // pageUrl: the tab's address, known only on a .gov.cn page (host access): a report in a
          // frame of another site's page has none, and the popup says so.
          return best ? { report: best.report, frameId: best.frameId, marksOn: s?.marksOn ?? true, pageUrl: s?.pageUrl } : null;
        });
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

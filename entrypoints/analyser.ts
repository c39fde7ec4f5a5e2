/**
 * Injected by the background (scripting.executeScript) into a frame that sniff.ts found to be a
 * report: reads the page, marks the cells that findings name, reports to the background, answers
 * jump/toggle from the popup, and re-reads tables that arrive late (bounded).
 */
import { browser } from 'wxt/browser';
import { analyse } from '@/lib/analyse';
import { startPageSession } from '@/lib/page/session';
import { LOCALE_REQUEST } from '@/lib/background/locale';
import { setOverride, t, type Table } from '@/lib/ui/i18n';
import { loadSettings } from '@/lib/ui/settings';
import type { NianbaoMessage, ReportMessage, MarksStateMessage } from '@/lib/messages';

export default defineUnlistedScript(() => {
  const g = globalThis as { __nianbaoSession?: unknown };
  if (g.__nianbaoSession) return; // injected twice (background restart): keep the first session
  g.__nianbaoSession = 'starting';
  // Marks on or off by default and the UI language (options page): known before the first paint.
  const language = browser.runtime
    .sendMessage({ type: LOCALE_REQUEST })
    .then((table) => setOverride((table as Table | null) ?? null), () => {});
  void Promise.all([loadSettings(browser.storage.local), language]).then(([{ marksOn }]) => {
    try {
      // One message at a time: the background stores the report before a marks state for it.
      // A report's answer may hold last year's report (the session reads the page again with it).
      let queue: Promise<unknown> = Promise.resolve();
      const send = (msg: ReportMessage | MarksStateMessage) =>
        (queue = queue.then(() => browser.runtime.sendMessage(msg)).catch(() => {}));
      const session = startPageSession({
        doc: document,
        say: t, // tooltips in the UI language
        analyse: (doc, previous) => analyse(doc, location.href, { previous }),
        send,
        listen: (handler) =>
          browser.runtime.onMessage.addListener((raw: unknown) => {
            const answer = handler(raw as NianbaoMessage);
            return answer === undefined ? undefined : Promise.resolve(answer);
          }),
      });
      if (!marksOn) {
        session.marks.setOn(false);
        void send({ type: 'nianbao:marks', on: false });
      }
      g.__nianbaoSession = session;
    } catch {
      // never throw into the page's console
    }
  });
});

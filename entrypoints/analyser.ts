/**
 * Injected by the background (scripting.executeScript) into a frame that sniff.ts found to be a
 * report: reads the page, marks the cells that findings name, reports to the background, answers
 * jump/toggle from the popup, and re-reads tables that arrive late (bounded).
 */
import { browser } from 'wxt/browser';
import { analyse } from '@/lib/analyse';
import { startPageSession } from '@/lib/page/session';
import type { NianbaoMessage } from '@/lib/messages';

export default defineUnlistedScript(() => {
  const g = globalThis as { __nianbaoSession?: unknown };
  if (g.__nianbaoSession) return; // injected twice (background restart): keep the first session
  try {
    g.__nianbaoSession = startPageSession({
      doc: document,
      analyse: (doc) => analyse(doc, location.href),
      send: (msg) => browser.runtime.sendMessage(msg).catch(() => {}),
      listen: (handler) =>
        browser.runtime.onMessage.addListener((raw: unknown) => {
          const answer = handler(raw as NianbaoMessage);
          return answer === undefined ? undefined : Promise.resolve(answer);
        }),
    });
  } catch {
    // never throw into the page's console
  }
});

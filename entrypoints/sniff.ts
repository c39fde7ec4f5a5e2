/**
 * The content script (declared in wxt.config.ts for *://*.gov.cn/*, all frames, document_idle).
 * Kept tiny on purpose: it runs on every .gov.cn page, so it imports only the cheap detector and
 * the cheap list-page test; parsing, checks and marks live in analyser.ts, which the background
 * injects into report frames, and the list reader in lister.ts, injected into list pages.
 */
import { detectReport } from '@/lib/detect';
import { isListPage } from '@/lib/list/links';
import { sniff } from '@/lib/page/sniff';
import type { LoadAnalyserMessage, LoadListerMessage } from '@/lib/messages';

// chrome.* in Chromium (promise-returning in MV3), browser.* in Firefox: no polyfill needed for one call.
const api = (globalThis as any).browser ?? (globalThis as any).chrome;

function ask(msg: LoadAnalyserMessage | LoadListerMessage): void {
  try {
    api.runtime.sendMessage(msg)?.catch?.(() => {});
  } catch {
    // extension reloaded or context gone: stay silent
  }
}

export default defineUnlistedScript(() => {
  try {
    sniff(document, location.href, detectReport, () => ask({ type: 'nianbao:load' }), {
      isList: isListPage,
      onList: () => ask({ type: 'nianbao:lister' }),
    });
  } catch {
    // never throw into the page's console
  }
});

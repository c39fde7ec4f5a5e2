/**
 * The content script (declared in wxt.config.ts for *://*.gov.cn/*, all frames, document_idle).
 * Kept tiny on purpose: it runs on every .gov.cn page, so it imports only the cheap detector;
 * parsing, checks and marks live in analyser.ts, which the background injects into report frames.
 */
import { detectReport } from '@/lib/detect';
import { sniff } from '@/lib/page/sniff';
import type { LoadAnalyserMessage } from '@/lib/messages';

// chrome.* in Chromium (promise-returning in MV3), browser.* in Firefox: no polyfill needed for one call.
const api = (globalThis as any).browser ?? (globalThis as any).chrome;

export default defineUnlistedScript(() => {
  try {
    sniff(document, location.href, detectReport, () => {
      const msg: LoadAnalyserMessage = { type: 'nianbao:load' };
      try {
        api.runtime.sendMessage(msg)?.catch?.(() => {});
      } catch {
        // extension reloaded or context gone: stay silent
      }
    });
  } catch {
    // never throw into the page's console
  }
});

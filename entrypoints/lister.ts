/**
 * The list reader, injected by the background (scripting.executeScript) into a frame that sniff.ts
 * found to be a list page of reports: sends the column's report links, read from the rendered
 * page, and again when the page's script adds more (bounded, lib/page/lister.ts). Small: the list
 * reader and the detector, no parser, checks or marks.
 */
import { readColumn } from '@/lib/list';
import { watchColumn } from '@/lib/page/lister';
import type { ListMessage } from '@/lib/messages';

// chrome.* in Chromium (promise-returning in MV3), browser.* in Firefox: no polyfill for one call.
const api = (globalThis as any).browser ?? (globalThis as any).chrome;

export default defineUnlistedScript(() => {
  const g = globalThis as { __nianbaoLister?: boolean };
  if (g.__nianbaoLister) return; // injected twice (background restart): keep the first watch
  g.__nianbaoLister = true;
  try {
    watchColumn(document, location.href, readColumn, (column) => {
      const msg: ListMessage = { type: 'nianbao:list', column };
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

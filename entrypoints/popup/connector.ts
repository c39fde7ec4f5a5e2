import { browser } from 'wxt/browser';
import type { CellRef } from '@/lib/model/types';
import { safeParseReport } from '@/lib/model/schema';
import { clearHistory, historySize } from '@/lib/store/history';
import type { GetReportMessage, GetReportResponse, JumpMessage, ToggleMarksMessage } from '@/lib/messages';
import { readColumnInfo } from '@/lib/ui/column-info';

/**
 * Everything the popup needs from the extension, behind one interface (darkreader's connector
 * pattern), so tests and a plain page can render the popup with a fake.
 */
export interface PopupConnector {
  /**
   * The tab's report and its 年报 column (a list page of reports), either may be absent; null when
   * the tab has neither (not a report, or not a .gov.cn page).
   */
  getReport(): Promise<GetReportResponse | null>;
  jump(ref: CellRef): Promise<void>;
  toggleMarks(on: boolean): Promise<void>;
  openDraft(): Promise<void>;
  /** How many reports are kept for the year-before checks; null when the browser's storage is unavailable. */
  historyCount(): Promise<number | null>;
  /** Forgets the kept reports. */
  clearHistory(): Promise<void>;
  /** Opens the review of the tab's column (review.html?tab=<the tab's id>) in a new tab. */
  openReview(): Promise<void>;
}

/**
 * The report's frame address when it was found in a frame of a page that is not on .gov.cn (the
 * background knows the tab's address only for .gov.cn pages), else null.
 */
export function foreignFrameUrl(res: GetReportResponse | null): string | null {
  if (!res?.report || res.frameId === 0) return null;
  let host = '';
  try {
    host = res.pageUrl ? new URL(res.pageUrl).hostname : '';
  } catch {
    // unreadable address: treat as another site
  }
  return host === 'gov.cn' || host.endsWith('.gov.cn') ? null : res.report.source.url;
}

/** `?tabId=N` lets the demo and E2E open the popup in a tab of its own and still aim at a page. */
export function tabIdFromUrl(href: string): number | null {
  const raw = new URL(href).searchParams.get('tabId');
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export function browserConnector(href: string = location.href): PopupConnector {
  let tabId: Promise<number | null> | undefined;
  let frameId = 0;
  const target = () =>
    (tabId ??= (async () => {
      const given = tabIdFromUrl(href);
      if (given !== null) return given;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    })());
  const toPage = async (msg: JumpMessage | ToggleMarksMessage) => {
    const id = await target();
    if (id !== null) await browser.tabs.sendMessage(id, msg, { frameId });
  };
  return {
    async getReport() {
      const id = await target();
      if (id === null) return null;
      const msg: GetReportMessage = { type: 'nianbao:get', tabId: id };
      const res = (await browser.runtime.sendMessage(msg)) as Partial<GetReportResponse> | null | undefined;
      if (!res || typeof res !== 'object') return null;
      // The answer crosses a context boundary: trust its shape only after checking it.
      const parsed = res.report === undefined ? null : safeParseReport(res.report);
      const report = parsed?.success ? parsed.data : undefined;
      const column = readColumnInfo(res.column);
      if (!report && !column) return null;
      frameId = report && typeof res.frameId === 'number' ? res.frameId : 0;
      const pageUrl = typeof res.pageUrl === 'string' ? res.pageUrl : undefined;
      return { ...(report && { report }), frameId, marksOn: res.marksOn !== false, pageUrl, ...(column && { column }) };
    },
    jump: (ref) => toPage({ type: 'nianbao:jump', ref }),
    toggleMarks: (on) => toPage({ type: 'nianbao:toggle', on }),
    async openDraft() {
      await browser.tabs.create({ url: browser.runtime.getURL('/draft.html') });
    },
    // The popup shares the extension's IndexedDB with the background: read it directly.
    historyCount: historySize,
    clearHistory,
    async openReview() {
      const id = await target();
      // review.html is its own entrypoint (entrypoints/review): a plain string path, not WXT's typed list.
      if (id !== null) await browser.tabs.create({ url: `${(browser.runtime.getURL as (p: string) => string)('/review.html')}?tab=${id}` });
    },
  };
}

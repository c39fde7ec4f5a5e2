/**
 * Per-tab report state in the background: every frame's report, the marks switch, and the tab's
 * page URL (to tell a navigation from a hash change). Kept in memory and mirrored to
 * storage.session, because an MV3 service worker (or Firefox event page) may be stopped between
 * the page's report and the popup's question.
 */
import type { Report } from '../model/types';
import { reportScore } from './badge';

export interface FrameReport {
  frameId: number;
  report: Report;
}
export interface TabState {
  frames: Record<string, FrameReport>;
  marksOn: boolean;
  pageUrl?: string;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const key = (tabId: number) => `tab:${tabId}`;

export function bestFrame(state: TabState | undefined): FrameReport | null {
  let best: FrameReport | null = null;
  for (const fr of Object.values(state?.frames ?? {})) {
    if (!best) best = fr;
    else {
      const d = reportScore(fr.report) - reportScore(best.report);
      if (d > 0 || (d === 0 && fr.frameId < best.frameId)) best = fr;
    }
  }
  return best;
}

export const withoutHash = (url: string | undefined) => (url ?? '').replace(/#.*$/, '');

export class TabStore {
  private mem = new Map<number, TabState>();
  constructor(private area?: SessionArea) {}

  async get(tabId: number): Promise<TabState | undefined> {
    if (this.mem.has(tabId)) return this.mem.get(tabId);
    try {
      const stored = (await this.area?.get(key(tabId)))?.[key(tabId)] as TabState | undefined;
      if (stored) this.mem.set(tabId, stored);
      return stored;
    } catch {
      return undefined;
    }
  }

  async update(tabId: number, change: (s: TabState) => void): Promise<TabState> {
    const s = (await this.get(tabId)) ?? { frames: {}, marksOn: true };
    change(s);
    this.mem.set(tabId, s);
    await this.area?.set({ [key(tabId)]: s }).catch(() => {});
    return s;
  }

  async drop(tabId: number): Promise<void> {
    this.mem.delete(tabId);
    await this.area?.remove(key(tabId)).catch(() => {});
  }
}

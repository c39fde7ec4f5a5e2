/**
 * Per-tab report state in the background: every frame's report, the tab's 年报 column (a list page
 * of reports), the marks switch, and the tab's page URL (to tell a navigation from a hash change). Kept in memory and mirrored to
 * storage.session, because an MV3 service worker (or Firefox event page) may be stopped between
 * the page's report and the popup's question.
 */
import type { Report } from '../model/types';
import type { ColumnInfo, GetReportResponse } from '../messages';
import { reportScore } from './badge';

export interface FrameReport {
  frameId: number;
  report: Report;
}
export interface TabState {
  frames: Record<string, FrameReport>;
  marksOn: boolean;
  pageUrl?: string;
  /** The list page of reports in this tab, and the frame it was read in. */
  column?: ColumnInfo;
  columnFrame?: number;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const key = (tabId: number) => `tab:${tabId}`;

/** Frames whose reports are mirrored to storage.session per tab (the popup shows the best one). */
export const MAX_STORED_FRAMES = 3;

/** The state with only its `n` best frames, best first by the popup's own ranking. */
export function persisted(s: TabState, n: number): TabState {
  const frames = Object.values(s.frames);
  if (frames.length <= n) return s;
  const kept: Record<string, FrameReport> = {};
  const rest = [...frames];
  for (let i = 0; i < n; i++) {
    const best = bestFrame({ frames: Object.fromEntries(rest.map((f) => [f.frameId, f])), marksOn: s.marksOn })!;
    kept[best.frameId] = best;
    rest.splice(rest.indexOf(best), 1);
  }
  return { ...s, frames: kept };
}

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

/**
 * Keeps a frame's column: the same frame's newer reading replaces its own; among frames, the top
 * frame's column wins, else the one with the most links (a sidebar list in a frame loses to the page's).
 */
export function keepColumn(s: TabState, frameId: number, column: ColumnInfo): void {
  const held = s.column && s.columnFrame !== frameId;
  if (held && (s.columnFrame === 0 || (frameId !== 0 && column.links.length <= s.column!.links.length))) return;
  s.column = column;
  s.columnFrame = frameId;
}

/** The popup's answer to nianbao:get: the best frame's report and the column, null when neither. */
export function popupAnswer(s: TabState | undefined): GetReportResponse | null {
  const best = bestFrame(s);
  if (!best && !s?.column) return null;
  // pageUrl: the tab's address, known only on a .gov.cn page (host access): a report in a
  // frame of another site's page has none, and the popup says so.
  return {
    ...(best && { report: best.report }),
    frameId: best?.frameId ?? 0,
    marksOn: s?.marksOn ?? true,
    pageUrl: s?.pageUrl,
    ...(s?.column && { column: s.column }),
  };
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
    // storage.session is small (10 MB for every tab): the copy kept for a restarted worker holds
    // the best frames' reports only (a page with 50 report frames would take ~3 MB), and when
    // even that does not fit, the best frame alone.
    try {
      await this.area?.set({ [key(tabId)]: persisted(s, MAX_STORED_FRAMES) });
    } catch {
      await this.area?.set({ [key(tabId)]: persisted(s, 1) }).catch(() => {});
    }
    return s;
  }

  async drop(tabId: number): Promise<void> {
    this.mem.delete(tabId);
    await this.area?.remove(key(tabId)).catch(() => {});
  }
}

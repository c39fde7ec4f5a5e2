/**
 * The review page's state machine, apart from its components: where the column comes from (a
 * tab's list page through the background, ?list= fetched here, or the last stored review), the
 * run (lib/review/run), saving after each result, cancel and restart, and a snapshot for the UI
 * at most every `throttleMs` so a 200-link run does not render 200 times a second.
 */
import type { Column } from '@/lib/list';
import type { ColumnInfo } from '@/lib/messages';
import { review, type ReviewIo } from '@/lib/review/run';
import type { Outcome } from '@/lib/review/types';
import type { StoredReview } from '@/lib/store/db';
import { reviewSaver } from '@/lib/store/reviews';
import { isGov } from './review-fetch';

export type Status = 'loading' | 'running' | 'done' | 'cancelled' | 'error' | 'empty';

export interface Snapshot {
  status: Status;
  /** The list page's URL (the stored review's key). */
  key: string | null;
  title: string;
  links: { url: string; title: string }[];
  outcomes: (Outcome | null)[];
  /** Why there is nothing to show (status error), as t() key and substitutions. */
  message: { key: string; subs?: string[] } | null;
  /** List pages that could not be read (the run went on). */
  notes: string[];
  /** While the list's pages are walked: true. */
  walking: boolean;
  savedAt: number | null;
  /** Shown from the store (not run in this page). */
  restored: boolean;
  /** Bumped on every change: the UI's memo key. */
  version: number;
}

export interface SessionEnv {
  io: ReviewIo;
  getColumn: (tabId: number) => Promise<ColumnInfo | null>;
  load: (key?: string) => Promise<StoredReview | null>;
  save: (r: StoredReview) => Promise<boolean>;
  throttleMs?: number;
  now?: () => number;
}

export class ReviewSession {
  private s: Snapshot = { status: 'loading', key: null, title: '', links: [], outcomes: [], message: null, notes: [], walking: false, savedAt: null, restored: false, version: 0 };
  private abort: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saver = reviewSaver(() => this.stored(), (r) => this.env.save(r));

  constructor(
    private env: SessionEnv,
    private onChange: (s: Snapshot) => void,
  ) {}

  get snapshot(): Snapshot {
    return this.s;
  }

  /** review.html?tab=N · ?list=<url> · nothing (the last review). */
  async start(params: URLSearchParams): Promise<void> {
    const tab = params.get('tab');
    const list = params.get('list');
    if (tab !== null) {
      const column = await this.env.getColumn(Number(tab)).catch(() => null);
      if (!column) return this.fail('reviewNoColumn');
      if (!isGov(column.url)) return this.fail('reviewNotGov', column.url);
      return this.run(column.url, column.title, { links: column.links, pages: column.pages });
    }
    if (list !== null) {
      if (!isGov(list)) return this.fail('reviewNotGov', list);
      const stored = await this.env.load(list);
      if (stored) return this.restore(stored);
      return this.run(list, '', null);
    }
    const last = await this.env.load();
    if (last) return this.restore(last);
    this.set({ status: 'empty' }, true);
  }

  cancel(): void {
    this.abort?.abort();
  }

  /** 重新核对: the same links again (a list read in its tab may hold links its fetched copy lacks). */
  async restart(): Promise<void> {
    const { key, title, links } = this.s;
    if (!key || this.s.status === 'running') return;
    return this.run(key, title, null, links);
  }

  private async run(key: string, title: string, first: Column | null, again?: { url: string; title: string }[]): Promise<void> {
    const abort = (this.abort = new AbortController());
    const r = review(this.env.io, abort.signal);
    this.set({ status: 'running', key, title, links: [], outcomes: [], message: null, notes: [], walking: true, restored: false }, true);
    let links: { url: string; title: string }[];
    try {
      let column = first;
      if (!column && !again) {
        const read = await r.readList(key);
        if (!read.column) return this.fail('reviewNotList', key);
        column = read.column;
        title ||= read.title;
      }
      const notes: string[] = [];
      links = column ? await r.links(key, column, (m) => notes.push(m)) : again!;
      this.set({ title, notes });
    } catch (err) {
      if (abort.signal.aborted) return this.set({ status: 'cancelled', walking: false }, true);
      return this.fail('reviewListFailed', (this.env.io.failure ?? String)(err));
    }
    if (!links.length) return this.fail('reviewNoLinks');
    const outcomes: (Outcome | null)[] = links.map(() => null);
    this.set({ links: links.map((l) => ({ url: l.url, title: l.title })), outcomes, walking: false }, true);
    this.saver.changed();
    await r.check(links, key, (i, o) => {
      outcomes[i] = o;
      this.set({});
      this.saver.changed();
    });
    if (this.abort !== abort) return; // a newer run took over
    this.set({ status: abort.signal.aborted ? 'cancelled' : 'done' }, true);
    this.saver.changed();
    await this.saver.flush();
  }

  private restore(r: StoredReview): void {
    // A review still "running" in the store was cut short by closing its page.
    const status = r.status === 'done' ? 'done' : 'cancelled';
    this.set({ status, key: r.key, title: r.title, links: r.links, outcomes: r.outcomes, savedAt: r.savedAt, restored: true, walking: false }, true);
  }

  private stored(): StoredReview {
    const { key, title, links, outcomes, status } = this.s;
    return { key: key!, savedAt: (this.env.now ?? Date.now)(), title, links, outcomes: [...outcomes], status: status === 'done' ? 'done' : status === 'cancelled' ? 'cancelled' : 'running' };
  }

  private fail(key: string, ...subs: string[]): void {
    this.set({ status: 'error', message: { key, subs }, walking: false }, true);
  }

  /** Changes the state; the UI hears of it now (`urgent`) or within throttleMs. */
  private set(change: Partial<Snapshot>, urgent = false): void {
    this.s = { ...this.s, ...change, version: this.s.version + 1 };
    if (urgent) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.onChange(this.s);
    } else {
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.onChange(this.s);
      }, this.env.throttleMs ?? 150);
    }
  }
}

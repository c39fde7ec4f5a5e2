/**
 * The extension's IndexedDB (through idb): reports it has read, for the history.* rules, and the
 * review page's results. Extension pages and the background share it (one origin); content
 * scripts cannot reach it and go through the background. One schema, one place: stores are
 * added here with a version bump, never elsewhere.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Report } from '../model/types';
import type { Outcome } from '../review/types';

export const DB_NAME = 'nianbao';
export const DB_VERSION = 1;

/** A report kept for next year's checks: one per agency and year (key `norm(agency)|year`). */
export interface StoredReport {
  key: string;
  agency: string;
  year: number;
  /** When it was read (ms since the epoch): the newest read wins, the oldest is dropped first. */
  readAt: number;
  /** How it was read: a visited page, a review of a column, a checked attachment or draft. */
  via: 'page' | 'review' | 'attachment' | 'draft';
  report: Report;
}

/** A review of a column, kept so that its results survive closing the review page. */
export interface StoredReview {
  /** The list page's URL (one review per column; a new run replaces it). */
  key: string;
  savedAt: number;
  title: string;
  /** Links in list order, then results as they finish (`outcomes[i]` belongs to `links[i]`). */
  links: { url: string; title: string }[];
  outcomes: (Outcome | null)[];
  /** Finished, cancelled, or still running when the page was closed. */
  status: 'running' | 'done' | 'cancelled';
}

export interface NianbaoDB extends DBSchema {
  reports: { key: string; value: StoredReport; indexes: { readAt: number } };
  reviews: { key: string; value: StoredReview; indexes: { savedAt: number } };
}

export type Db = IDBPDatabase<NianbaoDB>;

let opened: Promise<Db> | null = null;

/** The database, opened once per page (or worker). */
export function openDb(): Promise<Db> {
  opened ??= openDB<NianbaoDB>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('reports', { keyPath: 'key' }).createIndex('readAt', 'readAt');
      db.createObjectStore('reviews', { keyPath: 'key' }).createIndex('savedAt', 'savedAt');
    },
  }).catch((err) => {
    opened = null; // a failed open (private window, quota) is tried again next time
    throw err;
  });
  return opened;
}

/** Each capped store's age order: the oldest read report, the oldest saved review. */
const AGE = { reports: 'readAt', reviews: 'savedAt' } as const;

/**
 * Puts `value` into `store` and, when the store then holds more than `cap`, drops the oldest
 * (never `value` itself), in the same transaction.
 */
export async function putCapped<S extends keyof typeof AGE>(store: S, value: NianbaoDB[S]['value'], cap: number): Promise<void> {
  const db = await openDb();
  const tx = db.transaction(store, 'readwrite');
  await tx.store.put(value);
  let excess = (await tx.store.count()) - cap;
  // (idb's types cannot tie AGE[S] to S's own index names through the generic: checked by AGE's keys.)
  let cursor = excess > 0 ? await tx.store.index(AGE[store] as never).openCursor() : null;
  while (cursor && excess > 0) {
    if (cursor.primaryKey !== value.key) await cursor.delete(), excess--;
    cursor = await cursor.continue();
  }
  await tx.done;
}

/** For tests: forget the open connection (after deleting the database). */
export async function closeDb(): Promise<void> {
  const db = opened && (await opened.catch(() => null));
  db?.close();
  opened = null;
}

/**
 * The review page's results in IndexedDB (lib/store/db `reviews`, one per list URL), so that they
 * survive closing the page. Like the history store, nothing here throws: a failed write is logged
 * and reported as false, and the page goes on showing its results.
 */
import { openDb, putCapped, type StoredReview } from './db';

/** Reviews kept; the oldest saved is dropped first (a 200-report review is 1–2 MB). */
export const REVIEWS_CAP = 20;

export async function saveReview(review: StoredReview): Promise<boolean> {
  try {
    await putCapped('reviews', review, REVIEWS_CAP);
    return true;
  } catch (err) {
    console.warn('nianbao: saving the review failed', err);
    return false;
  }
}

/** The review of that list, or (no key) the one saved last; null when none or no store. */
export async function loadReview(key?: string): Promise<StoredReview | null> {
  try {
    const db = await openDb();
    if (key !== undefined) return (await db.get('reviews', key)) ?? null;
    const cursor = await db.transaction('reviews').store.index('savedAt').openCursor(null, 'prev');
    return cursor?.value ?? null;
  } catch (err) {
    console.warn('nianbao: reading the review failed', err);
    return null;
  }
}

/**
 * Saves after each result without queueing a write per result: while one write runs, later
 * changes wait and the newest state is written once it ends (a 200-report review is cloned a
 * few dozen times, not 200). `flush()` resolves when the newest state is stored.
 */
export function reviewSaver(current: () => StoredReview, save: (r: StoredReview) => Promise<boolean> = saveReview) {
  let running: Promise<void> | null = null;
  let dirty = false;
  const loop = async () => {
    while (dirty) {
      dirty = false;
      await save({ ...current(), savedAt: Date.now() });
    }
    running = null;
  };
  return {
    changed(): void {
      dirty = true;
      running ??= loop();
    },
    async flush(): Promise<void> {
      while (running) await running;
    },
  };
}

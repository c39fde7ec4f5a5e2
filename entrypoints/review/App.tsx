import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';
import { checked, exportReview } from '@/lib/ui/review-export';
import type { ReviewSession, Snapshot } from '@/lib/ui/review-session';
import { countRows, matches, nextSort, rowOf, sortRows, type Filter, type Row, type SortDir, type SortKey } from '@/lib/ui/review-table';
import { Detail } from './Detail';
import { Exports } from './Exports';
import { ResultsTable } from './ResultsTable';
import { StatusBar } from './StatusBar';

/** Rows for a snapshot, reusing a row whose link and outcome did not change (its <tr> then skips rendering). */
function useRows(snap: Snapshot | null): Row[] {
  const cache = useRef(new Map<number, Row>());
  return useMemo(() => {
    if (!snap) return [];
    return snap.links.map((link, i) => {
      const o = snap.outcomes[i] ?? null;
      const had = cache.current.get(i);
      if (had && had.outcome === o && had.url === link.url) return had;
      const row = rowOf(link, o, i);
      cache.current.set(i, row);
      return row;
    });
  }, [snap?.version]);
}

/** 核对本栏目全部年报: progress, the results table (sort, filter), a row's findings, the exports. */
export function ReviewApp({ create, params }: { create: (onChange: (s: Snapshot) => void) => ReviewSession; params: URLSearchParams }) {
  const [snap, setSnap] = useState<Snapshot | null>(null);
  const session = useMemo(() => create(setSnap), []);
  useEffect(() => {
    setSnap(session.snapshot);
    void session.start(params);
    // Closing the page mid-run: the store already holds every result so far (saved after each).
    const stop = () => session.cancel();
    addEventListener('pagehide', stop);
    return () => removeEventListener('pagehide', stop);
  }, []);

  const [sort, setSort] = useState<{ key: SortKey | null; dir: SortDir }>({ key: null, dir: 'asc' });
  const [filter, setFilter] = useState<Filter>('all');
  const [selected, setSelected] = useState<number | null>(null);
  const rows = useRows(snap);
  const shown = useMemo(() => sortRows(rows.filter((r) => matches(r, filter)), sort.key, sort.dir), [rows, sort, filter]);
  const counts = useMemo(() => countRows(rows), [rows]);

  useEffect(() => {
    if (snap?.title) document.title = `${snap.title} · ${t('reviewTitle')}`;
  }, [snap?.title]);
  useEffect(() => setSelected(null), [snap?.key, snap?.restored]);

  if (!snap) return null;
  const running = snap.status === 'running';
  const done = checked(snap.outcomes);
  const pick = rows[selected ?? -1] ?? null;

  return (
    <main class="review">
      <header class="review-head">
        <h1>{t('reviewTitle')}</h1>
        {snap.key && (
          <p class="review-list">
            {snap.title && <strong>{snap.title}</strong>}{' '}
            <a href={snap.key} target="_blank" rel="noreferrer" class="review-list-url">
              {snap.key}
            </a>
          </p>
        )}
        <p class="muted">{t('reviewIntro')}</p>
      </header>
      <StatusBar snap={snap} counts={counts} onCancel={() => session.cancel()} onRestart={() => void session.restart()} />
      {snap.message && (
        <p class="state state-problems review-message" role="alert">
          {t(snap.message.key, snap.message.subs)}
        </p>
      )}
      {snap.status === 'empty' && <p class="state review-message">{t('reviewNothing')}</p>}
      {snap.notes.length > 0 && (
        <ul class="review-notes muted">
          {snap.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {snap.links.length > 0 && (
        <>
          <div class="review-tools">
            <label>
              {t('reviewFilter')}{' '}
              <select id="review-filter" value={filter} onChange={(e) => setFilter((e.currentTarget as HTMLSelectElement).value as Filter)}>
                <option value="all">{t('reviewFilterAll', rows.length)}</option>
                {Object.entries(counts.byState).map(([state, n]) => (
                  <option key={state} value={state}>
                    {t(`reviewState_${state}`)}（{n}）
                  </option>
                ))}
              </select>
            </label>
            <Exports disabled={!done.length} onExport={(kind) => exportReview(kind, snap.key, done)} />
          </div>
          <div class="review-body">
            <ResultsTable rows={shown} sort={sort} selected={selected} running={running} onSort={(k) => setSort(nextSort(sort, k))} onOpen={setSelected} />
            <Detail row={pick} />
          </div>
        </>
      )}
    </main>
  );
}

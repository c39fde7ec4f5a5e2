import { t } from '@/lib/ui/i18n';
import type { Snapshot } from '@/lib/ui/review-session';
import type { Counts } from '@/lib/ui/review-table';

/** 已完成 X / N，错误 E 份… with its progress bar, the run's status, 取消 and 重新核对. */
export function StatusBar({ snap, counts, onCancel, onRestart }: { snap: Snapshot; counts: Counts; onCancel: () => void; onRestart: () => void }) {
  const running = snap.status === 'running';
  const left = counts.total - counts.done;
  const status =
    snap.status === 'running'
      ? t(snap.walking ? 'reviewWalking' : 'reviewRunning')
      : snap.status === 'done'
        ? t('reviewDone')
        : snap.status === 'cancelled'
          ? t(snap.restored ? 'reviewInterrupted' : 'reviewCancelled')
          : snap.status === 'loading'
            ? t('reviewLoading')
            : '';
  const saved = snap.restored && snap.savedAt ? new Date(snap.savedAt).toLocaleString(document.documentElement.lang || undefined) : null;
  return (
    <section class="review-bar" aria-label={t('reviewProgress')}>
      <progress id="review-progress" value={counts.done} max={Math.max(counts.total, 1)} aria-label={t('reviewProgress')} />
      <p id="review-counts" aria-live="polite">
        {counts.total > 0 && t('reviewCounts', [counts.done, counts.total, counts.withErrors, counts.withWarnings, counts.failed])}
        {counts.total > 0 && !running && left > 0 && t('reviewNotChecked', left)}
      </p>
      <p id="review-status" data-status={snap.status} role="status">
        {status}
        {saved && ` ${t('reviewSavedAt', saved)}`}
      </p>
      <div class="review-actions">
        <button type="button" id="review-cancel" disabled={!running} onClick={onCancel}>
          {t('reviewCancel')}
        </button>
        {snap.key && !running && snap.status !== 'loading' && (
          <button type="button" id="review-restart" onClick={onRestart}>
            {t('reviewRestart')}
          </button>
        )}
      </div>
    </section>
  );
}

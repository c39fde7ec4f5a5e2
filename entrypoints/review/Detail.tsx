import { ReportView } from '@/components/report-view';
import { t } from '@/lib/ui/i18n';
import type { Row } from '@/lib/ui/review-table';
import { stateText } from './ResultsTable';

const fileName = (url: string) => {
  const last = url.replace(/[?#].*$/, '').split('/').pop() || url;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
};

/** The chosen row: its report's findings (the popup's ReportView), or why it could not be read. */
export function Detail({ row }: { row: Row | null }) {
  const o = row?.outcome ?? null;
  return (
    <aside id="review-detail" aria-label={t('reviewDetail')}>
      {!row || !o ? (
        <p class="muted">{t('reviewDetailHint')}</p>
      ) : (
        <>
          <p class="review-detail-source">
            <a href={row.url} target="_blank" rel="noreferrer">
              {row.title || row.url}
            </a>
            {'report' in o && o.attachment && (
              <>
                {' · '}
                {t('reviewReadFrom')}{' '}
                <a href={o.attachment} target="_blank" rel="noreferrer">
                  {fileName(o.attachment)}
                </a>
              </>
            )}
          </p>
          {'error' in o ? (
            <p class="state state-problems" data-state="failed">
              {stateText(row).label}：{o.error}
            </p>
          ) : (
            <>
              {o.attachmentError && <p class="state state-unreadable">{`${stateText(row).label}：${o.attachmentError}`}</p>}
              <ReportView report={o.report} />
            </>
          )}
        </>
      )}
    </aside>
  );
}

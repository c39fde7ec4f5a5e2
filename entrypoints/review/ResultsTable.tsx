import { Component } from 'preact';
import { attachmentUrl } from '@/lib/review/attachment';
import { t } from '@/lib/ui/i18n';
import { SORT_KEYS, type Row, type SortDir, type SortKey } from '@/lib/ui/review-table';

const HEADS: Record<SortKey, string> = {
  agency: 'reviewColAgency',
  year: 'reviewColYear',
  format: 'reviewColFormat',
  errors: 'reviewColErrors',
  warnings: 'reviewColWarnings',
  state: 'reviewColState',
};

/** The state in words, with the reason for a failure or an attachment not read. */
export function stateText(row: Row, running = false): { label: string; reason: string | null } {
  const o = row.outcome;
  if (!o || !row.state) return { label: t(running ? 'reviewPending' : 'reviewUnchecked'), reason: null };
  if ('error' in o) return { label: t('reviewState_failed'), reason: o.error };
  if (row.state === 'attachment' && !o.attachment)
    return { label: t('reviewAttachmentNotRead'), reason: o.attachmentError ?? t(attachmentUrl(o.report) ? 'reviewAttachmentNotFetched' : 'reviewAttachmentNoFile') };
  return { label: t(`reviewState_${row.state}`), reason: null };
}

type RowProps = { row: Row; selected: boolean; running: boolean; onOpen: (index: number) => void };

/** One report; re-rendered only when its outcome or selection changes (200 rows, results every 150 ms). */
class ResultRow extends Component<RowProps> {
  shouldComponentUpdate(next: RowProps) {
    return next.row !== this.props.row || next.selected !== this.props.selected || next.running !== this.props.running;
  }
  render({ row, selected, running, onOpen }: RowProps) {
    const o = row.outcome;
    const { label, reason } = stateText(row, running);
    const pending = row.state === null;
    // Nothing was read: no count, rather than a 0 that reads as "checked, clean".
    const num = (n: number) => (pending || row.state === 'failed' ? '—' : n);
    return (
      <tr
        data-nianbao-url={row.url}
        data-nianbao-errors={row.errors}
        data-nianbao-warnings={row.warnings}
        data-nianbao-state={row.state ?? undefined}
        class={selected ? 'selected' : undefined}
      >
        <td class="col-agency">
          <button type="button" class="review-open" aria-pressed={selected} disabled={pending} title={row.title || undefined} onClick={() => onOpen(row.index)}>
            {row.agency ?? (row.title || row.url)}
          </button>
        </td>
        <td class="col-year">{row.year ?? ''}</td>
        <td class="col-format">{row.format ? t(`format_${row.format}`) : ''}</td>
        <td class={`col-num${row.errors ? ' has-errors' : ''}`}>{num(row.errors)}</td>
        <td class={`col-num${row.warnings ? ' has-warnings' : ''}`}>{num(row.warnings)}</td>
        <td class={`col-state row-${row.state ?? 'pending'}`}>
          {label}
          {reason && <span class="review-reason">{reason}</span>}
        </td>
        <td class="col-link">
          <a href={row.url} target="_blank" rel="noreferrer" title={row.url}>
            {t('reviewOpenPage')}
          </a>
          {o && 'report' in o && o.attachment && (
            <a href={o.attachment} target="_blank" rel="noreferrer" title={o.attachment}>
              {t('reviewOpenFile')}
            </a>
          )}
        </td>
      </tr>
    );
  }
}

const ARIA: Record<SortDir, 'ascending' | 'descending'> = { asc: 'ascending', desc: 'descending' };

export function ResultsTable({
  rows,
  sort,
  selected,
  running,
  onSort,
  onOpen,
}: {
  rows: Row[];
  running: boolean;
  sort: { key: SortKey | null; dir: SortDir };
  selected: number | null;
  onSort: (key: SortKey) => void;
  onOpen: (index: number) => void;
}) {
  return (
    <div class="review-table-wrap">
      <table id="review-results">
        <thead>
          <tr>
            {SORT_KEYS.map((k) => (
              <th key={k} scope="col" aria-sort={sort.key === k ? ARIA[sort.dir] : undefined} class={`col-${k}`}>
                <button type="button" data-sort={k} onClick={() => onSort(k)}>
                  {t(HEADS[k])}
                  <span aria-hidden="true" class="sort-mark">
                    {sort.key === k ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">{t('reviewColLink')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <ResultRow key={r.index} row={r} selected={selected === r.index} running={running} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p class="muted review-none">{t('reviewNoneShown')}</p>}
    </div>
  );
}

import { useState } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';

type Kind = 'xlsx' | 'csv' | 'json';

/** The review's exports: the workbook, the summary as CSV, the JSON of every report. */
export function Exports({ disabled, onExport }: { disabled: boolean; onExport: (kind: Kind) => Promise<void> }) {
  const [busy, setBusy] = useState<Kind | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const run = async (kind: Kind) => {
    setBusy(kind);
    setFailed(null);
    try {
      await onExport(kind);
    } catch (err) {
      setFailed(t('reviewExportFailed', err instanceof Error ? err.message : String(err)));
    } finally {
      setBusy(null);
    }
  };
  const button = (kind: Kind, label: string) => (
    <button type="button" id={`export-${kind}`} disabled={disabled || busy !== null} aria-busy={busy === kind} onClick={() => void run(kind)}>
      {label}
    </button>
  );
  return (
    <div class="review-exports" role="group" aria-label={t('reviewExports')}>
      {button('xlsx', t('reviewExportXlsx'))}
      {button('csv', t('reviewExportCsv'))}
      {button('json', t('reviewExportJson'))}
      {failed && <span class="state-problems">{failed}</span>}
    </div>
  );
}

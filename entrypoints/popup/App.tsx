import { useEffect, useState } from 'preact/hooks';
import { ReportView } from '@/components/report-view';
import { t } from '@/lib/ui/i18n';
import type { GetReportResponse } from '@/lib/messages';
import { foreignFrameUrl, type PopupConnector } from './connector';
import { HistoryBar } from './HistoryBar';
import { ColumnOffer } from './ColumnOffer';

type Load = { phase: 'loading' } | { phase: 'done'; res: GetReportResponse | null };

export function App({ connector }: { connector: PopupConnector }) {
  const [load, setLoad] = useState<Load>({ phase: 'loading' });
  const [marksOn, setMarksOn] = useState(true);

  useEffect(() => {
    connector.getReport().then(
      (res) => {
        setLoad({ phase: 'done', res });
        if (res) setMarksOn(res.marksOn);
      },
      // No content script in the tab (chrome:// pages, other sites): that is "not a report".
      () => setLoad({ phase: 'done', res: null }),
    );
  }, [connector]);

  const report = load.phase === 'done' ? load.res?.report ?? null : null;
  const frameUrl = load.phase === 'done' ? foreignFrameUrl(load.res) : null;
  // A list page of reports: the review offer, instead of "not a report" when the tab has no report.
  const column = load.phase === 'done' ? load.res?.column ?? null : null;
  const offer = column && <ColumnOffer column={column} alone={!report} onOpen={() => void connector.openReview().catch(() => {})} />;
  const markable = !!report?.findings.some((f) => f.cells.length);
  const toggle = (on: boolean) => {
    setMarksOn(on);
    connector.toggleMarks(on).catch(() => setMarksOn(!on));
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('popupTitle')}</h1>
      </header>
      {load.phase === 'loading' ? (
        <p class="state" aria-busy="true">
          {t('loading')}
        </p>
      ) : column && !report ? (
        offer
      ) : (
        <>
          {frameUrl && (
            <p class="state state-frame" id="frame-note">
              {t('frameForeign', frameUrl)}
            </p>
          )}
          <ReportView
            report={report}
            onActivate={(f) => void connector.jump(f.cells[0]).catch(() => {})}
            controls={
              markable && (
                <label class="marks-toggle">
                  <input type="checkbox" id="marks-toggle" checked={marksOn} onChange={(e) => toggle(e.currentTarget.checked)} />
                  {t('marksToggle')}
                </label>
              )
            }
          />
          {offer}
        </>
      )}
      <footer class="popup-footer">
        <button type="button" id="open-draft" class="link-button" onClick={() => void connector.openDraft()}>
          {t('openDraft')}
        </button>
        <HistoryBar connector={connector} />
      </footer>
    </main>
  );
}

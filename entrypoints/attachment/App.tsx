import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ReportView } from '@/components/report-view';
import { Preview, type PreviewHandle } from '@/entrypoints/draft/Preview';
import { checkFile, fetchAttachment, type Checked, type Progress } from '@/lib/ui/attachment';
import { layoutTables } from '@/lib/ui/attachment-view';
import { t } from '@/lib/ui/i18n';
import { refKey } from '@/lib/model/types';
import type { Analysis, AnalyseOptions } from '@/lib/analyse';
import type { PdfjsLoader } from '@/lib/files/pdf';
import type { Report } from '@/lib/model/types';
import type { LastYearFn } from '@/lib/ui/last-year';

type AnalyseFn = (doc: Document, url: string, options?: AnalyseOptions) => Analysis;
type State =
  | { kind: 'working'; step: 'workingFetch' | 'workingRead'; loaded?: number; total?: number | null }
  | { kind: 'error'; message: string }
  | { kind: 'done'; checked: Checked; previous: Report | null };

const readable = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};
const size = (n: number) => (n < 1 << 20 ? `${Math.ceil(n / 1024)} KB` : `${(n / (1 << 20)).toFixed(1)} MB`);

/**
 * 核对附件: fetch the report file (src: an http(s) address on *.gov.cn), read it here, show it as a
 * page. `lastYear` keeps the report and compares it with the year before's (lib/ui/last-year).
 */
export function AttachmentApp(props: { src: string | null; analyse: AnalyseFn; pdf?: PdfjsLoader; fetch?: typeof fetch; lastYear?: LastYearFn }) {
  const { src, analyse, pdf, fetch: fetchFn, lastYear } = props;
  const [state, setState] = useState<State>(src ? { kind: 'working', step: 'workingFetch' } : { kind: 'error', message: t('attachmentNoSource') });
  const preview = useRef<PreviewHandle | null>(null);

  useEffect(() => {
    if (!src) return;
    let live = true;
    (async () => {
      const onProgress = (p: Progress) => p.step === 'fetch' && live && setState({ kind: 'working', step: 'workingFetch', loaded: p.loaded, total: p.total });
      const got = await fetchAttachment(src, { fetch: fetchFn, onProgress });
      if (live) setState({ kind: 'working', step: 'workingRead' });
      const checked = await checkFile(got.bytes, { name: new URL(got.url).pathname, contentType: got.contentType, url: got.url }, analyse, pdf);
      const compared = lastYear ? await lastYear(checked.analysis) : { analysis: checked.analysis, previous: null };
      if (live) setState({ kind: 'done', checked: { ...checked, analysis: compared.analysis }, previous: compared.previous });
    })().catch((err) => live && setState({ kind: 'error', message: t('attachmentError', err instanceof Error ? err.message : String(err)) }));
    return () => void (live = false);
  }, [src]);

  const report = state.kind === 'done' ? state.checked.analysis.report : null;
  const build = useMemo(() => report && ((into: Document) => layoutTables(report, into)), [report]);
  const hasTables = !!(report && (report.active || report.applications || report.reviewLitigation || report.legacy));

  return (
    <main class="attachment">
      <h1>{t('attachmentTitle')}</h1>
      {src && (
        <p class="muted attachment-src">
          {t('attachmentFile', '')}
          <a href={src} rel="noreferrer">
            {readable(src)}
          </a>
        </p>
      )}
      <p class="muted">{t('localOnly')}</p>
      <div aria-live="polite">
        {state.kind === 'working' && (
          <p class="state" aria-busy="true" data-working={state.step}>
            {state.step === 'workingFetch'
              ? t('workingFetch', `${size(state.loaded ?? 0)}${state.total ? ` / ${size(state.total)}` : ''}`)
              : t('workingRead')}
          </p>
        )}
        {state.kind === 'error' && (
          <p class="state state-problems" data-state="error">
            {state.message}
          </p>
        )}
      </div>
      {report && (
        <div class="attachment-body">
          {hasTables && build && (
            <section class="attachment-tables" aria-label={t('attachmentTables')}>
              <h2>{t('attachmentTables')}</h2>
              <Preview build={build} handle={preview} id="attachment-preview" />
            </section>
          )}
          <aside class="attachment-findings">
            {state.kind === 'done' && state.previous && (
              <p class="muted" id="history-compared">
                {t('historyCompared', state.previous.year ?? '')}
              </p>
            )}
            <ReportView report={report} onActivate={(f) => preview.current?.show(refKey(f.cells[0]))} />
          </aside>
        </div>
      )}
    </main>
  );
}

import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ReportView } from '@/components/report-view';
import { breathe, checkFile } from '@/lib/ui/attachment';
import { checkDraft, htmlFromClipboard, parseDraft } from '@/lib/ui/draft';
import { draftPreview } from '@/lib/ui/draft-preview';
import { t } from '@/lib/ui/i18n';
import { refKey } from '@/lib/model/types';
import type { Analysis, AnalyseOptions } from '@/lib/analyse';
import type { PdfjsLoader } from '@/lib/files/pdf';
import type { Report } from '@/lib/model/types';
import type { LastYearFn } from '@/lib/ui/last-year';
import { Preview, type PreviewHandle } from './Preview';

type AnalyseFn = (doc: Document, url: string, options?: AnalyseOptions) => Analysis;
type Result =
  | { kind: 'empty' }
  | { kind: 'working'; step: 'workingRead' | 'workingCheck' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; source: string; doc: Document; analysis: Analysis; previous: Report | null };

/**
 * Check a draft: paste tables (Word/WPS HTML or text), or open a .docx, PDF or saved page.
 * `lastYear` compares it with the year before's kept report (a draft itself is never kept).
 */
export function DraftApp({ analyse, pdf, lastYear }: { analyse: AnalyseFn; pdf?: PdfjsLoader; lastYear?: LastYearFn }) {
  const [result, setResult] = useState<Result>({ kind: 'empty' });
  const preview = useRef<PreviewHandle | null>(null);
  const latest = useRef(0);

  // Each step yields to the event loop, so the page shows its progress on a large input; a newer
  // paste or file wins over one still being read.
  const run = async (source: string, read: () => Promise<{ doc: Document; analysis: Analysis }>) => {
    const id = ++latest.current;
    setResult({ kind: 'working', step: 'workingRead' });
    await breathe();
    try {
      const { doc, analysis: read1 } = await read();
      const { analysis, previous } = lastYear ? await lastYear(read1) : { analysis: read1, previous: null };
      if (id === latest.current) setResult({ kind: 'done', source, doc, analysis, previous });
    } catch (err) {
      if (id === latest.current) setResult({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
  const pasted = (html: string) =>
    run(t('draftPasted'), async () => {
      const doc = parseDraft(html);
      setResult({ kind: 'working', step: 'workingCheck' });
      await breathe();
      return { doc, analysis: checkDraft(doc, analyse) };
    });
  const readFile = (file: File | undefined) => {
    if (!file) return;
    void run(file.name, async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return checkFile(bytes, { name: file.name, contentType: file.type || null, url: 'draft:' }, analyse, pdf);
    });
  };

  // Paste anywhere on the page except into the file input; drop a file anywhere. Listening from
  // the first paint (a layout effect), so a paste or drop right after the page shows is not lost.
  useLayoutEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const html = htmlFromClipboard(e.clipboardData);
      if (html === null) return;
      e.preventDefault();
      void pasted(html);
    };
    const onDragOver = (e: DragEvent) => e.preventDefault();
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      readFile(e.dataTransfer?.files[0]);
    };
    document.addEventListener('paste', onPaste);
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('drop', onDrop);
    };
  }, [analyse, pdf]);

  const done = result.kind === 'done' ? result : null;
  const build = useMemo(() => done && draftPreview(done.doc, done.analysis), [done]);
  const hasTables = !!done?.doc.querySelector('table');

  return (
    <main class="draft">
      <h1>{t('draftTitle')}</h1>
      <p class="muted">{t('draftIntroFiles')}</p>
      <p class="muted" id="local-only">{t('localOnly')}</p>
      <div class="draft-inputs">
        {/* contenteditable so Ctrl+V works from the keyboard; typed input is refused. */}
        <div
          id="paste-zone"
          class="paste-zone"
          role="textbox"
          aria-multiline="true"
          aria-label={t('draftPasteZone')}
          contentEditable
          onBeforeInput={(e) => e.preventDefault()}
          onDrop={(e) => e.preventDefault()}
        >
          {t('draftPasteZone')}
        </div>
        <label class="button file-button">
          {t('draftChooseFiles')}
          <input
            type="file"
            id="draft-file"
            accept=".html,.htm,.docx,.pdf,.txt,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => readFile(e.currentTarget.files?.[0])}
          />
        </label>
        <span class="muted">{t('draftDropHint')}</span>
      </div>
      <section class="draft-result" aria-live="polite">
        {result.kind === 'working' && (
          <p class="state" aria-busy="true" data-working={result.step}>
            {t(result.step)}
          </p>
        )}
        {result.kind === 'error' && <p class="state state-problems">{t('draftReadError', result.message)}</p>}
        {done && (
          <>
            <p class="muted">{t('draftSource', done.source)}</p>
            {done.previous && (
              <p class="muted" id="history-compared">
                {t('historyCompared', done.previous.year ?? '')} {t('historyDraftNotKept')}
              </p>
            )}
            {!hasTables && <p class="state">{t('draftNoTables')}</p>}
            <ReportView report={done.analysis.report} onActivate={(f) => preview.current?.show(refKey(f.cells[0]))} />
          </>
        )}
      </section>
      {build && hasTables && (
        <section class="draft-preview" aria-label={t('draftPreview')}>
          <h2>{t('draftPreview')}</h2>
          <Preview build={build} handle={preview} />
        </section>
      )}
    </main>
  );
}

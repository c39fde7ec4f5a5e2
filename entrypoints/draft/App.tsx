import { useEffect, useRef, useState } from 'preact/hooks';
import { ReportView } from '@/components/report-view';
import { checkDraft, decodeHtml, htmlFromClipboard, parseDraft } from '@/lib/ui/draft';
import { t } from '@/lib/ui/i18n';
import { refKey } from '@/lib/model/types';
import type { Analysis, AnalyseOptions } from '@/lib/analyse';
import { Preview, type PreviewHandle } from './Preview';

type AnalyseFn = (doc: Document, url: string, options?: AnalyseOptions) => Analysis;
type Result =
  | { kind: 'empty' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; source: string; doc: Document; analysis: Analysis };

/** Check a draft: paste tables (Word/WPS HTML or TSV) or open a saved .html file. */
export function DraftApp({ analyse }: { analyse: AnalyseFn }) {
  const [result, setResult] = useState<Result>({ kind: 'empty' });
  const preview = useRef<PreviewHandle | null>(null);

  const run = (html: string, source: string) => {
    try {
      const doc = parseDraft(html);
      setResult({ kind: 'done', source, doc, analysis: checkDraft(doc, analyse) });
    } catch (err) {
      setResult({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    run(decodeHtml(new Uint8Array(await file.arrayBuffer())), file.name);
  };

  // Paste anywhere on the page except into the file input; drop a file anywhere.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const html = htmlFromClipboard(e.clipboardData);
      if (html === null) return;
      e.preventDefault();
      run(html, t('draftPasted'));
    };
    const onDragOver = (e: DragEvent) => e.preventDefault();
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      void readFile(e.dataTransfer?.files[0]);
    };
    document.addEventListener('paste', onPaste);
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('drop', onDrop);
    };
  }, [analyse]);

  return (
    <main class="draft">
      <h1>{t('draftTitle')}</h1>
      <p class="muted">{t('draftIntro')}</p>
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
          {t('draftChooseFile')}
          <input type="file" id="draft-file" accept=".html,.htm,text/html" onChange={(e) => void readFile(e.currentTarget.files?.[0])} />
        </label>
        <span class="muted">{t('draftDropHint')}</span>
      </div>
      <section class="draft-result" aria-live="polite">
        {result.kind === 'error' && <p class="state state-problems">{t('draftReadError', result.message)}</p>}
        {result.kind === 'done' && (
          <>
            <p class="muted">{t('draftSource', result.source)}</p>
            {!result.doc.querySelector('table') && <p class="state">{t('draftNoTables')}</p>}
            <ReportView report={result.analysis.report} onActivate={(f) => preview.current?.show(refKey(f.cells[0]))} />
          </>
        )}
      </section>
      {result.kind === 'done' && result.doc.querySelector('table') && (
        <section class="draft-preview" aria-label={t('draftPreview')}>
          <h2>{t('draftPreview')}</h2>
          <Preview doc={result.doc} analysis={result.analysis} handle={preview} />
        </section>
      )}
    </main>
  );
}

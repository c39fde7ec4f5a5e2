import { useEffect, useRef, useState } from 'preact/hooks';
import { csvFileName, toCsv, toHtmlTable, toJson, toMarkdown, toTsv } from '@/lib/export';
import { copyFlavours } from '@/lib/ui/clipboard';
import { downloadText } from '@/lib/ui/download';
import { t } from '@/lib/ui/i18n';
import type { Report } from '@/lib/model/types';
import './style.css';

/**
 * 复制表格 (TSV + HTML table in one copy), 复制 JSON, 复制 Markdown, 下载 CSV. The outcome is
 * announced in a polite live region that stays in the DOM, so screen readers hear each change.
 */
export function CopyButtons({ report }: { report: Report }) {
  const [status, setStatus] = useState<{ text: string; ok: boolean; what: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // `what` (the button's id) also goes into data-done, a language-neutral hook for E2E tests.
  const announce = (text: string, ok: boolean, what = '') => {
    setStatus({ text, ok, what });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(null), 4000);
  };
  // Exports are built inside the click, before the first await, so the user activation that the
  // clipboard needs is still there when copyFlavours runs.
  const copy = (id: string, what: string, make: () => { text: string; html?: string }) => () => {
    let data;
    try {
      data = make();
    } catch {
      announce(t('copyFailed'), false);
      return;
    }
    copyFlavours(data).then(
      () => announce(t('copied', what), true, id),
      () => announce(t('copyFailed'), false),
    );
  };
  const download = () => {
    try {
      downloadText(csvFileName(report), toCsv(report));
      announce(t('downloaded'), true, 'download-csv');
    } catch {
      announce(t('copyFailed'), false);
    }
  };

  return (
    <section class="copy" aria-label={t('copyTitle')}>
      <div class="copy-buttons">
        <button type="button" id="copy-table" onClick={copy('copy-table', t('copyTable'), () => ({ text: toTsv(report), html: toHtmlTable(report) }))}>
          {t('copyTable')}
        </button>
        <button type="button" id="copy-json" onClick={copy('copy-json', 'JSON', () => ({ text: toJson(report) }))}>
          {t('copyJson')}
        </button>
        <button type="button" id="copy-markdown" onClick={copy('copy-markdown', 'Markdown', () => ({ text: toMarkdown(report) }))}>
          {t('copyMarkdown')}
        </button>
        <button type="button" id="download-csv" onClick={download}>
          {t('downloadCsv')}
        </button>
      </div>
      <p id="copy-status" class={`copy-status ${status?.ok === false ? 'failed' : ''}`} role="status" aria-live="polite" data-done={status?.ok ? status.what : undefined}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}

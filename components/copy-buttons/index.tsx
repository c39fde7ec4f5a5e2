import { csvFileName, exportFileName, tableLayout, tableToHtml, tableToTsv, toCsv, toHtmlTable, toJson, toMarkdown, toMemo, toTsv } from '@/lib/export';
import { copyFlavours, type Flavours } from '@/lib/ui/clipboard';
import { downloadText, XLSX_TYPE } from '@/lib/ui/download';
import { t } from '@/lib/ui/i18n';
import type { Report, TableId } from '@/lib/model/types';
import { memoItems } from './memo-items';
import { useStatus } from './use-status';
import './style.css';

/** What the main copy button copies (the options page's copyFormat): it comes first and stands out. */
export type MainFormat = 'table' | 'json' | 'markdown';

/** Per-table copies, in the report's order: [table, button label key, "copied" wording key]. */
const TABLES: [TableId, string, string][] = [
  ['active', 'copyTableActive', 'whatActive'],
  ['applications', 'copyTableApplications', 'whatApplications'],
  ['reviewLitigation', 'copyTableReview', 'whatReview'],
];

/**
 * 复制表格 (all tables) and 复制表二/三/四 (TSV + HTML table in one copy), 下载 Excel / CSV,
 * 复制核对意见, 复制 JSON, 复制 Markdown. Every copy and file carries the source line with
 * today's date. The outcome is announced in a polite live region that stays in the DOM.
 */
export function CopyButtons({ report, primary = 'table' }: { report: Report; primary?: MainFormat }) {
  const [status, announce] = useStatus();

  // Exports are built inside the click, before the first await, so the user activation that the
  // clipboard needs is still there when copyFlavours runs.
  const copy = (id: string, what: string, make: (now: Date) => Flavours) => () => {
    let data;
    try {
      data = make(new Date());
    } catch {
      announce(t('copyFailed'), false);
      return;
    }
    copyFlavours(data).then(
      () => announce(t('copied', what), true, id),
      () => announce(t('copyFailed'), false),
    );
  };
  const downloadCsv = () => {
    try {
      downloadText(csvFileName(report), toCsv(report, { now: new Date() }));
      announce(t('downloaded'), true, 'download-csv');
    } catch {
      announce(t('downloadFailed'), false);
    }
  };
  // exceljs is about 900 KB: fetched only now, so the popup's first paint does not carry it.
  const downloadXlsx = async () => {
    announce(t('preparingXlsx'), true);
    try {
      const { toXlsx } = await import('@/lib/export/xlsx');
      downloadText(exportFileName(report, 'xlsx'), await toXlsx(report, { now: new Date() }), XLSX_TYPE);
      announce(t('downloadedXlsx'), true, 'download-xlsx');
    } catch {
      announce(t('downloadFailed'), false);
    }
  };
  const tables = TABLES.filter(([id]) => tableLayout(report, id));

  const main = (format: MainFormat) => (format === primary ? 'primary' : undefined);
  const json = (
    <button type="button" id="copy-json" class={main('json')} onClick={copy('copy-json', 'JSON', () => ({ text: toJson(report) }))}>
      {t('copyJson')}
    </button>
  );
  const markdown = (
    <button type="button" id="copy-markdown" class={main('markdown')} onClick={copy('copy-markdown', 'Markdown', (now) => ({ text: toMarkdown(report, { now }) }))}>
      {t('copyMarkdown')}
    </button>
  );
  // The main format (the options page's choice) comes first; the table copies keep their row.
  const lead = primary === 'json' ? json : primary === 'markdown' ? markdown : null;

  return (
    <section class="copy" aria-label={t('copyTitle')}>
      <div class="copy-buttons">
        {lead}
        <button type="button" id="copy-table" class={main('table')} onClick={copy('copy-table', t('whatTable'), (now) => ({ text: toTsv(report, { now }), html: toHtmlTable(report, { now }) }))}>
          {t('copyTable')}
        </button>
        {tables.length > 1 &&
          tables.map(([id, label, what]) => (
            <button
              type="button"
              key={id}
              id={`copy-table-${id}`}
              class="copy-one"
              onClick={copy(`copy-table-${id}`, t(what), (now) => ({ text: tableToTsv(report, id, { now }), html: tableToHtml(report, id, { now }) }))}
            >
              {t(label)}
            </button>
          ))}
      </div>
      <div class="copy-buttons">
        <button type="button" id="download-xlsx" onClick={downloadXlsx}>
          {t('downloadXlsx')}
        </button>
        <button type="button" id="download-csv" onClick={downloadCsv}>
          {t('downloadCsv')}
        </button>
        <button type="button" id="copy-memo" onClick={copy('copy-memo', t('whatMemo'), (now) => toMemo(report, { now, items: memoItems(report) }))}>
          {t('copyMemo')}
        </button>
        {lead !== json && json}
        {lead !== markdown && markdown}
      </div>
      <p id="copy-status" class={`copy-status ${status?.ok === false ? 'failed' : ''}`} role="status" aria-live="polite" data-done={status?.ok ? status.what || undefined : undefined}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}

import { browser } from 'wxt/browser';
import { render } from 'preact';
import { analyse } from '@/lib/analyse';
import type { ColumnInfo } from '@/lib/messages';
import { previousReport, keepReport } from '@/lib/store/history';
import { loadReview, saveReview } from '@/lib/store/reviews';
import { extensionPdfjs } from '@/lib/ui/attachment-pdf';
import { initLanguage } from '@/lib/ui/i18n';
import { attachmentReader, FinalError, PAGE_TIMEOUT_MS, pageFetcher, parseHtml } from '@/lib/ui/review-fetch';
import { ReviewSession } from '@/lib/ui/review-session';
import { ReviewApp } from './App';
import '@/components/theme.css';
import './style.css';

// ?timeout=<seconds>: a page's timeout (tests of a server that never answers; default 20 s).
const params = new URLSearchParams(location.search);
const timeoutMs = Number(params.get('timeout')) > 0 ? Number(params.get('timeout')) * 1000 : PAGE_TIMEOUT_MS;

const session = (onChange: (s: ReviewSession['snapshot']) => void) =>
  new ReviewSession(
    {
      io: {
        fetchPage: pageFetcher(timeoutMs),
        parse: parseHtml,
        analyse: (doc, url) => analyse(doc, url).report,
        readAttachment: attachmentReader(analyse, extensionPdfjs()),
        previousReport,
        keepReport: (r) => keepReport(r, 'review'),
        noRetry: (err) => err instanceof FinalError,
      },
      getColumn: (tabId) => browser.runtime.sendMessage({ type: 'nianbao:column', tabId }) as Promise<ColumnInfo | null>,
      load: loadReview,
      save: saveReview,
    },
    onChange,
  );

void initLanguage()
  .then((lang) => (document.documentElement.lang = lang), () => {})
  .finally(() => render(<ReviewApp create={session} params={params} />, document.getElementById('app')!));

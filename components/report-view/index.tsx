import type { ComponentChildren } from 'preact';
import { CopyButtons } from '@/components/copy-buttons';
import { currentSettings } from '@/lib/ui/settings';
import { FindingsList } from '@/components/findings-list';
import { ReportFigures, ReportHeader } from '@/components/report-summary';
import { reportState, unreadableReason } from '@/lib/ui/figures';
import { mistakeCounts } from '@/lib/ui/mistakes';
import { t } from '@/lib/ui/i18n';
import type { Finding, Link, Report } from '@/lib/model/types';
import { attachmentPage, checkable } from '@/lib/ui/attachment-link';
import './style.css';

/** Findings the unreadable state's note already states in words. */
const NOTED = new Set(['structure.image', 'structure.attachment']);

/**
 * The four states of a checked page, shared by the popup and the draft page:
 * not a report · nothing readable (images / attachment) · clean · problems.
 * `controls` sits between the summary and the findings (the popup's marks toggle).
 */
export function ReportView({
  report,
  onActivate,
  controls,
}: {
  report: Report | null;
  onActivate?: (f: Finding) => void;
  controls?: ComponentChildren;
}) {
  const state = reportState(report);
  if (state === 'notReport' || !report) {
    return (
      <p class="state state-not-report" data-state="notReport">
        {t('stateNotReport')}
      </p>
    );
  }
  if (state === 'unreadable') {
    const reason = unreadableReason(report);
    return (
      <div data-state="unreadable">
        <ReportHeader report={report} />
        <p class="state state-unreadable">{t(reason === 'images' ? 'stateImages' : reason === 'attachment' ? 'stateAttachment' : 'stateNoTables')}</p>
        {reason === 'attachment' && !!report.attachments?.length && (
          <ul class="attachments">
            {report.attachments.map((a) => (
              <Attachment key={a.url} link={a} />
            ))}
          </ul>
        )}
        {controls}
        {/* The note above already says what structure.image / structure.attachment would; the rest
            (a missing table: an error) is listed, so the popup shows what the badge counts. */}
        <FindingsList report={report} findings={report.findings.filter((f) => !NOTED.has(f.rule))} onActivate={onActivate} />
      </div>
    );
  }
  const counts = mistakeCounts(report.findings);
  return (
    <div data-state={state}>
      <ReportHeader report={report} />
      <p class={`state state-${state}`}>
        {state === 'clean' ? t('stateClean') : t('stateProblems', [counts.error, counts.warning])}
      </p>
      {controls}
      <FindingsList report={report} findings={report.findings} onActivate={onActivate} />
      {/* A file published beside the page's tables (when the core lists one): check it too. */}
      {!!report.attachments?.length && (
        <ul class="attachments">
          {report.attachments.map((a) => (
            <Attachment key={a.url} link={a} />
          ))}
        </ul>
      )}
      <CopyButtons report={report} primary={currentSettings().copyFormat} />
      <ReportFigures report={report} />
    </div>
  );
}

/** An attachment: linked only when http(s) on *.gov.cn; 核对附件 opens the extension page that reads it. */
function Attachment({ link }: { link: Link }) {
  const how = checkable(link);
  const name = link.text || link.url;
  return (
    <li>
      {how ? (
        <a href={link.url} target="_blank" rel="noreferrer">
          {name}
        </a>
      ) : (
        name
      )}
      {how === 'check' && (
        <a class="button check-attachment" href={attachmentPage(link.url)} target="_blank">
          {t('checkAttachment')}
        </a>
      )}
      {how === 'unsupported' && <span class="muted attachment-why">{t('attachmentUnsupported')}</span>}
    </li>
  );
}

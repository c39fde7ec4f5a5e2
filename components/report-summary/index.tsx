import type { ComponentChildren } from 'preact';
import { activeFigures, applicationFigures, legacyFigures, reviewFigures, templateKey } from '@/lib/ui/figures';
import { t, uiLang } from '@/lib/ui/i18n';
import type { Report } from '@/lib/model/types';
import './style.css';

/** Agency, year and template: the first thing the popup says. */
export function ReportHeader({ report }: { report: Report }) {
  return (
    <header class="summary">
      <h2 id="summary-title" class="summary-agency">
        {report.agency ?? t('agencyUnknown')}
      </h2>
      <p class="summary-meta">
        {[report.year !== null ? t('yearValue', report.year) : null, t(templateKey(report))].filter(Boolean).join(' · ')}
      </p>
    </header>
  );
}

/**
 * The key figures, one collapsible definition list per table. They come after the findings:
 * the popup is at most 600 px high and the findings are what a reviewer opens it for.
 */
export function ReportFigures({ report }: { report: Report }) {
  const apps = applicationFigures(report);
  const review = reviewFigures(report, uiLang());
  const active = activeFigures(report, uiLang());
  const legacy = legacyFigures(report);
  return (
    <section class="figures-list" aria-label={t('figuresTitle')}>
      {active.length > 0 && (
        <Figures title={t('table2Title')} open={false}>
          {active.map((f) => (
            <Row key={f.label} label={f.label} text={f.text} />
          ))}
        </Figures>
      )}
      {apps.length > 0 && (
        <Figures title={t('table3Title')} columns={2}>
          {apps.map((f) => (
            <Row key={f.key} label={t(f.key)} text={f.text} />
          ))}
        </Figures>
      )}
      {review.length > 0 && (
        <Figures title={t('table4Title')}>
          {review.map((f) => (
            <Row key={f.label} label={f.label} text={f.text} />
          ))}
        </Figures>
      )}
      {legacy.length > 0 && (
        <Figures title={t('legacyTitle')}>
          {/* The columns as printed (本年 / 历年累计), so "85 / 1024" says which is which. */}
          {!!report.legacy?.columns.length && <Row label={t('legacyColumnsTitle')} text={report.legacy.columns.join(' / ')} head />}
          {legacy.map((f, i) => (
            <Row key={i} label={f.label} text={f.text} />
          ))}
        </Figures>
      )}
    </section>
  );
}

function Figures({ title, children, open = true, columns = 1 }: { title: string; children: ComponentChildren; open?: boolean; columns?: 1 | 2 }) {
  return (
    <details class="figures" open={open}>
      <summary>{title}</summary>
      <dl class={columns === 2 ? 'two-columns' : undefined}>{children}</dl>
    </details>
  );
}

function Row({ label, text, head = false }: { label: string; text: string; head?: boolean }) {
  return (
    <div class={head ? 'figure figure-head' : 'figure'}>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </div>
  );
}

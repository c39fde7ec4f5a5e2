import type { ComponentChildren } from 'preact';
import { activeFigures, applicationFigures, legacyFigures, reviewFigures, templateKey } from '@/lib/ui/figures';
import { t } from '@/lib/ui/i18n';
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
        {report.year !== null && <span>{t('yearValue', report.year)}</span>}
        <span>{t(templateKey(report))}</span>
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
  const review = reviewFigures(report);
  const active = activeFigures(report);
  const legacy = legacyFigures(report);
  return (
    <section class="figures-list" aria-label={t('figuresTitle')}>
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
      {active.length > 0 && (
        <Figures title={t('table2Title')} open={false}>
          {active.map((f) => (
            <Row key={f.label} label={f.label} text={f.text} />
          ))}
        </Figures>
      )}
      {legacy.length > 0 && (
        <Figures title={t('legacyTitle')}>
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

function Row({ label, text }: { label: string; text: string }) {
  return (
    <div class="figure">
      <dt>{label}</dt>
      <dd>{text}</dd>
    </div>
  );
}

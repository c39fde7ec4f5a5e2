import type { ComponentChildren } from 'preact';
import { activeFigures, applicationFigures, legacyFigures, reviewFigures, templateKey } from '@/lib/ui/figures';
import { t } from '@/lib/ui/i18n';
import type { Report } from '@/lib/model/types';
import './style.css';

/** Agency, year, template and the key figures, as a definition list per table. */
export function ReportSummary({ report }: { report: Report }) {
  const apps = applicationFigures(report);
  const review = reviewFigures(report);
  const active = activeFigures(report);
  const legacy = legacyFigures(report);
  return (
    <section class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" class="summary-agency">
        {report.agency ?? t('agencyUnknown')}
      </h2>
      <p class="summary-meta">
        {report.year !== null && <span>{t('yearValue', report.year)}</span>}
        <span>{t(templateKey(report))}</span>
      </p>
      {apps.length > 0 && (
        <Figures title={t('table3Title')}>
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
        <Figures title={t('table2Title')}>
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

function Figures({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <details class="figures" open>
      <summary>{title}</summary>
      <dl>{children}</dl>
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

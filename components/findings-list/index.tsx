import { SEVERITIES } from '@/lib/ui/figures';
import { ruleKey, t, uiLang } from '@/lib/ui/i18n';
import { mistakeDetails, mistakeTitle } from '@/lib/ui/mistake-text';
import { groupMistakes, mistakeRules, type Mistake } from '@/lib/ui/mistakes';
import type { Finding, Report } from '@/lib/model/types';
import './style.css';

/** Shape marks beside colour, so severity never depends on colour alone. */
const ICONS = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/** A rule's name in the UI language (its locale title; the id only if a title is missing). */
export const ruleTitle = (rule: string): string => {
  const title = t(ruleKey(rule));
  return title === ruleKey(rule) ? rule : title;
};

/**
 * Mistakes grouped 错误 / 警告 / 提示: one card per mistake (findings sharing a culprit row), saying
 * what is wrong and how many rule violations it stands for. A card that names a cell has a real
 * button (click, Enter, Space) that asks the page to show the culprit. Rule ids only in `title`.
 */
export function FindingsList({
  findings,
  report = null,
  onActivate,
}: {
  findings: Finding[];
  report?: Report | null;
  onActivate?: (f: Finding) => void;
}) {
  const mistakes = groupMistakes(findings);
  return (
    <section class="findings" aria-label={t('findingsTitle')}>
      {SEVERITIES.map((s) => [s, mistakes.filter((m) => m.severity === s)] as const)
        .filter(([, ms]) => ms.length)
        .map(([s, ms]) => (
          <div key={s} class={`findings-group sev-${s}`}>
            <h3>
              <span aria-hidden="true">{ICONS[s]} </span>
              {t(`severity_${s}`)} <span class="count">{ms.length}</span>
            </h3>
            <ul>
              {ms.map((m) => (
                <li key={m.key}>
                  <Card mistake={m} report={report} onActivate={onActivate} />
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}

function Card({ mistake, report, onActivate }: { mistake: Mistake; report: Report | null; onActivate?: (f: Finding) => void }) {
  const lang = uiLang();
  const rules = mistakeRules(mistake);
  const details = mistakeDetails(mistake, report, lang);
  const n = mistake.findings.length;
  const head = (
    <>
      <span class="finding-message">{mistakeTitle(mistake, report, lang, ruleTitle)}</span>
      <span class="finding-rule">
        {rules.map(ruleTitle).join(lang === 'zh' ? '；' : '; ')}
        {n > 1 && <span class="finding-count"> · {t('mistakeViolations', n)}</span>}
      </span>
    </>
  );
  // The first finding's first cell is the mistake's culprit: jumping to that finding shows it.
  const first = mistake.findings[0];
  return (
    <div class="finding" data-rules={rules.join(' ')} data-findings={n} title={t('mistakeRulesTitle', rules.join(', '))}>
      {onActivate && mistake.culprit ? (
        <button type="button" class="finding-jump" data-rule={rules[0]} title={t('jumpHint')} onClick={() => onActivate(first)}>
          {head}
        </button>
      ) : (
        <div class="finding-head">{head}</div>
      )}
      {details.length > 0 && (
        <ul class="finding-details">
          {details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { bySeverity, SEVERITIES } from '@/lib/ui/figures';
import { ruleKey, t } from '@/lib/ui/i18n';
import type { Finding } from '@/lib/model/types';
import './style.css';

/** Shape marks beside colour, so severity never depends on colour alone. */
const ICONS = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/**
 * Findings grouped 错误 / 警告 / 提示. A finding that names cells is a real button (click, Enter
 * and Space all activate it) that asks the page to show its likeliest culprit.
 */
export function FindingsList({ findings, onActivate }: { findings: Finding[]; onActivate?: (f: Finding) => void }) {
  const groups = bySeverity(findings);
  return (
    <section class="findings" aria-label={t('findingsTitle')}>
      {SEVERITIES.filter((s) => groups[s].length).map((s) => (
        <div key={s} class={`findings-group sev-${s}`}>
          <h3>
            <span aria-hidden="true">{ICONS[s]} </span>
            {t(`severity_${s}`)} <span class="count">{groups[s].length}</span>
          </h3>
          <ul>
            {groups[s].map((f, i) => (
              <li key={`${f.rule}-${i}`}>
                <Item finding={f} onActivate={onActivate} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Item({ finding, onActivate }: { finding: Finding; onActivate?: (f: Finding) => void }) {
  const title = t(ruleKey(finding.rule));
  const body = (
    <>
      <span class="finding-message">{finding.message}</span>
      <span class="finding-rule">
        {title === ruleKey(finding.rule) ? finding.rule : title}
        <code> {finding.rule}</code>
      </span>
    </>
  );
  if (!onActivate || finding.cells.length === 0) return <div class="finding">{body}</div>;
  return (
    <button type="button" class="finding" data-rule={finding.rule} title={t('jumpHint')} onClick={() => onActivate(finding)}>
      {body}
    </button>
  );
}

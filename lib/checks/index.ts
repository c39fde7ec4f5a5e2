import { withRelationMemo } from './relations';
import type { Finding, Severity } from '../model/types';
import { activeInForceBelowIssued } from './active-in-force-below-issued';
import { activePublishedAboveTotal } from './active-published-above-total';
import { activeRegulationsBelowLevel } from './active-regulations-below-level';
import { applicationsBalance } from './applications-balance';
import { applicationsResultTotal } from './applications-result-total';
import { applicationsRowTotal } from './applications-row-total';
import { applicationsSubtotal } from './applications-subtotal';
import { formatOutdated } from './format-outdated';
import { historyCarryOver } from './history-carry-over';
import { historyIdentical } from './history-identical';
import { historyInForceRollForward } from './history-in-force-roll-forward';
import { legacySum } from './legacy-sum';
import { narrativeMismatch } from './narrative-mismatch';
import { reviewLitigationTotal } from './review-litigation-total';
import { structureAttachment } from './structure-attachment';
import { structureImage } from './structure-image';
import { structureMissing } from './structure-missing';
import type { Rule, RuleContext } from './types';
import { valueBlank } from './value-blank';
import { valueInvalid } from './value-invalid';
import { valueUnit } from './value-unit';

export type { Rule, RuleContext } from './types';

/** Every check of rules.md, in the order of its tables (errors, warnings, info). */
export const RULES: Rule[] = [
  applicationsRowTotal,
  applicationsResultTotal,
  applicationsBalance,
  applicationsSubtotal,
  reviewLitigationTotal,
  activePublishedAboveTotal,
  legacySum,
  valueInvalid,
  structureMissing,
  valueBlank,
  valueUnit,
  activeInForceBelowIssued,
  activeRegulationsBelowLevel,
  formatOutdated,
  narrativeMismatch,
  historyCarryOver,
  historyInForceRollForward,
  historyIdentical,
  structureImage,
  structureAttachment,
];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings errors first, then warnings, then info; stable otherwise. */
export function bySeverity(findings: Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i).map((x) => x.f);
}

/**
 * Run every rule; never throws. A rule that throws (a model shape nobody foresaw) is skipped so
 * the others still report. Findings: errors first, then warnings, then info, otherwise in rule order.
 */
export function runChecks(ctx: RuleContext, rules: Rule[] = RULES): Finding[] {
  const out: Finding[] = [];
  withRelationMemo(() => {
    for (const rule of rules) {
      try {
        out.push(...rule.run(ctx));
      } catch {
        // skipped: one broken rule must not hide the others' findings
      }
    }
  });
  return bySeverity(out);
}

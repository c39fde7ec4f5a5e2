import type { Finding, Report, Severity } from '../model/types';

/** What every rule receives. Rules are pure: they read the context and return findings. */
export interface RuleContext {
  /** The report model; its `findings` are not yet filled. */
  report: Report;
  /** The report's own prose text, tables excluded, as printed. */
  narrative: string;
  /** Last year's report of the same agency, when known (for the history.* rules). */
  previous?: Report | null;
}

export interface Rule {
  /** Stable id from rules.md, e.g. "applications.balance". */
  id: string;
  severity: Severity;
  /** One line, Chinese. */
  title: string;
  run(ctx: RuleContext): Finding[];
}

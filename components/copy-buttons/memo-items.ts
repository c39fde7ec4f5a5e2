import type { MemoItem } from '@/lib/export';
import type { Report } from '@/lib/model/types';
import { ruleKey, t, uiLang } from '@/lib/ui/i18n';
import { mistakeDetails, mistakeTitle } from '@/lib/ui/mistake-text';
import { groupMistakes } from '@/lib/ui/mistakes';

/**
 * The memo's points are the popup's mistakes (one per wrong row, not one per broken rule), said in
 * Chinese whatever the UI language: the memo goes to a Chinese office. A rule is named by its
 * Chinese title when the UI is Chinese, else by its finding's own (Chinese) message.
 */
export function memoItems(report: Report): MemoItem[] {
  return groupMistakes(report.findings).map((m) => {
    const title = (rule: string) => (uiLang() === 'zh' ? t(ruleKey(rule)) : (m.findings.find((f) => f.rule === rule)?.message ?? rule));
    return { severity: m.severity, text: mistakeTitle(m, report, 'zh', title), details: mistakeDetails(m, report, 'zh') };
  });
}

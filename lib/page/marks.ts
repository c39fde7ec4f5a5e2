/**
 * Marks on the page: each element a finding names gets data-nianbao-finding="<rule ids>" and
 * data-nianbao-severity="<worst severity>", styled by one injected <style>; hovering or focusing
 * it shows the findings' messages. Everything added is recorded, so switching off restores the
 * page exactly (attributes, style element, tooltip host, listeners).
 */
import { SEVERITY_LABELS } from '../export/format-label';
import { refKey, type Finding, type Report, type Severity } from '../model/types';
import { mistakeTitle } from '../ui/mistake-text';
import { groupMistakes } from '../ui/mistakes';
import { CULPRIT_ATTR, FINDING_ATTR, FLASH_ATTR, MARK_CSS, SEVERITY_ATTR, STYLE_ATTR } from './styles';
import { createTooltip, type Tooltip } from './tooltip';

export interface Mark {
  rules: string[];
  severity: Severity;
  /** One line per mistake naming the element (findings grouped by culprit row, as in the popup). */
  lines: string[];
  /** A finding's first cell (its likeliest culprit), not only a cell the rule read. */
  culprit: boolean;
}

/** The UI's words, when the page side has the extension's locale (see entrypoints/analyser.ts). */
export type Say = (key: string, subs?: string | number | (string | number)[]) => string;

export interface MarkText {
  report?: Report | null;
  say?: Say;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const NATIVELY_FOCUSABLE = /^(A|BUTTON|INPUT|SELECT|TEXTAREA|SUMMARY)$/;

/** Element → the rules and mistakes naming it (pure; exported for tests and the draft preview). */
export function collectMarks(findings: Finding[], elements: Map<string, Element>, text: MarkText = {}): Map<Element, Mark> {
  const { report = null, say } = text;
  const lang = say?.('uiLang') === 'en' ? 'en' : 'zh';
  const label = (s: Severity) => {
    const said = say?.(`markSeverity_${s}`); // singular: "Error: …" (the popup's headings are plural)
    return said && said !== `markSeverity_${s}` ? said : SEVERITY_LABELS[s];
  };
  const title = (rule: string) => {
    const key = `rule_${rule.replace(/[^A-Za-z0-9]/g, '_')}`;
    const t = say?.(key);
    return t && t !== key ? t : rule;
  };
  const marks = new Map<Element, Mark>();
  for (const m of groupMistakes(findings)) {
    const line = `${label(m.severity)}${lang === 'zh' ? '：' : ': '}${mistakeTitle(m, report, lang, title)}`;
    for (const f of m.findings)
      (f.cells ?? []).forEach((ref, i) => {
        const el = elements.get(refKey(ref));
        if (!el) return;
        const mark = marks.get(el) ?? { rules: [], severity: f.severity, lines: [], culprit: false };
        if (i === 0) mark.culprit = true;
        if (!mark.rules.includes(f.rule)) mark.rules.push(f.rule);
        if (RANK[f.severity] > RANK[mark.severity]) mark.severity = f.severity;
        if (!mark.lines.includes(line)) mark.lines.push(line);
        marks.set(el, mark);
      });
  }
  return marks;
}

export class PageMarks {
  private marks = new Map<Element, Mark>();
  private added = new Map<Element, { tabindex: boolean; aria: boolean }>();
  private style: HTMLStyleElement | null = null;
  private tooltip: Tooltip;
  private listening = false;
  on = true;

  constructor(
    private doc: Document,
    private say?: Say,
  ) {
    this.tooltip = createTooltip(doc);
  }

  /** Replaces the marked set (after a (re-)analysis). */
  update(findings: Finding[], elements: Map<string, Element>, report: Report | null = null): void {
    this.clear();
    this.marks = collectMarks(findings, elements, { report, say: this.say });
    if (this.on) this.apply();
  }

  setOn(on: boolean): void {
    this.on = on;
    if (on) this.apply();
    else this.clear();
  }

  /** Briefly highlights an element (jump-to-cell), whether or not marks are on. */
  flash(el: Element, ms = 2000): void {
    this.ensureStyle();
    el.setAttribute(FLASH_ATTR, '');
    setTimeout(() => {
      el.removeAttribute(FLASH_ATTR);
      if (!this.on) this.style?.remove();
    }, ms);
  }

  destroy(): void {
    this.clear();
    this.tooltip.remove();
  }

  private ensureStyle() {
    if (this.style?.isConnected) return;
    this.style = this.doc.createElement('style');
    this.style.setAttribute(STYLE_ATTR, '');
    this.style.textContent = MARK_CSS;
    (this.doc.head ?? this.doc.documentElement).append(this.style);
  }

  private apply() {
    if (this.marks.size === 0) return;
    this.ensureStyle();
    for (const [el, m] of this.marks) {
      el.setAttribute(FINDING_ATTR, m.rules.join(' '));
      el.setAttribute(SEVERITY_ATTR, m.severity);
      if (m.culprit) el.setAttribute(CULPRIT_ATTR, '');
      // Culprits are focusable so keyboard users reach the message too, without a tab stop for
      // every cell a rule read (those still show it on hover); all are described for screen readers.
      const tabindex = m.culprit && !el.hasAttribute('tabindex') && !NATIVELY_FOCUSABLE.test(el.tagName);
      if (tabindex) el.setAttribute('tabindex', '0');
      const aria = !el.hasAttribute('aria-description');
      if (aria) el.setAttribute('aria-description', m.lines.join('；'));
      this.added.set(el, { tabindex, aria });
    }
    this.listen(true);
  }

  private clear() {
    this.listen(false);
    this.tooltip.hide();
    for (const [el, a] of this.added) {
      el.removeAttribute(FINDING_ATTR);
      el.removeAttribute(SEVERITY_ATTR);
      el.removeAttribute(CULPRIT_ATTR);
      if (a.tabindex) el.removeAttribute('tabindex');
      if (a.aria) el.removeAttribute('aria-description');
    }
    this.added.clear();
    if (!this.doc.querySelector(`[${FLASH_ATTR}]`)) this.style?.remove();
  }

  private onEnter = (e: Event) => {
    try {
      const el = (e.target as Element | null)?.closest?.(`[${FINDING_ATTR}]`);
      const m = el && this.marks.get(el);
      if (el && m) this.tooltip.show(el, m.lines);
    } catch {
      /* never throw into the page */
    }
  };

  private onLeave = (e: Event) => {
    const next = (e as MouseEvent | FocusEvent).relatedTarget as Node | null;
    const el = (e.target as Element | null)?.closest?.(`[${FINDING_ATTR}]`);
    if (!el || !next || !el.contains(next)) this.tooltip.hide();
  };

  private onScroll = () => this.tooltip.reposition();

  private listen(on: boolean) {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    const opts = { capture: true, passive: true } as const;
    this.doc[method]('mouseover', this.onEnter, opts);
    this.doc[method]('focusin', this.onEnter, opts);
    this.doc[method]('mouseout', this.onLeave, opts);
    this.doc[method]('focusout', this.onLeave, opts);
    this.doc[method]('scroll', this.onScroll, opts);
  }
}

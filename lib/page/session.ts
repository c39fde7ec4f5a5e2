/**
 * One report frame's life after the analyser is injected: analyse, mark, report to the
 * background, re-read late tables, and answer jump/toggle. DOM-side only (no Zod, no UI).
 * The background answers a report with last year's report of the same agency when it has kept
 * one: the frame is then read again with the history.* rules (once per previous report).
 */
import type { Analysis } from '../analyse';
import type { JumpMessage, MarksStateMessage, NianbaoMessage, ReportMessage, ReportResponse } from '../messages';
import { refKey, type Report } from '../model/types';
import { watchLateTables, type LateOptions } from './late';
import { PageMarks, type Say } from './marks';

export interface SessionDeps {
  doc: Document;
  /** Reads the page; `previous` is last year's report, for the history.* rules. */
  analyse: (doc: Document, previous: Report | null) => Analysis;
  /** To the background; for a report, may resolve to its answer (ReportResponse). */
  send: (msg: ReportMessage | MarksStateMessage) => unknown;
  /** Registers the handler for messages from the popup; a non-undefined return is the answer. */
  listen: (handler: (msg: NianbaoMessage) => unknown) => void;
  late?: LateOptions;
  /** The extension's locale (t from lib/ui/i18n): tooltips in the UI language. Chinese without it. */
  say?: Say;
}

export interface PageSession {
  readonly marks: PageMarks;
  readonly report: Report | null;
  jump(ref: JumpMessage['ref']): boolean;
  stop(): void;
}

const identity = (r: Report) => `${r.agency}|${r.year}|${r.source?.url}`;

/** What makes two analyses of the same frame different enough to report again. */
function signature(a: Analysis): string {
  const f = a.report.findings.map((x) => `${x.rule}:${x.cells.map(refKey).join(',')}`).join(';');
  return `${a.elements.size}|${a.report.format}|${f}`;
}

export function startPageSession(deps: SessionDeps): PageSession {
  const { doc } = deps;
  const marks = new PageMarks(doc, deps.say);
  let current: Analysis | null = null;
  let sig = '';
  let previous: Report | null = null;
  let stopped = false;

  // A previous report not seen before: read again with it. The answer to that second report
  // names the same one, so it ends there (no loop); late-table re-reads keep it.
  const answered = (answer: unknown) => {
    const p = (answer as ReportResponse | undefined)?.previous;
    if (stopped || !p || typeof p !== 'object' || !Array.isArray(p.findings)) return;
    if (previous && identity(previous) === identity(p)) return;
    previous = p;
    run();
  };

  const run = () => {
    let a: Analysis;
    try {
      a = deps.analyse(doc, previous);
    } catch {
      return; // a page we cannot read stays untouched
    }
    current = a;
    marks.update(a.report.findings, a.elements, a.report); // re-applied: late tables may be new elements
    const s = signature(a);
    if (s !== sig) {
      sig = s;
      void Promise.resolve(deps.send({ type: 'nianbao:report', report: a.report })).then(answered, () => {});
    }
  };

  const jump = (ref: JumpMessage['ref']) => {
    const el = current?.elements.get(refKey(ref));
    if (!el) return false;
    // Smooth scrolling stalls in a hidden tab and is unwelcome with reduced motion.
    const instant = doc.hidden || doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: instant ? 'auto' : 'smooth' });
    marks.flash(el);
    if (el.hasAttribute('tabindex')) (el as HTMLElement).focus?.({ preventScroll: true });
    return true;
  };

  run();
  const stopLate = watchLateTables(doc, run, deps.late);
  deps.listen((msg) => {
    try {
      if (msg?.type === 'nianbao:jump') return { ok: jump(msg.ref) };
      if (msg?.type === 'nianbao:toggle') {
        marks.setOn(!!msg.on);
        deps.send({ type: 'nianbao:marks', on: marks.on });
        return { on: marks.on };
      }
    } catch {
      return { ok: false };
    }
    return undefined;
  });

  return {
    marks,
    get report() {
      return current?.report ?? null;
    },
    jump,
    stop() {
      stopped = true;
      stopLate();
      marks.destroy();
    },
  };
}

/**
 * The content script's logic, run on every *.gov.cn frame: decide cheaply whether the frame is a
 * report (ask for the analyser) or a list page of reports (ask for the list reader). On other pages
 * it writes nothing, logs nothing and leaves no listener behind, except one bounded
 * MutationObserver when the page *looks* like a report or a 年报 column (title, heading) whose
 * body has not been rendered yet.
 */
import { settle } from './settle';

export interface Detection {
  isReport: boolean;
}
export type Detect = (doc: Document, url: string) => Detection;
export type IsList = (doc: Document, url: string) => boolean;

export interface SniffOptions {
  /** How long to wait for a script-rendered report body, and how often to look again. */
  watchMs?: number;
  debounceMs?: number;
  /** A changing page is still looked at least this often (see settle.ts). */
  maxWaitMs?: number;
  maxChecks?: number;
  /** A list page of reports (lib/list isListPage) and what to do on one; tested after `detect`. */
  isList?: IsList;
  onList?: () => void;
}

/** Title or first heading names a disclosure report (or a column of them): worth waiting for late content. */
const REPORT_HINT = /年度报告|年报/;

export type Verdict = 'report' | 'list' | 'wait' | 'none';

function safely(test: () => boolean): boolean {
  try {
    return test() === true;
  } catch {
    return false; // never throw into the page
  }
}

export function looksLikePendingReport(doc: Document): boolean {
  if (REPORT_HINT.test(doc.title)) return true;
  return REPORT_HINT.test(doc.querySelector('h1, h2')?.textContent ?? '');
}

/** What the frame is now: a report, a list of reports, maybe one of them later, or nothing. */
export function verdict(doc: Document, url: string, detect: Detect, isList?: IsList): Verdict {
  if (safely(() => detect(doc, url).isReport)) return 'report';
  if (isList && safely(() => isList(doc, url))) return 'list';
  return safely(() => looksLikePendingReport(doc)) ? 'wait' : 'none';
}

/** Calls load() once the frame is a report, onList() once it is a list: now, or when late content makes it one. */
export function sniff(doc: Document, url: string, detect: Detect, load: () => void, opts: SniffOptions = {}): void {
  const { isList, onList } = opts;
  const act = (v: Verdict) => (v === 'report' ? load() : v === 'list' ? onList?.() : undefined);
  const first = verdict(doc, url, detect, onList && isList);
  if (first !== 'wait' || typeof MutationObserver !== 'function') return act(first);
  // A busy page is looked at about once a second for the whole watch, never more.
  const { watchMs = 15000, debounceMs = 300, maxWaitMs = 1000, maxChecks = 15 } = opts;
  let checks = 0;
  const stop = () => {
    observer.disconnect();
    wait.cancel();
    clearTimeout(deadline);
  };
  const check = () => {
    checks++;
    const v = verdict(doc, url, detect, onList && isList);
    if (v === 'report' || v === 'list') {
      stop();
      act(v);
    } else if (checks >= maxChecks) stop();
  };
  const wait = settle(check, debounceMs, maxWaitMs);
  const observer = new MutationObserver(() => wait.poke());
  const deadline = setTimeout(stop, watchMs);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
}

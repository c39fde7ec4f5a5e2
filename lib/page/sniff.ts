/**
 * The content script's logic, run on every *.gov.cn frame: decide cheaply whether the frame is a
 * report and, if so, ask for the analyser. On other pages it writes nothing, logs nothing and
 * leaves no listener behind, except one bounded MutationObserver when the page *looks* like a
 * report (title/heading) whose body has not been rendered yet.
 */
import { settle } from './settle';

export interface Detection {
  isReport: boolean;
}
export type Detect = (doc: Document, url: string) => Detection;

export interface SniffOptions {
  /** How long to wait for a script-rendered report body, and how often to look again. */
  watchMs?: number;
  debounceMs?: number;
  /** A changing page is still looked at least this often (see settle.ts). */
  maxWaitMs?: number;
  maxChecks?: number;
}

/** Title or first heading names a disclosure report: worth waiting for late content. */
const REPORT_HINT = /年度报告|年报/;

function safeDetect(detect: Detect, doc: Document, url: string): boolean {
  try {
    return detect(doc, url).isReport === true;
  } catch {
    return false; // never throw into the page
  }
}

export function looksLikePendingReport(doc: Document): boolean {
  const heading = doc.querySelector('h1, h2')?.textContent ?? '';
  return REPORT_HINT.test(doc.title) || REPORT_HINT.test(heading);
}

/** Calls load() once the frame is a report: now, or when late content makes it one. */
export function sniff(doc: Document, url: string, detect: Detect, load: () => void, opts: SniffOptions = {}): void {
  if (safeDetect(detect, doc, url)) return load();
  if (!looksLikePendingReport(doc) || typeof MutationObserver !== 'function') return;
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
    if (safeDetect(detect, doc, url)) {
      stop();
      load();
    } else if (checks >= maxChecks) stop();
  };
  const wait = settle(check, debounceMs, maxWaitMs);
  const observer = new MutationObserver(() => wait.poke());
  const deadline = setTimeout(stop, watchMs);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
}

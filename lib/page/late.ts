/**
 * Tables that arrive after document_idle (script-rendered articles): watch for added nodes that
 * hold or belong to a table and call back, debounced and bounded in time and count, so a page
 * with a ticker or carousel cannot make us re-read it forever.
 */
import { settle } from './settle';
import { STYLE_ATTR } from './styles';

export interface LateOptions {
  watchMs?: number;
  debounceMs?: number;
  /** A changing page is still read at least this often (see settle.ts). */
  maxWaitMs?: number;
  maxRuns?: number;
}

function touchesTable(node: Node): boolean {
  if (node.nodeType === 3) return !!node.parentElement?.closest('table');
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.hasAttribute(STYLE_ATTR)) return false; // our own: the style element and the tooltip host
  return el.localName === 'table' || !!el.closest('table') || !!el.querySelector('table');
}

/** Calls onChange after table-related DOM changes; returns stop(). */
export function watchLateTables(doc: Document, onChange: () => void, opts: LateOptions = {}): () => void {
  const { watchMs = 15000, debounceMs = 300, maxWaitMs = 1000, maxRuns = 5 } = opts;
  if (typeof MutationObserver !== 'function') return () => {};
  let runs = 0;
  const wait = settle(() => {
    runs++;
    if (runs >= maxRuns) stop();
    onChange();
  }, debounceMs, maxWaitMs);
  const stop = () => {
    observer.disconnect();
    wait.cancel();
    clearTimeout(deadline);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => Array.from(r.addedNodes).some(touchesTable))) wait.poke();
  });
  const deadline = setTimeout(stop, watchMs);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return stop;
}

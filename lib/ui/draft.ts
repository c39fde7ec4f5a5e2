import type { Analysis, AnalyseOptions } from '@/lib/analyse';
import { collectMarks } from '@/lib/page/marks';
import type { Finding, Report } from '@/lib/model/types';
import { t } from './i18n';
import { textToHtml } from '@/lib/text-input';

export { textToHtml };

/**
 * The draft page's plumbing, without the page: clipboard/file → HTML → detached document →
 * analysis, and a sanitised copy of the tables for the preview.
 */

/** Clipboard → HTML: Word and WPS put an HTML flavour; plain text (TSV) becomes a table. */
export function htmlFromClipboard(data: Pick<DataTransfer, 'getData'> | null): string | null {
  if (!data) return null;
  const html = data.getData('text/html');
  if (html.trim()) return html;
  const text = data.getData('text/plain');
  return text.trim() ? textToHtml(text) : null;
}

/** A detached document: DOMParser documents run no scripts and load no resources. */
export function parseDraft(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

type AnalyseFn = (doc: Document, url: string, options?: AnalyseOptions) => Analysis;

/**
 * Runs the core on a draft. A draft often lacks the report's title, which detection keys on, so
 * the core is told to read the tables anyway (assumeReport).
 */
export function checkDraft(doc: Document, analyse: AnalyseFn): Analysis {
  if (!doc.title.trim()) {
    // A Word paste has no <title>, but often its heading line: read agency and year from it, as
    // the published page's title gives them (not from a signature such as 某某办公室 further down).
    const heading = draftHeading(doc);
    if (heading) doc.title = heading;
  }
  return analyse(doc, 'draft:', { assumeReport: true });
}

/** The draft's report title: the first short line before any table that names a 年度报告. */
export function draftHeading(doc: Document): string | null {
  const firstTable = doc.querySelector('table');
  for (const el of doc.querySelectorAll('h1, h2, h3, p, div')) {
    if (firstTable && el.compareDocumentPosition(firstTable) & 2) break; // the table comes first
    if (el.querySelector('p, div, table')) continue; // a wrapper: look at its lines instead
    const text = (el.textContent ?? '').replace(/\s+/g, '');
    if (text.length <= 80 && /年度报告|年报/.test(text)) return text;
  }
  return null;
}

// Whitelist: table structure and inline text formatting. Everything else is unwrapped (its text
// kept) or, for these, dropped with its content.
const KEEP = new Set(['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'p', 'br', 'b', 'strong', 'i', 'em', 'u', 'sub', 'sup', 'span', 'div']);
const DROP = new Set(['script', 'style', 'template', 'iframe', 'frame', 'object', 'embed', 'noscript', 'svg', 'math', 'img', 'picture', 'video', 'audio', 'link', 'meta', 'head', 'title', 'form', 'input', 'button', 'select', 'textarea']);
const ATTRS = ['rowspan', 'colspan'];
/** Nodes the preview copies at most (a report's tables hold a few thousand). */
export const MAX_NODES = 60_000;

/**
 * A sanitised copy of the document's top-level tables, built element by element from a whitelist
 * (rowspan/colspan are the only attributes kept), so no script, event handler, style or URL can
 * reach the preview. Returns the copy and a map from each source element to its copy. `only`:
 * these tables (the report's), not every table of the document.
 */
export function sanitiseTables(doc: Document, into: Document, only?: Element[]): { fragment: DocumentFragment; copies: Map<Element, Element> } {
  const fragment = into.createDocumentFragment();
  const copies = new Map<Element, Element>();
  let budget = MAX_NODES;
  const copy = (node: Node, parent: Node) => {
    if (--budget < 0) return; // a table of 100,000 rows: the preview stops, the check does not
    if (node.nodeType === 3) {
      parent.appendChild(into.createTextNode(node.textContent ?? ''));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (DROP.has(tag)) return;
    let target: Node = parent;
    if (KEEP.has(tag)) {
      const out = into.createElement(tag);
      for (const name of ATTRS) {
        const v = el.getAttribute(name);
        if (v !== null && /^\d{1,4}$/.test(v.trim())) out.setAttribute(name, v.trim());
      }
      copies.set(el, out);
      parent.appendChild(out);
      target = out;
    }
    for (const child of Array.from(el.childNodes)) copy(child, target);
  };
  for (const table of only ?? Array.from(doc.querySelectorAll('table'))) {
    if (table.parentElement?.closest('table')) continue;
    copy(table, fragment);
  }
  return { fragment, copies };
}

/**
 * Marks the preview's copies of the cells the findings name, like the page marks do (same
 * collectMarks): data-nianbao-finding (rule ids), a severity class, and the messages as a tooltip.
 * Returns refKey → copy, for jumping to a cell.
 */
export function markCopies(
  findings: Finding[],
  elements: Map<string, Element>,
  copies: Map<Element, Element>,
  report: Report | null = null,
): Map<string, Element> {
  const byRef = new Map<string, Element>();
  for (const [key, source] of elements) {
    // The core may name an inner element (a <p> in the cell): mark the cell that holds it.
    const cell = copies.get(source.closest('td,th') ?? source) ?? copies.get(source);
    if (cell) byRef.set(key, cell);
  }
  markCells(findings, byRef, report);
  return byRef;
}

/** Marks cells (refKey → element) as the page does: rule ids, a severity class, the messages as a tooltip. */
export function markCells(findings: Finding[], byRef: Map<string, Element>, report: Report | null = null): void {
  for (const [cell, m] of collectMarks(findings, byRef, { report, say: t })) {
    cell.setAttribute('data-nianbao-finding', m.rules.join(' '));
    cell.classList.add(`nianbao-${m.severity}`);
    cell.setAttribute('title', m.lines.join('\n'));
  }
}

/**
 * Plain text as a page: what a reviewer pastes after "select all, copy" in a PDF or Word viewer,
 * or saves as .txt. Pure strings, no DOM.
 */

import { escapeHtml } from './text';

/**
 * Text → HTML the core reads like a page. Cells copied from Excel or WPS (every line
 * tab-separated) become a <table>; anything else (a report's text, its tables flattened to tab-
 * or space-separated lines amid prose) a <pre>, whose lines the text-table reader takes apart.
 */
export function textToHtml(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const filled = lines.filter((l) => l.trim());
  if (!filled.length || !filled.every((l) => l.includes('\t'))) return `<pre>${escapeHtml(text)}</pre>`;
  const rows = lines.map((l) => `<tr>${l.split('\t').map((c) => `<td>${escapeHtml(c.trim())}</td>`).join('')}</tr>`);
  return `<table>${rows.join('')}</table>`;
}

const HTML_START = /<(?:!doctype|html|head|body|meta|title|table|div|p|span|font|br)\b/i;

/** Does decoded file text look like HTML (a saved page), rather than plain text? */
export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}

import { browser } from 'wxt/browser';

/**
 * `t(key, subs)` over browser.i18n.getMessage. Outside an extension (Vitest's fake browser has no
 * i18n, a plain Vite page has no `browser`) it falls back to a table set with `setMessages`, so
 * tests can render real strings without bundling a locale into the popup.
 */
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
type Table = Record<string, Entry>;
let fallback: Table = {};

export function setMessages(table: Table): void {
  fallback = table;
}

export function t(key: string, subs?: string | number | (string | number)[]): string {
  const list = subs === undefined ? [] : (Array.isArray(subs) ? subs : [subs]).map(String);
  try {
    // Keys are built at run time (rule ids), so not WXT's generated key union.
    const m = (browser.i18n.getMessage as (name: string, subs: string[]) => string)(key, list);
    if (m) return m;
  } catch {
    // no i18n API here: use the fallback table
  }
  const entry = fallback[key];
  if (!entry) return key;
  // The _locales syntax: $NAME$ names a placeholder whose content holds $1 … $9.
  const holders = entry.placeholders ?? {};
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content = holders[name.toLowerCase()]?.content;
    return content === undefined ? whole : content.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  });
}

/** Rule titles are keyed `rule_<id with dots as underscores>` (message names allow [A-Za-z0-9_@]). */
export function ruleKey(rule: string): string {
  return `rule_${rule.replace(/[^A-Za-z0-9]/g, '_')}`;
}

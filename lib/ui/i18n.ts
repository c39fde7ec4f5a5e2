import { browser } from 'wxt/browser';
import { loadSettings, localeOverride } from './settings';

/**
 * `t(key, subs)` over browser.i18n.getMessage. Outside an extension (Vitest's fake browser has no
 * i18n, a plain Vite page has no `browser`) it falls back to a table set with `setMessages`, so
 * tests can render real strings without bundling a locale into the popup.
 */
type Entry = { message: string; placeholders?: Record<string, { content: string }> };
export type Table = Record<string, Entry>;
let fallback: Table = {};
/** The other locale's messages when the options page chose a language the browser does not use. */
let override: Table | null = null;

export function setMessages(table: Table): void {
  fallback = table;
}

/** Messages that win over the browser's own (null: follow the browser). */
export function setOverride(table: Table | null): void {
  override = table;
}

/** The chosen language's messages, or null when t() follows the browser (the background hands them to report frames). */
export function overrideTable(): Table | null {
  return override;
}

export function t(key: string, subs?: string | number | (string | number)[]): string {
  const list = subs === undefined ? [] : (Array.isArray(subs) ? subs : [subs]).map(String);
  const chosen = override?.[key];
  if (chosen) return format(chosen, list);
  try {
    // Keys are built at run time (rule ids), so not WXT's generated key union.
    const m = (browser.i18n.getMessage as (name: string, subs: string[]) => string)(key, list);
    if (m) return m;
  } catch {
    // no i18n API here: use the fallback table
  }
  const entry = fallback[key];
  return entry ? format(entry, list) : key;
}

function format(entry: Entry, list: string[]): string {
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

/**
 * Extension pages (popup, draft, options) call this once before their first render, the
 * background before titling its menu: when the options page chose a language other than the
 * browser's, that locale's messages.json is read from the extension's own files. Resolves with
 * the page's lang attribute. Never called from content scripts (sniff.js must stay small).
 */
export async function initLanguage(
  read: (locale: string) => Promise<Table> = readLocale,
  area = browser.storage?.local,
): Promise<string> {
  let ui = 'zh-CN';
  try {
    ui = browser.i18n.getUILanguage() || ui;
  } catch {
    // no i18n API (tests): keep the default locale
  }
  const want = localeOverride((await loadSettings(area)).language, ui);
  if (!want) {
    setOverride(null);
    return ui;
  }
  try {
    setOverride(await read(want));
    return want.replace('_', '-');
  } catch {
    return ui; // unreadable: the browser's language is still a language
  }
}

async function readLocale(locale: string): Promise<Table> {
  const url = (browser.runtime.getURL as (p: string) => string)(`/_locales/${locale}/messages.json`);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${locale}: ${res.status}`);
  return (await res.json()) as Table;
}

/** The language the UI speaks, as the locale in use says (finding messages follow it). */
export function uiLang(): 'zh' | 'en' {
  return t('uiLang') === 'en' ? 'en' : 'zh';
}

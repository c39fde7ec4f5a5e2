/**
 * The user's settings (options page), kept in storage.local under one key. Whatever is stored
 * is checked field by field: a missing, old or malformed value falls back to its default, so a
 * hand-edited or half-written entry never breaks the popup or the page.
 */

/** What the popup's main copy button copies: the tables (TSV + HTML), JSON or Markdown. */
export const COPY_FORMATS = ['table', 'json', 'markdown'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

/** UI language: follow the browser, or one of the shipped _locales. */
export const LANGUAGES = ['auto', 'zh_CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Settings {
  copyFormat: CopyFormat;
  /** Whether a report page opens with its cells marked (the popup can still switch them). */
  marksOn: boolean;
  language: Language;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ copyFormat: 'table', marksOn: true, language: 'auto' });

export const SETTINGS_KEY = 'settings';

/** The part of storage.local (or any StorageArea) the settings need. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** Any stored value → valid settings (unknown fields dropped, bad ones defaulted). */
export function parseSettings(raw: unknown): Settings {
  const o = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return {
    copyFormat: oneOf(COPY_FORMATS, o.copyFormat) ? o.copyFormat : DEFAULT_SETTINGS.copyFormat,
    marksOn: typeof o.marksOn === 'boolean' ? o.marksOn : DEFAULT_SETTINGS.marksOn,
    language: oneOf(LANGUAGES, o.language) ? o.language : DEFAULT_SETTINGS.language,
  };
}

let last: Settings = { ...DEFAULT_SETTINGS };

/** The stored settings; the defaults when storage is unavailable or fails. */
export async function loadSettings(area: SettingsArea | undefined): Promise<Settings> {
  try {
    last = parseSettings((await area?.get(SETTINGS_KEY))?.[SETTINGS_KEY]);
  } catch {
    last = { ...DEFAULT_SETTINGS };
  }
  return { ...last };
}

/**
 * The settings last loaded or saved in this page, without waiting: extension pages load them
 * before their first render (initLanguage does), so a click handler can read them synchronously
 * and keep the user activation a copy needs. Defaults before any load.
 */
export function currentSettings(): Settings {
  return { ...last };
}

/** Merges a change into the stored settings (validated) and returns what was saved. */
export async function saveSettings(area: SettingsArea, change: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings(area)), ...change });
  await area.set({ [SETTINGS_KEY]: next });
  last = next;
  return { ...next };
}

/** The _locales folder a language setting asks for, or null to follow the browser. */
export function localeOverride(language: Language, browserLocale: string | undefined): 'zh_CN' | 'en' | null {
  if (language === 'auto') return null;
  // en-US, en-GB… read the en folder; every other UI language gets the default locale, zh_CN.
  const current = /^en(?:[-_]|$)/i.test(browserLocale ?? '') ? 'en' : 'zh_CN';
  return language === current ? null : language;
}

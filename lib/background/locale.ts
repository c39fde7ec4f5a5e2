/**
 * The UI language chosen on the options page, for report frames: a content script cannot read
 * the extension's _locales files (they are not web-accessible, and should not be: any page could
 * then detect the extension), so the background reads them and answers `nianbao:locale` with the
 * chosen locale's messages, or null when the browser's language is the one to use.
 */
import { browser } from 'wxt/browser';
import { initLanguage, overrideTable, type Table } from '../ui/i18n';
import { SETTINGS_KEY } from '../ui/settings';

export const LOCALE_REQUEST = 'nianbao:locale';
export interface LocaleRequest {
  type: typeof LOCALE_REQUEST;
}

export function serveLocale(): void {
  let ready = initLanguage().catch(() => '');
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) ready = initLanguage().catch(() => '');
  });
  browser.runtime.onMessage.addListener((raw: unknown): Promise<Table | null> | undefined =>
    (raw as LocaleRequest | undefined)?.type === LOCALE_REQUEST ? ready.then(overrideTable) : undefined,
  );
}

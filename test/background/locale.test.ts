import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCALE_REQUEST, serveLocale } from '@/lib/background/locale';
import { setOverride } from '@/lib/ui/i18n';
import { SETTINGS_KEY } from '@/lib/ui/settings';

const en = readFileSync(join(__dirname, '../../public/_locales/en/messages.json'), 'utf8');
const ask = async () => (await fakeBrowser.runtime.onMessage.trigger({ type: LOCALE_REQUEST }, {})).find((r) => r !== undefined);

beforeEach(() => {
  fakeBrowser.reset();
  setOverride(null);
  // The extension's own files, as fetch(runtime.getURL(…)) serves them in the browser.
  vi.stubGlobal('fetch', vi.fn(async (url: string) => (url.endsWith('/_locales/en/messages.json') ? new Response(en) : new Response('', { status: 404 }))));
});
afterEach(() => {
  vi.unstubAllGlobals();
  setOverride(null);
});

describe('serveLocale (report frames ask the background for the chosen language)', () => {
  it('answers null while the browser language is the one to use', async () => {
    serveLocale();
    expect(await ask()).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('answers the chosen locale’s messages, and follows a change on the options page', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'en' } });
    serveLocale();
    const table = (await ask()) as Record<string, { message: string }>;
    expect(table.menuCopyTables.message).toBe('Copy tables');
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'auto' } });
    expect(await ask()).toBeNull();
  });

  it('leaves other messages to the other listeners', async () => {
    serveLocale();
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'nianbao:get', tabId: 1 }, {});
    expect(answers.every((a) => a === undefined)).toBe(true);
  });
});

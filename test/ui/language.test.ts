import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initLanguage, setOverride, t, type Table } from '@/lib/ui/i18n';
import { SETTINGS_KEY } from '@/lib/ui/settings';
import { useZhMessages } from './setup';

const locale = (l: string): Table => JSON.parse(readFileSync(join(__dirname, '../../public/_locales', l, 'messages.json'), 'utf8'));

beforeEach(() => {
  fakeBrowser.reset();
  useZhMessages(); // what the browser would answer: zh_CN
  setOverride(null);
});
afterEach(() => setOverride(null));

describe('UI language override', () => {
  it('follows the browser when nothing is chosen, and reads no locale file', async () => {
    const read = vi.fn(async (l: string) => locale(l));
    await initLanguage(read);
    expect(read).not.toHaveBeenCalled();
    expect(t('menuCopyTables')).toBe('复制表格');
  });

  it('English chosen on a Chinese browser: t() answers from en, placeholders filled', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'en' } });
    const read = vi.fn(async (l: string) => locale(l));
    const lang = await initLanguage(read);
    expect(read).toHaveBeenCalledWith('en');
    expect(read).toHaveBeenCalledTimes(1);
    expect(lang).toBe('en');
    expect(t('menuCopyTables')).toBe('Copy tables');
    expect(t('optionsShortcut', 'Alt+Shift+H')).toBe("Shortcut to open the popup: Alt+Shift+H (change it in the browser's extension shortcut settings)");
  });

  it('a key missing from the chosen locale falls back to the browser language', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'en' } });
    await initLanguage(async () => ({ menuCopyTables: { message: 'Copy tables' } }));
    expect(t('menuCopyTables')).toBe('Copy tables');
    expect(t('menuCheckPage')).toBe('核对本页');
  });

  it('an unreadable locale file leaves the browser language', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'en' } });
    const lang = await initLanguage(async () => {
      throw new Error('404');
    });
    expect(t('menuCopyTables')).toBe('复制表格');
    expect(lang).not.toBe('en');
  });

  it('switching back to auto drops the override', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'en' } });
    await initLanguage(async (l) => locale(l));
    expect(t('menuCheckPage')).toBe('Check this page');
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 'auto' } });
    await initLanguage(async (l) => locale(l));
    expect(t('menuCheckPage')).toBe('核对本页');
  });
});

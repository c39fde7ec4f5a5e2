import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, currentSettings, loadSettings, localeOverride, parseSettings, saveSettings, type SettingsArea } from '@/lib/ui/settings';

beforeEach(() => fakeBrowser.reset());
const area = () => fakeBrowser.storage.local as unknown as SettingsArea;

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual({ copyFormat: 'table', marksOn: true, language: 'auto' });
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid value', () => {
    const s = { copyFormat: 'markdown', marksOn: false, language: 'en' };
    expect(parseSettings(s)).toEqual(s);
    expect(parseSettings({ copyFormat: 'json', marksOn: true, language: 'zh_CN' })).toEqual({ copyFormat: 'json', marksOn: true, language: 'zh_CN' });
  });

  it.each([
    ['a string', 'table'],
    ['an array', ['json']],
    ['null', null],
    ['a number', 7],
  ])('defaults the whole entry when it is %s', (_what, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('defaults each malformed field on its own and drops unknown fields', () => {
    expect(parseSettings({ copyFormat: 'xlsx', marksOn: 'false', language: 'en', extra: 1 })).toEqual({ copyFormat: 'table', marksOn: true, language: 'en' });
    expect(parseSettings({ copyFormat: 'JSON', marksOn: false, language: 'fr' })).toEqual({ copyFormat: 'table', marksOn: false, language: 'auto' });
    expect(parseSettings({ copyFormat: 'toString', language: '__proto__' })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('storage', () => {
  it('loads the defaults from empty storage and from a failing one', async () => {
    expect(await loadSettings(area())).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const broken: SettingsArea = { get: () => Promise.reject(new Error('no storage')), set: async () => {} };
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('loads a malformed stored entry as valid settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { marksOn: 0, language: 'en' } });
    expect(await loadSettings(area())).toEqual({ copyFormat: 'table', marksOn: true, language: 'en' });
  });

  it('saves a change merged into what is stored, validated', async () => {
    await saveSettings(area(), { language: 'en' });
    const saved = await saveSettings(area(), { marksOn: false });
    expect(saved).toEqual({ copyFormat: 'table', marksOn: false, language: 'en' });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(saved);
    const bad = await saveSettings(area(), { copyFormat: 'pdf' as never });
    expect(bad.copyFormat).toBe('table');
  });
});

describe('localeOverride', () => {
  it('follows the browser for auto and for the language the browser already speaks', () => {
    expect(localeOverride('auto', 'en-US')).toBeNull();
    expect(localeOverride('en', 'en-GB')).toBeNull();
    expect(localeOverride('zh_CN', 'zh-CN')).toBeNull();
    // Any UI language without its own folder reads the default locale, zh_CN.
    expect(localeOverride('zh_CN', 'fr')).toBeNull();
  });

  it('names the other folder when the choice differs from the browser', () => {
    expect(localeOverride('en', 'zh-CN')).toBe('en');
    expect(localeOverride('en', 'zh-TW')).toBe('en');
    expect(localeOverride('zh_CN', 'en-US')).toBe('zh_CN');
    expect(localeOverride('zh_CN', 'en')).toBe('zh_CN');
    expect(localeOverride('en', 'eng')).toBe('en'); // not an English tag
  });
});

describe('currentSettings', () => {
  it('answers synchronously with what was last loaded or saved', async () => {
    await loadSettings(undefined);
    expect(currentSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { copyFormat: 'markdown' } });
    await loadSettings(area());
    expect(currentSettings().copyFormat).toBe('markdown');
    await saveSettings(area(), { copyFormat: 'json' });
    expect(currentSettings().copyFormat).toBe('json');
    currentSettings().copyFormat = 'table'; // a copy: callers cannot change it behind storage's back
    expect(currentSettings().copyFormat).toBe('json');
  });
});

import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/ui/i18n';
import { COPY_FORMATS, DEFAULT_SETTINGS, LANGUAGES, loadSettings, saveSettings, type Settings, type SettingsArea } from '@/lib/ui/settings';

const FORMAT_LABEL = { table: 'optionsFormatTable', json: 'optionsFormatJson', markdown: 'optionsFormatMarkdown' } as const;
const LANGUAGE_LABEL = { auto: 'optionsLanguageAuto', zh_CN: 'optionsLanguageZh', en: 'optionsLanguageEn' } as const;

export interface OptionsProps {
  area: SettingsArea;
  /** The popup shortcut the browser actually assigned ('' when none: taken by another extension). */
  shortcut?: () => Promise<string>;
  /** Re-reads the language after it changed, before the page re-renders in it. */
  relocalise?: () => Promise<void>;
}

/** The options page: each change is saved at once and announced in a live region. */
export function OptionsApp({ area, shortcut, relocalise }: OptionsProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [keys, setKeys] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings(area).then(setSettings);
    shortcut?.().then(setKeys, () => setKeys(''));
  }, [area]);

  const save = async (change: Partial<Settings>) => {
    try {
      const next = await saveSettings(area, change);
      if (change.language) await relocalise?.();
      setSettings(next);
      setStatus({ ok: true, text: t('optionsSaved') });
    } catch {
      setStatus({ ok: false, text: t('optionsSaveFailed') });
    }
  };

  const s = settings ?? DEFAULT_SETTINGS;
  const radio = <K extends 'copyFormat' | 'language'>(name: K, value: Settings[K], label: string) => (
    <label class="option">
      <input type="radio" name={name} value={value} checked={s[name] === value} disabled={!settings} onChange={() => void save({ [name]: value })} />
      {label}
    </label>
  );

  return (
    <main class="options" data-ready={settings ? 'true' : undefined}>
      <h1>{t('optionsTitle')}</h1>
      <fieldset>
        <legend>{t('optionsCopyFormat')}</legend>
        {COPY_FORMATS.map((f) => radio('copyFormat', f, t(FORMAT_LABEL[f])))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsMarks')}</legend>
        <label class="option">
          <input type="checkbox" name="marksOn" checked={s.marksOn} disabled={!settings} onChange={(e) => void save({ marksOn: e.currentTarget.checked })} />
          {t('optionsMarksOn')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('optionsLanguage')}</legend>
        {LANGUAGES.map((l) => radio('language', l, t(LANGUAGE_LABEL[l])))}
      </fieldset>
      {keys !== null && (
        <p class="muted" id="shortcut">
          {keys ? t('optionsShortcut', keys) : t('optionsNoShortcut')}
        </p>
      )}
      <p id="options-status" role="status" aria-live="polite" class={status?.ok === false ? 'failed' : ''}>
        {status?.text ?? ''}
      </p>
    </main>
  );
}

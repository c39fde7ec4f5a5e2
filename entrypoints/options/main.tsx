import { browser } from 'wxt/browser';
import { render } from 'preact';
import { initLanguage, t } from '@/lib/ui/i18n';
import { OptionsApp } from './App';
import '@/components/theme.css';
import './style.css';

const start = async () => {
  document.documentElement.lang = await initLanguage();
  document.title = t('optionsTitle');
  render(
    <OptionsApp
      area={browser.storage.local}
      // Firefox for Android has no keyboard shortcuts: then the line is left out.
      shortcut={browser.commands && (async () => (await browser.commands.getAll()).find((c) => c.name === '_execute_action')?.shortcut ?? '')}
      relocalise={async () => {
        document.documentElement.lang = await initLanguage();
        document.title = t('optionsTitle');
      }}
    />,
    document.getElementById('app')!,
  );
};
void start();

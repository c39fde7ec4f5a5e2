import { browser } from 'wxt/browser';
import { render } from 'preact';
import { initLanguage } from '@/lib/ui/i18n';
import { App } from './App';
import { browserConnector } from './connector';
import '@/components/theme.css';
import './style.css';

// The options page may choose a language other than the browser's: known before the first render.
void initLanguage().then(
  (lang) => (document.documentElement.lang = lang),
  () => (document.documentElement.lang = browser.i18n.getUILanguage?.() || 'zh-CN'),
).finally(() => render(<App connector={browserConnector()} />, document.getElementById('app')!));

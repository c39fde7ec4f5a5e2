import { browser } from 'wxt/browser';
import { render } from 'preact';
import { App } from './App';
import { browserConnector } from './connector';
import '@/components/theme.css';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage?.() || 'zh-CN';
render(<App connector={browserConnector()} />, document.getElementById('app')!);

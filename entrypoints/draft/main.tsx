import { render } from 'preact';
import { analyse } from '@/lib/analyse';
import { extensionPdfjs } from '@/lib/ui/attachment-pdf';
import { initLanguage } from '@/lib/ui/i18n';
import { againstLastYear } from '@/lib/ui/last-year';
import { DraftApp } from './App';
import '@/components/theme.css';
import './style.css';

// The options page may choose a language other than the browser's: known before the first render.
void initLanguage()
  .then((lang) => (document.documentElement.lang = lang), () => {})
  .finally(() => render(<DraftApp analyse={analyse} pdf={extensionPdfjs()} lastYear={(a) => againstLastYear(a)} />, document.getElementById('app')!));

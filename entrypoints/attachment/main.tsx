import { render } from 'preact';
import { analyse } from '@/lib/analyse';
import { sourceOf } from '@/lib/ui/attachment-link';
import { extensionPdfjs } from '@/lib/ui/attachment-pdf';
import { initLanguage } from '@/lib/ui/i18n';
import { againstLastYear } from '@/lib/ui/last-year';
import { AttachmentApp } from './App';
import '@/components/theme.css';
import './style.css';

void initLanguage()
  .then((lang) => (document.documentElement.lang = lang), () => {})
  .finally(() =>
    render(<AttachmentApp src={sourceOf(location.href)} analyse={analyse} pdf={extensionPdfjs()} lastYear={(a) => againstLastYear(a, 'attachment')} />, document.getElementById('app')!),
  );

import { render } from 'preact';
import { analyse } from '@/lib/analyse';
import { DraftApp } from './App';
import '@/components/theme.css';
import './style.css';

render(<DraftApp analyse={analyse} />, document.getElementById('app')!);

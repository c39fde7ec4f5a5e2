// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryBar } from '@/entrypoints/popup/HistoryBar';
import type { Report } from '@/lib/model/types';
import { closeDb } from '@/lib/store/db';
import { freshDb } from '../helpers/fresh-db';
import { clearHistory, historySize, keepReport } from '@/lib/store/history';
import { useZhMessages } from './setup';

/** The popup's own connector methods for the history (the store, here in fake IndexedDB). */
const connector = { historyCount: historySize, clearHistory };
const report = (agency: string, year: number): Report => ({
  schemaVersion: 1, source: { url: 'http://www.example.gov.cn/', title: `${agency}${year}年年报` }, detected: true, agency, year,
  format: '2021', sections: [], active: null, applications: { columns: [], rows: {} }, reviewLitigation: null, legacy: null, findings: [],
});

beforeEach(async () => {
  useZhMessages();
  await freshDb();
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await closeDb();
});

describe('popup: the reports kept for the year-before checks', () => {
  it('says how many are kept, and clearing forgets them', async () => {
    await keepReport(report('平潭综合实验区', 2022), 'page');
    await keepReport(report('平潭综合实验区', 2023), 'page');
    render(<HistoryBar connector={connector} />);
    const line = await screen.findByText(/已保存 2 份年报（用于与上年对比）/);
    expect(line.id).toBe('history-count');
    fireEvent.click(screen.getByRole('button', { name: '清除' }));
    await waitFor(() => expect(document.getElementById('history-count')!.textContent).toBe('已保存 0 份年报（用于与上年对比）已清除'));
    expect(await historySize()).toBe(0);
    expect((screen.getByRole('button', { name: '清除' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says when the browser’s storage is unavailable instead of showing 0', async () => {
    await closeDb();
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // the failure is logged; not noise here
    vi.stubGlobal('indexedDB', { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    render(<HistoryBar connector={connector} />);
    const line = await screen.findByText(/浏览器存储不可用/);
    expect(line.id).toBe('history-count');
    expect(screen.queryByRole('button', { name: '清除' })).toBeNull();
  });
});

// @vitest-environment happy-dom
// The options page's "main copy format" reaches the popup: the chosen format's button leads.
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { loadSettings, saveSettings, type SettingsArea } from '@/lib/ui/settings';
import { problemReport } from './sample-report';
import { useZhMessages } from './setup';

const area = () => fakeBrowser.storage.local as unknown as SettingsArea;
beforeEach(() => {
  fakeBrowser.reset();
  useZhMessages();
});
afterEach(async () => {
  cleanup();
  await loadSettings(area()); // back to the defaults for the next file
});

async function firstCopyButton() {
  const connector = { getReport: vi.fn(async () => ({ report: problemReport(), frameId: 0, marksOn: true })), jump: vi.fn(), toggleMarks: vi.fn(), openDraft: vi.fn(), historyCount: vi.fn(async () => 0), clearHistory: vi.fn() };
  const view = render(<App connector={connector as never} />);
  await waitFor(() => expect(view.container.querySelector('.copy-buttons button')).not.toBeNull());
  return view.container.querySelector('.copy-buttons button')!.id;
}

it.each([
  ['table', 'copy-table'],
  ['json', 'copy-json'],
  ['markdown', 'copy-markdown'],
] as const)('copy format %s puts %s first', async (format, id) => {
  await saveSettings(area(), { copyFormat: format });
  expect(await firstCopyButton()).toBe(id);
});

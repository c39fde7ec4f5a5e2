// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/entrypoints/options/App';
import { SETTINGS_KEY, type SettingsArea } from '@/lib/ui/settings';
import { useZhMessages } from './setup';

const area = () => fakeBrowser.storage.local as unknown as SettingsArea;
const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown>;

beforeEach(() => {
  fakeBrowser.reset();
  useZhMessages();
});
afterEach(cleanup);

async function renderOptions(props: Partial<Parameters<typeof OptionsApp>[0]> = {}) {
  const view = render(<OptionsApp area={area()} {...props} />);
  await waitFor(() => expect(view.container.querySelector('[data-ready]')).not.toBeNull());
  return view;
}

describe('options page', () => {
  it('shows what is stored (defaults for a malformed entry)', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { copyFormat: 'json', marksOn: 'no', language: 'en' } });
    await renderOptions();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'JSON' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox').checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'English（英文）' }).checked).toBe(true);
  });

  it('saves each change at once and says so', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('radio', { name: 'Markdown' }));
    await waitFor(async () => expect(await stored()).toEqual({ copyFormat: 'markdown', marksOn: true, language: 'auto' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /打开报告页面时标出/ }));
    await waitFor(async () => expect((await stored()).marksOn).toBe(false));
    expect(screen.getByRole('status').textContent).toBe('已保存');
  });

  it('re-localises after a language change, not after other changes', async () => {
    const relocalise = vi.fn(async () => {});
    await renderOptions({ relocalise });
    fireEvent.click(screen.getByRole('radio', { name: '中文' }));
    await waitFor(() => expect(relocalise).toHaveBeenCalledTimes(1));
    expect((await stored()).language).toBe('zh_CN');
    fireEvent.click(screen.getByRole('radio', { name: 'JSON' }));
    await waitFor(async () => expect((await stored()).copyFormat).toBe('json'));
    expect(relocalise).toHaveBeenCalledTimes(1);
  });

  it('names the shortcut the browser assigned, or says there is none', async () => {
    await renderOptions({ shortcut: async () => 'Alt+Shift+H' });
    expect(screen.getByText(/Alt\+Shift\+H/)).toBeTruthy();
    cleanup();
    await renderOptions({ shortcut: async () => '' });
    await waitFor(() => expect(screen.getByText(/快捷键未设置/)).toBeTruthy());
  });

  it('says when saving failed', async () => {
    const broken: SettingsArea = { get: async () => ({}), set: () => Promise.reject(new Error('quota')) };
    render(<OptionsApp area={broken} />);
    await waitFor(() => expect(document.querySelector('[data-ready]')).not.toBeNull());
    fireEvent.click(screen.getByRole('radio', { name: 'JSON' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('保存失败'));
  });
});

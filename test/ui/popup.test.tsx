// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { badgeFor } from '@/lib/background/badge';
import { browserConnector, tabIdFromUrl, type PopupConnector } from '@/entrypoints/popup/connector';
import type { GetReportResponse } from '@/lib/messages';
import type { Report } from '@/lib/model/types';
import { safeParseReport } from '@/lib/model/schema';
import { attachmentReport, cleanReport, imageReport, notReport, problemReport } from './sample-report';
import { useZhMessages } from './setup';

function fakeConnector(report: Report | null, marksOn = true, extra: Partial<GetReportResponse> = { pageUrl: 'http://www.anhua.gov.cn/' }) {
  const res: GetReportResponse | null = report && { report, frameId: 3, marksOn, ...extra };
  return {
    getReport: vi.fn(async () => res),
    jump: vi.fn(async () => {}),
    toggleMarks: vi.fn(async () => {}),
    openDraft: vi.fn(async () => {}),
    historyCount: vi.fn(async () => 0),
    clearHistory: vi.fn(async () => {}),
    openReview: vi.fn(async () => {}),
  } satisfies PopupConnector;
}

async function renderPopup(report: Report | null, marksOn = true, extra?: Partial<GetReportResponse>) {
  const connector = fakeConnector(report, marksOn, extra);
  const view = render(<App connector={connector} />);
  await waitFor(() => expect(view.container.querySelector('[data-state]')).not.toBeNull());
  return { connector, view, state: view.container.querySelector('[data-state]')!.getAttribute('data-state') };
}

beforeEach(() => {
  useZhMessages();
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('sample reports', () => {
  it('match the model schema', () => {
    for (const r of [problemReport(), cleanReport(), imageReport(), attachmentReport(), notReport()]) {
      expect(safeParseReport(r)).toMatchObject({ success: true });
    }
  });
});

describe('popup states', () => {
  it('not a report: no response from the background', async () => {
    const { state } = await renderPopup(null);
    expect(state).toBe('notReport');
    expect(screen.getByText(/不是政府信息公开工作年度报告/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '复制表格' })).toBeNull();
  });

  it('not a report: a report model with detected false', async () => {
    expect((await renderPopup(notReport())).state).toBe('notReport');
  });

  it('not a report: the background call fails (no content script in the tab)', async () => {
    const connector = fakeConnector(null);
    connector.getReport.mockRejectedValue(new Error('Could not establish connection'));
    render(<App connector={connector} />);
    expect(await screen.findByText(/不是政府信息公开工作年度报告/)).toBeTruthy();
  });

  it('nothing readable: tables are images', async () => {
    const { state } = await renderPopup(imageReport());
    expect(state).toBe('unreadable');
    expect(screen.getByText(/表格是图片/)).toBeTruthy();
    expect(screen.getByText('安化县人民政府')).toBeTruthy();
  });

  it('nothing readable: an attachment, linked', async () => {
    const { state } = await renderPopup(attachmentReport());
    expect(state).toBe('unreadable');
    expect(screen.getByText(/年报是附件/)).toBeTruthy();
    const link = screen.getByRole('link', { name: '2021年度报告.pdf' });
    expect(link.getAttribute('href')).toBe('http://www.anhua.gov.cn/files/2021-report.pdf');
  });

  it('clean: says so, shows the figures and the copy buttons, no marks toggle', async () => {
    const { state } = await renderPopup(cleanReport());
    expect(state).toBe('clean');
    expect(screen.getByText(/未发现问题/)).toBeTruthy();
    expect(screen.getByText('2021 年度报告 · 2021 版模板')).toBeTruthy();
    expect(screen.getByRole('button', { name: '复制表格' })).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('problems: key figures, one card per mistake grouped by severity, with their messages', async () => {
    const { state, view } = await renderPopup(problemReport());
    expect(state).toBe('problems');
    // Two error findings share the culprit row （七）总计: one mistake.
    expect(screen.getByText('发现 1 处错误、1 处警告')).toBeTruthy();
    const figure = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(figure('新收')).toBe('36');
    expect(figure('上年结转')).toBe('0');
    expect(figure('予以公开')).toBe('30');
    expect(figure('部分公开')).toBe('2');
    expect(figure('不予公开')).toBe('2'); // 国家秘密 1 + 第三方 1
    expect(figure('无法提供')).toBe('2');
    expect(figure('其他处理')).toBe('0');
    expect(figure('办理结果总计')).toBe('0');
    expect(figure('结转下年度')).toBe('0');
    expect(figure('行政复议')).toBe('1');
    expect(figure('规范性文件 · 本年制发件数'.replace('规范性文件', '行政规范性文件'))).toBe('5');
    expect(figure('行政事业性收费 · 本年收费金额（单位：万元）')).toBe('51447.2');

    const groups = view.container.querySelectorAll('.findings-group');
    expect([...groups].map((g) => g.querySelector('h3')!.textContent)).toEqual(['✖ 错误 1', '▲ 警告 1']);
    const errors = within(groups[0] as HTMLElement);
    expect(errors.getAllByRole('button').map((b) => b.querySelector('.finding-message')!.textContent)).toEqual([
      '（七）总计一行为 0，自然人、总计两列与各项之和、与收支平衡均不符',
    ]);
    // The card keeps each finding's message, says how many violations it stands for, and names
    // the rules by their locale titles; rule ids only in the title attribute.
    expect([...groups[0].querySelectorAll('.finding-details li')].map((li) => li.textContent)).toEqual(
      problemReport().findings.slice(0, 2).map((f) => f.message),
    );
    expect(errors.getByText(/共 2 处规则不符/)).toBeTruthy();
    expect(errors.getByText(/（七）总计不等于各项办理结果之和/)).toBeTruthy();
    expect(groups[0].textContent).not.toMatch(/applications\./);
    expect(groups[0].querySelector('.finding')!.getAttribute('title')).toContain('applications.resultTotal');
    // A single finding is its own card with its own message.
    expect(groups[1].querySelector('.finding-message')!.textContent).toBe('表二有 1 个单元格留空');
  });
});

describe('what the badge also says', () => {
  it('no readable table: the note says why and the errors are listed, as many as the badge counts', async () => {
    const r = { ...problemReport(), active: null, applications: null, reviewLitigation: null };
    r.findings = ['active', 'applications', 'reviewLitigation'].map((t) => ({ rule: 'structure.missing', severity: 'error' as const, where: t, message: `缺少${t}`, cells: [] }));
    const { state, view } = await renderPopup(r);
    expect(state).toBe('unreadable');
    expect(screen.getByText(/没有可读的统计表/)).toBeTruthy();
    expect(view.container.querySelector('.sev-error h3')!.textContent).toBe('✖ 错误 1');
    expect(badgeFor(r).text).toBe('1');
  });

  it('a report in a frame of a page on another site says so, with the frame address', async () => {
    await renderPopup(problemReport(), true, { pageUrl: undefined });
    expect(screen.getByText(/另一网站.*http:\/\/www\.anhua\.gov\.cn/)).toBeTruthy();
    cleanup();
    await renderPopup(problemReport(), true, { pageUrl: 'http://www.anhua.gov.cn/index.html' });
    expect(document.getElementById('frame-note')).toBeNull();
  });
});

describe('popup interaction', () => {
  it('a finding is a focusable button; Enter (a native click on a focused button) jumps to its first cell', async () => {
    const { connector } = await renderPopup(problemReport());
    const button = screen.getByRole('button', { name: /（七）总计一行为 0/ });
    expect(button.getAttribute('type')).toBe('button');
    button.focus();
    expect(document.activeElement).toBe(button);
    // happy-dom has no keyboard activation behaviour; browsers turn Enter/Space on a focused
    // <button> into this click (the Chromium E2E presses the real key).
    fireEvent.keyDown(button, { key: 'Enter' });
    fireEvent.click(button);
    expect(connector.jump).toHaveBeenCalledWith({ table: 'applications', row: 'resultTotal', column: 'natural' });
  });

  it('every control is reachable by keyboard', async () => {
    const { view } = await renderPopup(problemReport());
    const controls = view.container.querySelectorAll('button, a, input');
    expect(controls.length).toBeGreaterThan(5);
    for (const el of controls) expect((el as HTMLElement).tabIndex).toBeGreaterThanOrEqual(0);
  });

  it('the marks toggle reflects the page and sends the new state', async () => {
    const { connector } = await renderPopup(problemReport(), false);
    const box = screen.getByRole('checkbox', { name: /标出问题/ }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    expect(connector.toggleMarks).toHaveBeenCalledWith(true);
    await waitFor(() => expect(box.checked).toBe(true));
  });

  it('opens the draft page', async () => {
    const { connector } = await renderPopup(null);
    fireEvent.click(screen.getByRole('button', { name: /核对草稿/ }));
    expect(connector.openDraft).toHaveBeenCalled();
  });
});

describe('browserConnector (fake browser)', () => {
  it('reads ?tabId=N', () => {
    expect(tabIdFromUrl('chrome-extension://x/popup.html?tabId=12')).toBe(12);
    expect(tabIdFromUrl('chrome-extension://x/popup.html')).toBeNull();
    expect(tabIdFromUrl('chrome-extension://x/popup.html?tabId=abc')).toBeNull();
  });

  it('asks the background for the tab report, validates it, and sends jump/toggle to its frame', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (msg: unknown) => {
      seen.push(msg);
      return { report: problemReport(), frameId: 7, marksOn: true } satisfies GetReportResponse;
    });
    const sendToTab = vi.fn(async () => ({}));
    fakeBrowser.tabs.sendMessage = sendToTab as never;
    const connector = browserConnector('chrome-extension://x/popup.html?tabId=42');
    render(<App connector={connector} />);
    fireEvent.click(await screen.findByRole('button', { name: /（七）总计一行为 0/ }));
    expect(seen).toEqual([{ type: 'nianbao:get', tabId: 42 }]);
    await waitFor(() =>
      expect(sendToTab).toHaveBeenCalledWith(42, { type: 'nianbao:jump', ref: { table: 'applications', row: 'resultTotal', column: 'natural' } }, { frameId: 7 }),
    );
    fireEvent.click(screen.getByRole('checkbox'));
    await waitFor(() => expect(sendToTab).toHaveBeenCalledWith(42, { type: 'nianbao:toggle', on: false }, { frameId: 7 }));
  });

  it('treats an answer that fails the schema as "not a report"', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({ report: { ...problemReport(), schemaVersion: 2 }, frameId: 0, marksOn: true }));
    render(<App connector={browserConnector('chrome-extension://x/popup.html?tabId=1')} />);
    expect(await screen.findByText(/不是政府信息公开工作年度报告/)).toBeTruthy();
  });

  it('uses the active tab without ?tabId, and opens the draft page in a new tab', async () => {
    // The fake browser's windows have no notion of "current": stub the active-tab query.
    const tab = { id: 5, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (msg: unknown) => void seen.push(msg));
    const connector = browserConnector('chrome-extension://x/popup.html');
    expect(await connector.getReport()).toBeNull();
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(seen).toEqual([{ type: 'nianbao:get', tabId: 5 }]);
    query.mockRestore();
    await connector.openDraft();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith('/draft.html'))).toBe(true);
  });
});

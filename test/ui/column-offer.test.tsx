// @vitest-environment happy-dom
// The popup on a 年报 column (a list page of reports): the review offer, calm rather than an error,
// keyboard first; the connector's check of the background's answer; opening the review page.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';
import { App } from '@/entrypoints/popup/App';
import { browserConnector, type PopupConnector } from '@/entrypoints/popup/connector';
import { setMessages } from '@/lib/ui/i18n';
import type { ColumnInfo, GetReportResponse } from '@/lib/messages';
import { problemReport } from './sample-report';
import { useZhMessages } from './setup';

const LIST = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/';
const column = (n = 10, pages = [`${LIST}index_1.htm`]): ColumnInfo => ({
  url: LIST,
  title: '政府信息公开年报_政府信息公开_平潭综合实验区党工委管委会',
  links: Array.from({ length: n }, (_, i) => ({ url: `${LIST}r${i}.htm`, title: `平潭综合实验区${2025 - i}年度政府信息公开工作年度报告`, agency: '平潭综合实验区', year: 2025 - i })),
  pages,
});

function connectorFor(res: GetReportResponse | null) {
  return {
    getReport: vi.fn(async () => res),
    jump: vi.fn(async () => {}),
    toggleMarks: vi.fn(async () => {}),
    openDraft: vi.fn(async () => {}),
    openReview: vi.fn(async () => {}),
    historyCount: vi.fn(async () => 0),
    clearHistory: vi.fn(async () => {}),
  } satisfies PopupConnector;
}

beforeEach(() => {
  useZhMessages();
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('the popup on a list page', () => {
  it('offers to check every report of the column, as the main (focused) action, not as an error', async () => {
    const connector = connectorFor({ frameId: 0, marksOn: true, pageUrl: LIST, column: column() });
    const view = render(<App connector={connector} />);
    const button = await screen.findByRole('button', { name: '核对本栏目全部年报（10 份）' });
    expect(button.id).toBe('review-column');
    await waitFor(() => expect(document.activeElement).toBe(button)); // Enter starts it
    expect(view.container.querySelector('[data-state]')!.getAttribute('data-state')).toBe('column');
    expect(screen.queryByText(/不是政府信息公开工作年度报告/)).toBeNull();
    expect(view.container.querySelector('.state-not-report, .state-problems')).toBeNull();
    expect(screen.getByText(/本页是年报栏目，列出 10 份年度报告/).textContent).toMatch(/栏目共 2 页/);
    fireEvent.click(button);
    expect(connector.openReview).toHaveBeenCalledOnce();
  });

  it('a one-page column says nothing about pages', async () => {
    render(<App connector={connectorFor({ frameId: 0, marksOn: true, column: column(4, []) })} />);
    expect((await screen.findByText(/列出 4 份/)).textContent).not.toMatch(/页，/);
  });

  it('in English', async () => {
    setMessages(en);
    render(<App connector={connectorFor({ frameId: 0, marksOn: true, column: column(12) })} />);
    expect(await screen.findByRole('button', { name: 'Check all 12 reports in this column' })).toBeTruthy();
  });

  it('a report beside a column: the report first, the offer too, the focus left alone', async () => {
    render(<App connector={connectorFor({ report: problemReport(), frameId: 0, marksOn: true, column: column(3) })} />);
    const button = await screen.findByRole('button', { name: '核对本栏目全部年报（3 份）' });
    expect(screen.getByText('安化县人民政府')).toBeTruthy();
    expect(document.activeElement).not.toBe(button);
  });

  it('no column: no offer (a report, or not a report)', async () => {
    const view = render(<App connector={connectorFor(null)} />);
    await waitFor(() => expect(view.container.querySelector('[data-state="notReport"]')).not.toBeNull());
    expect(view.container.querySelector('#review-column')).toBeNull();
  });
});

describe('browserConnector and the column', () => {
  const answer = (res: unknown) => fakeBrowser.runtime.onMessage.addListener(async () => res);

  it('passes a column without a report through, checked', async () => {
    answer({ frameId: 0, marksOn: true, pageUrl: LIST, column: column() });
    const res = await browserConnector('chrome-extension://x/popup.html?tabId=42').getReport();
    expect(res?.report).toBeUndefined();
    expect(res?.column).toEqual(column());
  });

  it('drops what is not a column, and links that are not http(s) report links', async () => {
    answer({ frameId: 0, marksOn: true, column: { url: LIST, links: 'no' } });
    expect(await browserConnector('chrome-extension://x/popup.html?tabId=1').getReport()).toBeNull();
    fakeBrowser.reset();
    const odd = { ...column(2), links: [...column(2).links, { url: 'javascript:alert(1)', title: 'x' }, { url: `${LIST}y.htm` }] };
    answer({ frameId: 0, marksOn: true, column: odd });
    expect((await browserConnector('chrome-extension://x/popup.html?tabId=1').getReport())?.column?.links).toHaveLength(2);
  });

  it('a report that fails the schema is dropped, its column kept', async () => {
    answer({ report: { ...problemReport(), schemaVersion: 2 }, frameId: 3, marksOn: true, column: column() });
    const res = await browserConnector('chrome-extension://x/popup.html?tabId=1').getReport();
    expect(res).toMatchObject({ frameId: 0, column: { url: LIST } });
    expect(res?.report).toBeUndefined();
  });

  it('openReview opens review.html?tab=<the tab> in a new tab', async () => {
    await browserConnector('chrome-extension://x/popup.html?tabId=42').openReview();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/review.html') + '?tab=42');
  });
});

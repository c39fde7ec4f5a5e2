// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { MENU_CHECK, MENU_COPY, menuVisibility, onMenuClick, type MenuDeps } from '@/lib/background/menus';
import { copyInPage } from '@/lib/background/page-copy';
import { toHtmlTable, toTsv } from '@/lib/export';
import type { Report } from '@/lib/model/types';
import { imageReport, problemReport } from '../ui/sample-report';

/** A browser whose popup opens (or not) and whose page frame records what it was asked. */
function deps(report: Report | null, popup: 'opens' | 'refuses' | 'throws' = 'opens', frameId = 2) {
  const d = {
    report: vi.fn(async () => (report ? { report, frameId } : null)),
    openPopup: vi.fn((): Promise<void> => {
      if (popup === 'throws') throw new TypeError('openPopup is not a function');
      return popup === 'opens' ? Promise.resolve() : Promise.reject(new Error('openPopup requires a user gesture'));
    }),
    sendToTab: vi.fn(async () => ({ ok: true })),
    copyInFrame: vi.fn(async () => true),
  } satisfies MenuDeps;
  return d;
}

describe('核对本页', () => {
  it('opens the popup in the clicked window, before anything is awaited', async () => {
    const d = deps(problemReport());
    const out = onMenuClick({ menuItemId: MENU_CHECK, frameId: 0 }, { id: 5, windowId: 9 }, d);
    expect(d.openPopup).toHaveBeenCalledWith(9); // synchronously: Firefox needs the click's user action
    expect(await out).toEqual({ ok: true, how: 'popup' });
    expect(d.sendToTab).not.toHaveBeenCalled();
  });

  it.each(['refuses', 'throws'] as const)('when the browser %s to open it, shows the marks and the first error in the report frame', async (how) => {
    const report = problemReport();
    const d = deps(report, how);
    expect(await onMenuClick({ menuItemId: MENU_CHECK, frameId: 0 }, { id: 5 }, d)).toEqual({ ok: true, how: 'marks' });
    expect(d.sendToTab).toHaveBeenNthCalledWith(1, 5, { type: 'nianbao:toggle', on: true }, 2);
    const firstError = report.findings.find((f) => f.severity === 'error' && f.cells.length)!;
    expect(d.sendToTab).toHaveBeenNthCalledWith(2, 5, { type: 'nianbao:jump', ref: firstError.cells[0] }, 2);
  });

  it('says so when it can do neither (no report in the tab)', async () => {
    const d = deps(null, 'refuses');
    expect(await onMenuClick({ menuItemId: MENU_CHECK }, { id: 5 }, d)).toEqual({ ok: false, how: 'none' });
  });
});

describe('复制表格', () => {
  it('copies the report tables as TSV + HTML in the frame that was right-clicked, dated like the popup copy', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 29, 9, 30));
    const report = problemReport();
    const d = deps(report);
    expect(await onMenuClick({ menuItemId: MENU_COPY, frameId: 3 }, { id: 5 }, d)).toEqual({ ok: true, how: 'copied' });
    const now = new Date(2026, 10, 29, 9, 30);
    expect(d.copyInFrame).toHaveBeenCalledWith(5, 3, toTsv(report, { now }), toHtmlTable(report, { now }));
    vi.useRealTimers();
    const [, , text, html] = d.copyInFrame.mock.calls[0] as unknown as [number, number, string, string];
    expect(text).toMatch(/自然人\t/);
    expect(text).toMatch(/2026-11-29/);
    expect(html).toMatch(/<table/);
    expect(d.openPopup).not.toHaveBeenCalled();
  });

  it('copies nothing for a report without readable tables, and reports a failed copy', async () => {
    const none = deps(imageReport());
    expect(await onMenuClick({ menuItemId: MENU_COPY }, { id: 5 }, none)).toEqual({ ok: false, how: 'none' });
    expect(none.copyInFrame).not.toHaveBeenCalled();
    const failing = deps(problemReport());
    failing.copyInFrame.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await onMenuClick({ menuItemId: MENU_COPY }, { id: 5 }, failing)).toEqual({ ok: false, how: 'copied' });
  });
});

describe('menu visibility', () => {
  it('shows 核对本页 for any report and 复制表格 only with tables', () => {
    expect(menuVisibility(null)).toEqual({ check: false, copy: false });
    expect(menuVisibility(problemReport())).toEqual({ check: true, copy: true });
    expect(menuVisibility(imageReport())).toEqual({ check: true, copy: false });
  });
});

describe('copyInPage (the function injected into the page)', () => {
  it('fills both flavours through a copy event and keeps the page’s own copy handler out', () => {
    const seen: Record<string, string> = {};
    const pageHandler = vi.fn((e: Event) => e.preventDefault()); // a site that blocks copying
    document.addEventListener('copy', pageHandler);
    // What a browser's execCommand('copy') does: fire a cancelable copy event with clipboardData.
    const exec = vi.fn(() => {
      const data = { setData: (type: string, v: string) => (seen[type] = v) };
      const e = new Event('copy', { bubbles: true, cancelable: true });
      Object.defineProperty(e, 'clipboardData', { value: data });
      document.body.dispatchEvent(e);
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    expect(copyInPage('a\tb\r\n', '<table><tr><td>a</td></tr></table>')).toBe(true);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(seen).toEqual({ 'text/plain': 'a\tb\r\n', 'text/html': '<table><tr><td>a</td></tr></table>' });
    expect(pageHandler).not.toHaveBeenCalled();
    document.removeEventListener('copy', pageHandler);
  });

  it('falls back to navigator.clipboard when no copy event arrives', async () => {
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true }); // refused
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    expect(await copyInPage('x', '<b>x</b>')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('x');
  });
});

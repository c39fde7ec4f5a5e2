// @vitest-environment happy-dom
// Page side (marks, sniff, late tables) and the background's pure parts (badge, best frame, store).
import { describe, expect, it, vi } from 'vitest';
import { badgeFor, reportScore } from '@/lib/background/badge';
import { bestFrame, TabStore, type SessionArea } from '@/lib/background/tabs';
import { collectMarks, PageMarks } from '@/lib/page/marks';
import { sniff } from '@/lib/page/sniff';
import { watchLateTables } from '@/lib/page/late';
import type { Finding, Report } from '@/lib/model/types';
import { useZhMessages } from '../ui/setup';

const report = (findings: Finding[], tables = true): Report => ({
  schemaVersion: 1, source: { url: 'http://x.gov.cn/', title: 't' }, detected: true, agency: null, year: null,
  format: '2021', sections: [], active: null, reviewLitigation: null, legacy: null, findings,
  applications: tables ? { columns: [], rows: {} } : null,
});
const ref = (column: string) => ({ table: 'applications' as const, row: 'resultTotal', column });
const finding = (rule: string, severity: Finding['severity'], cols: string[]): Finding =>
  ({ rule, severity, where: cols[0], message: `${rule} 消息`, cells: cols.map(ref) });

function page() {
  document.head.innerHTML = '';
  document.body.innerHTML = '<table><tr><td id="a">0</td><td id="b">0</td><td id="c" tabindex="-1">1</td></tr></table>';
  const els = new Map(['a', 'b', 'c'].map((c) => [`applications|resultTotal|${c}`, document.getElementById(c)!]));
  return els;
}

describe('marks', () => {
  it('collects rules, the worst severity and the culprit per element', () => {
    const els = page();
    const m = collectMarks([finding('r1', 'warning', ['a', 'b']), finding('r2', 'error', ['b', 'c'])], els);
    const b = m.get(document.getElementById('b')!)!;
    expect(b.rules).toEqual(['r1', 'r2']);
    expect(b.severity).toBe('error');
    expect(b.culprit).toBe(true);
    expect(m.get(document.getElementById('c')!)!.culprit).toBe(false);
  });

  it('marks, switches off to the exact original DOM, and back on', () => {
    const els = page();
    const before = document.documentElement.outerHTML;
    const marks = new PageMarks(document);
    marks.update([finding('r1', 'error', ['a', 'c'])], els);
    const a = document.getElementById('a')!;
    expect(a.getAttribute('data-nianbao-finding')).toBe('r1');
    expect(a.getAttribute('data-nianbao-severity')).toBe('error');
    expect(a.getAttribute('tabindex')).toBe('0');
    expect(document.getElementById('c')!.getAttribute('tabindex')).toBe('-1'); // the page's own, kept
    expect(document.querySelectorAll('style[data-nianbao-style]')).toHaveLength(1);
    marks.setOn(false);
    expect(document.documentElement.outerHTML).toBe(before);
    marks.setOn(true);
    expect(document.querySelectorAll('[data-nianbao-finding]')).toHaveLength(2);
    marks.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('shows the messages on focus in a tooltip outside the page layout', () => {
    const els = page();
    const marks = new PageMarks(document);
    marks.update([finding('r1', 'error', ['a'])], els);
    document.getElementById('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const host = document.querySelector('[data-nianbao-tooltip]') as HTMLElement;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyValue('display')).toBe('block');
    marks.destroy();
    expect(document.querySelector('[data-nianbao-tooltip]')).toBeNull();
  });

  it('only culprit cells are tab stops; every marked cell still describes its mistake', () => {
    const els = page();
    const marks = new PageMarks(document);
    marks.update([finding('r1', 'error', ['a', 'b'])], els);
    const [a, b] = ['a', 'b'].map((id) => document.getElementById(id)!);
    expect(a.getAttribute('tabindex')).toBe('0');
    expect(b.hasAttribute('tabindex')).toBe(false);
    expect(b.getAttribute('data-nianbao-finding')).toBe('r1');
    expect(b.getAttribute('aria-description')).toBe('错误：r1 消息');
    marks.destroy();
  });

  it('one tooltip line per mistake: findings sharing a culprit row read as one', () => {
    const els = page();
    const m = collectMarks([finding('applications.resultTotal', 'error', ['a']), finding('applications.balance', 'error', ['b', 'a'])], els);
    // The test page's columns are named a and b; without the report, no value is stated.
    expect(m.get(document.getElementById('a')!)!.lines).toEqual(['错误：（七）总计一行，a、b两列与各项之和、与收支平衡均不符']);
    expect(m.get(document.getElementById('b')!)!.lines).toEqual(m.get(document.getElementById('a')!)!.lines);
  });

  it('still shows a tooltip on a page that defined the element name nianbao-tooltip itself', () => {
    class Taken extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' });
      }
    }
    if (!customElements.get('nianbao-tooltip')) customElements.define('nianbao-tooltip', Taken);
    const els = page();
    const marks = new PageMarks(document);
    marks.update([finding('r1', 'error', ['a'])], els);
    document.getElementById('a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    const host = document.querySelector('[data-nianbao-tooltip]') as HTMLElement;
    expect(host.style.getPropertyValue('display')).toBe('block');
    expect(host.localName).not.toBe('nianbao-tooltip');
    marks.destroy();
  });
});

describe('sniff', () => {
  it('loads at once for a report and never touches a non-report', () => {
    const load = vi.fn();
    sniff(document, 'http://a.gov.cn/', () => ({ isReport: true }), load);
    expect(load).toHaveBeenCalledOnce();
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    document.title = '通知';
    document.body.innerHTML = '<h1>新闻</h1>';
    sniff(document, 'http://a.gov.cn/', () => ({ isReport: false }), load);
    expect(observe).not.toHaveBeenCalled();
    expect(load).toHaveBeenCalledOnce();
  });

  it('swallows detector errors', () => {
    expect(() => sniff(document, 'u', () => { throw new Error('x'); }, vi.fn())).not.toThrow();
  });

  it('waits, bounded, for a titled report whose body arrives late', async () => {
    vi.useFakeTimers();
    document.title = '2023年政府信息公开工作年度报告';
    document.body.innerHTML = '';
    let ready = false;
    const load = vi.fn();
    sniff(document, 'http://a.gov.cn/', () => ({ isReport: ready }), load, { debounceMs: 10, watchMs: 1000 });
    ready = true;
    document.body.append(document.createElement('table'));
    await vi.advanceTimersByTimeAsync(20);
    expect(load).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });
});

describe('late tables', () => {
  it('re-reads on table insertions only, at most maxRuns times', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    const run = vi.fn();
    watchLateTables(document, run, { debounceMs: 10, maxRuns: 2, watchMs: 10000 });
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(20);
    expect(run).not.toHaveBeenCalled();
    for (let i = 0; i < 4; i++) {
      document.body.append(document.createElement('table'));
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(run).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});

describe('badge and frames', () => {
  it('counts error mistakes (as the popup cards do), calms a clean report, says nothing for non-reports', () => {
    useZhMessages();
    expect(badgeFor(null).text).toBe('');
    // Two error findings on the same culprit row are one mistake: the badge says 1, like the popup.
    const bad = badgeFor(report([finding('r', 'error', ['a']), finding('r2', 'error', ['b']), finding('w', 'warning', ['b'])]));
    expect(bad).toMatchObject({ text: '1', color: '#d93025', icon: 'default' });
    expect(bad.title).toBe('年报核对：发现 1 处错误，另有 1 处警告');
    expect(badgeFor(report([finding('w', 'warning', ['b'])])).text).toBe('✓');
    expect(badgeFor(report([], false))).toMatchObject({ text: '?', icon: 'gray', title: '年报核对：这是年度报告，但未找到可读的表格' });
    const rows = Array.from({ length: 120 }, (_, i): Finding => ({ ...finding('r', 'error', ['a']), cells: [{ table: 'legacy', row: String(i), column: '0' }] }));
    expect(badgeFor(report(rows)).text).toBe('99+');
  });

  it('a report with no readable table: the badge counts the errors the popup lists, and says why', () => {
    useZhMessages();
    const missing = (t: string): Finding => ({ rule: 'structure.missing', severity: 'error', where: t, message: `缺少${t}`, cells: [] });
    const b = badgeFor(report([missing('active'), missing('applications'), missing('reviewLitigation')], false));
    expect(b).toMatchObject({ text: '1', icon: 'gray', title: '年报核对：这是年度报告，但未找到可读的表格；发现 1 处错误' });
  });

  it('picks the frame holding the most of the report', () => {
    const outer = { frameId: 0, report: report([], false) };
    const inner = { frameId: 3, report: report([finding('r', 'error', ['a'])]) };
    expect(reportScore(inner.report)).toBeGreaterThan(reportScore(outer.report));
    expect(bestFrame({ frames: { 0: outer, 3: inner }, marksOn: true })?.frameId).toBe(3);
    expect(bestFrame(undefined)).toBeNull();
  });

  it('survives a service-worker restart through storage.session', async () => {
    const data: Record<string, unknown> = {};
    const area: SessionArea = {
      get: async (k) => (k in data ? { [k]: data[k] } : {}),
      set: async (items) => void Object.assign(data, items),
      remove: async (k) => void delete data[k],
    };
    await new TabStore(area).update(7, (s) => void (s.frames[0] = { frameId: 0, report: report([]) }));
    const fresh = new TabStore(area); // a new worker: memory empty
    expect(bestFrame(await fresh.get(7))?.frameId).toBe(0);
    await fresh.drop(7);
    expect(await new TabStore(area).get(7)).toBeUndefined();
  });
});

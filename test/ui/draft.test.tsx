// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftApp } from '@/entrypoints/draft/App';
import type { Analysis, AnalyseOptions } from '@/lib/analyse';
import { refKey } from '@/lib/model/types';
import { htmlFromClipboard, sanitiseTables, textToHtml } from '@/lib/ui/draft';
import { decodeHtml as decodeBytes } from '@/lib/decode';

/** Saved pages dropped on the draft page are decoded like the CLI's (lib/files → lib/decode). */
const decodeHtml = (b: Uint8Array) => decodeBytes(b).text;
import { problemReport } from './sample-report';
import { useZhMessages } from './setup';

/**
 * The core is faked here (the draft page takes `analyse` as a prop): it answers the sample report
 * and names the cell marked `data-cell` in the pasted HTML as the source of the first finding.
 */
function fakeAnalyse() {
  return vi.fn((doc: Document, _url: string, _options?: AnalyseOptions): Analysis => {
    const report = problemReport();
    const elements = new Map<string, Element>();
    const cell = doc.querySelector('[data-cell]');
    if (cell) elements.set(refKey(report.findings[0].cells[0]), cell);
    return { report, elements };
  });
}

const WORD_HTML = `<html><head><style>td{color:red}</style><script>window.pwned=1</script></head><body>
<!--StartFragment--><p class=MsoNormal>三、收到和处理政府信息公开申请情况</p>
<table border=1 style="background:url(http://evil.example/x.png)" onmouseover="alert(1)">
<tr><td colspan=2 rowspan=1 onclick="alert(2)"><p><span>自然人</span></p></td><td>总计</td></tr>
<tr><td>一、本年新收</td><td><font>36</font></td><td>36</td></tr>
<tr><td>（七）总计</td><td data-cell style="x"><p><span>0</span><o:p></o:p></p></td><td>0<img src="http://evil.example/t.gif"></td></tr>
</table><!--EndFragment--></body></html>`;

function paste(data: Record<string, string>, target: Element | Document = document) {
  fireEvent.paste(target, { clipboardData: { getData: (type: string) => data[type] ?? '' } });
}

beforeEach(useZhMessages);
afterEach(cleanup);

describe('draft page', () => {
  it('pasting Word HTML runs the check on a detached document and shows the findings', async () => {
    const analyse = fakeAnalyse();
    const view = render(<DraftApp analyse={analyse} />);
    paste({ 'text/html': WORD_HTML, 'text/plain': 'ignored' }, screen.getByRole('textbox'));
    await screen.findByText(/自然人：（七）总计应为 36/);
    expect(analyse).toHaveBeenCalledTimes(1);
    const [doc, url, options] = analyse.mock.calls[0];
    expect(doc).not.toBe(document);
    expect(doc.querySelectorAll('table')).toHaveLength(1);
    expect(url).toBe('draft:');
    expect(options).toEqual({ assumeReport: true });
    expect(view.container.querySelector('[data-state]')!.getAttribute('data-state')).toBe('problems');
    expect(screen.getByRole('button', { name: '复制表格' })).toBeTruthy();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('previews the tables sanitised, with the problem cell marked', async () => {
    const view = render(<DraftApp analyse={fakeAnalyse()} />);
    paste({ 'text/html': WORD_HTML });
    await screen.findByText(/自然人：（七）总计应为 36/);
    const root = view.container.querySelector('#draft-preview')!.shadowRoot!;
    const table = root.querySelector('table')!;
    expect(table.rows).toHaveLength(3);
    expect(root.querySelector('td')!.getAttribute('colspan')).toBe('2');
    const marked = root.querySelectorAll('[data-nianbao-finding]');
    expect(marked).toHaveLength(1);
    expect(marked[0].textContent).toBe('0');
    expect(marked[0].getAttribute('data-nianbao-finding')).toBe('applications.resultTotal');
    expect(marked[0].classList.contains('nianbao-error')).toBe(true);
    expect(marked[0].getAttribute('title')).toBe('错误：（七）总计一行为 0，自然人、总计两列与各项之和、与收支平衡均不符');
    // Nothing executable or loadable survives: no scripts, images, event or style attributes.
    expect(root.querySelectorAll('script, img, link, iframe, font')).toHaveLength(0);
    for (const el of root.querySelectorAll('table *, table')) {
      for (const a of el.getAttributeNames()) expect(['rowspan', 'colspan', 'data-nianbao-finding', 'class', 'title']).toContain(a);
    }
    expect(root.innerHTML).not.toMatch(/evil|alert|url\(/);
  });

  it('activating a finding scrolls the preview to its cell and flashes it', async () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const view = render(<DraftApp analyse={fakeAnalyse()} />);
    paste({ 'text/html': WORD_HTML });
    fireEvent.click(await screen.findByRole('button', { name: /（七）总计一行为 0/ }));
    const cell = view.container.querySelector('#draft-preview')!.shadowRoot!.querySelector('[data-nianbao-finding]')!;
    expect(scroll).toHaveBeenCalled();
    expect(cell.classList.contains('nianbao-flash')).toBe(true);
  });

  it('plain-text (tab-separated) paste becomes a table', async () => {
    const analyse = fakeAnalyse();
    render(<DraftApp analyse={analyse} />);
    paste({ 'text/plain': '项目\t自然人\t总计\r\n一、本年新收\t36\t36\r\n' });
    await screen.findByText(/自然人：（七）总计应为 36/);
    const doc = analyse.mock.calls[0][0];
    expect([...doc.querySelectorAll('tr')].map((r) => [...r.cells].map((c) => c.textContent))).toEqual([
      ['项目', '自然人', '总计'],
      ['一、本年新收', '36', '36'],
    ]);
  });

  it('a chosen .html file is decoded and checked', async () => {
    const analyse = fakeAnalyse();
    render(<DraftApp analyse={analyse} />);
    const input = document.querySelector('#draft-file') as HTMLInputElement;
    const file = new File([WORD_HTML], '草稿.html', { type: 'text/html' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await screen.findByText(/自然人：（七）总计应为 36/);
    expect(screen.getByText('当前内容：草稿.html')).toBeTruthy();
  });

  it('shows the core error instead of crashing', async () => {
    render(<DraftApp analyse={() => { throw new Error('boom'); }} />);
    paste({ 'text/html': '<table><tr><td>1</td></tr></table>' });
    expect(await screen.findByText('无法读取这份内容：boom')).toBeTruthy();
  });
});

describe('draft helpers', () => {
  it('prefers the HTML flavour, falls back to text, ignores empty clipboards', () => {
    const dt = (d: Record<string, string>) => ({ getData: (t: string) => d[t] ?? '' });
    expect(htmlFromClipboard(dt({ 'text/html': '<b>x</b>', 'text/plain': 'x' }))).toBe('<b>x</b>');
    expect(htmlFromClipboard(dt({ 'text/plain': 'a\tb' }))).toBe('<table><tr><td>a</td><td>b</td></tr></table>');
    expect(htmlFromClipboard(dt({}))).toBeNull();
    expect(htmlFromClipboard(null)).toBeNull();
    expect(textToHtml('一行 <文字>')).toBe('<pre>一行 &lt;文字&gt;</pre>');
  });

  it('decodes UTF-8, declared GBK, and undeclared GBK', () => {
    const bytes = (...parts: (string | number[])[]) =>
      new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));
    const nianbao = [0xc4, 0xea, 0xb1, 0xa8]; // 年报 in GBK
    expect(decodeHtml(bytes('<meta charset="utf-8"><p>年报</p>'))).toContain('<p>年报</p>');
    expect(decodeHtml(bytes('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>', nianbao, '</p>'))).toContain('<p>年报</p>');
    expect(decodeHtml(bytes('<p>', nianbao, '</p>'))).toBe('<p>年报</p>');
  });

  it('keeps only top-level tables, and nested tables inside them', () => {
    const doc = new DOMParser().parseFromString('<p>x</p><table><tr><td><table><tr><td>in</td></tr></table></td></tr></table><table><tr><td>2</td></tr></table>', 'text/html');
    const { fragment } = sanitiseTables(doc, document);
    expect(fragment.children).toHaveLength(2);
    expect(fragment.querySelectorAll('table')).toHaveLength(3);
  });
});

describe('draft page with the real core', () => {
  it('a Word paste of 表二 alone (no title) is read as a report and shows its figures', async () => {
    const { readFileSync } = await import('node:fs');
    const { analyse } = await import('@/lib/analyse');
    const html = readFileSync(`${__dirname}/../fixtures/pingtan-2021-table2-wordpaste.html`, 'utf8');
    const view = render(<DraftApp analyse={analyse} />);
    paste({ 'text/html': html });
    await waitFor(() => expect(view.container.querySelector('[data-state]')).not.toBeNull());
    expect(view.container.querySelector('[data-state]')!.getAttribute('data-state')).not.toBe('notReport');
    expect(screen.getByText(/2021 版模板/)).toBeTruthy();
    expect(screen.getByText('表二 主动公开政府信息情况')).toBeTruthy();
    expect(view.container.querySelector('#draft-preview')!.shadowRoot!.querySelectorAll('table').length).toBeGreaterThan(0);
  });

  it('a Word paste of the whole report names the agency and year as its published page does (its heading line)', async () => {
    const { readFileSync } = await import('node:fs');
    const { analyse } = await import('@/lib/analyse');
    const page = readFileSync(`${__dirname}/../fixtures/seed-001-anhua-2021-word.html`, 'utf8');
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(page)![1].replace(/<title>[\s\S]*?<\/title>/i, '');
    const html = `<html><body><!--StartFragment--><p class=MsoTitle><b>安化县人民政府2021年政府信息公开工作年度报告</b></p>${body}<!--EndFragment--></body></html>`;
    const view = render(<DraftApp analyse={analyse} />);
    paste({ 'text/html': html });
    await waitFor(() => expect(view.container.querySelector('[data-state]')).not.toBeNull());
    expect(view.container.querySelector('.summary-agency')!.textContent).toBe('安化县人民政府');
    expect(view.container.querySelector('.summary-meta')!.textContent).toBe('2021 年度报告 · 2021 版模板');
  });
});

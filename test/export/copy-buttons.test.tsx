// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyButtons } from '@/components/copy-buttons';
import { tableToHtml, tableToTsv } from '@/lib/export';
import { sampleLegacy } from './sample-report';
import { problemReport } from '../ui/sample-report';
import { useZhMessages } from '../ui/setup';

const NOW = new Date(2026, 10, 29, 12);

function stubClipboard() {
  const items: ClipboardItem[] = [];
  const clipboard = { write: vi.fn(async (x: ClipboardItem[]) => void items.push(...x)), writeText: vi.fn(async () => {}) };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return items;
}
const flavour = async (item: ClipboardItem, type: string) => (await item.getType(type)).text();

beforeEach(() => {
  useZhMessages();
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  cleanup();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('per-table copies', () => {
  it.each([
    ['复制表二', 'active', '已复制：表二'],
    ['复制表三', 'applications', '已复制：表三'],
    ['复制表四', 'reviewLitigation', '已复制：表四'],
  ] as const)('%s writes that table alone, as TSV and HTML, with the source line', async (name, id, said) => {
    const items = stubClipboard();
    render(<CopyButtons report={problemReport()} />);
    fireEvent.click(screen.getByRole('button', { name }));
    await waitFor(() => expect(items).toHaveLength(1));
    expect(await flavour(items[0], 'text/plain')).toBe(tableToTsv(problemReport(), id, { now: NOW }));
    expect(await flavour(items[0], 'text/html')).toBe(tableToHtml(problemReport(), id, { now: NOW }));
    expect((await screen.findByRole('status')).textContent).toBe(said);
    expect(screen.getByRole('status').dataset.done).toBe(`copy-table-${id}`);
  });

  it('are not offered for the single legacy table', () => {
    render(<CopyButtons report={sampleLegacy()} />);
    expect(screen.queryByRole('button', { name: /复制表[二三四]/ })).toBeNull();
    expect(screen.getByRole('button', { name: '复制表格' })).toBeTruthy();
  });
});

describe('复制核对意见', () => {
  it('writes the memo as text and HTML paragraphs', async () => {
    const items = stubClipboard();
    render(<CopyButtons report={problemReport()} />);
    fireEvent.click(screen.getByRole('button', { name: '复制核对意见' }));
    await waitFor(() => expect(items).toHaveLength(1));
    // One point per mistake, as the popup counts them: the findings of the （七）总计 row are one.
    const r = problemReport();
    const text = await flavour(items[0], 'text/plain');
    const lines = text.split('\r\n');
    const at = lines.indexOf('一、表格数据有误，请核实更正');
    expect(lines[at + 1]).toBe('1. （七）总计一行为 0，自然人、总计两列与各项之和、与收支平衡均不符');
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(1);
    expect(lines.slice(at + 2, at + 3 + errors.length)).toEqual([...errors.map((f, i) => `    （${i + 1}）${f.message}`), '']);
    expect(text).not.toMatch(/^2\. /m);
    expect(text).toContain('核对日期：2026-11-29');
    const html = await flavour(items[0], 'text/html');
    expect(html).toContain('<p>1. （七）总计一行为 0，');
    expect(html).toContain(`<p style="margin-left:2em">（1）${r.findings[0].message}</p>`);
    expect((await screen.findByRole('status')).textContent).toBe('已复制：核对意见');
  });
});

describe('下载 Excel', () => {
  it('loads the workbook builder on the click and saves an .xlsx that reads back', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:nianbao/1'));
    let clicked: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = this;
    });
    render(<CopyButtons report={problemReport()} />);
    fireEvent.click(screen.getByRole('button', { name: '下载 Excel' }));
    expect(screen.getByRole('status').textContent).toBe('正在生成 Excel 文件…');
    await waitFor(() => expect(screen.getByRole('status').dataset.done).toBe('download-xlsx'), { timeout: 10000 });
    expect(screen.getByRole('status').textContent).toBe('已开始下载 Excel');
    expect(clicked?.download).toBe('安化县人民政府-2021-政府信息公开工作年度报告.xlsx');
    expect(blob?.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await blob!.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toContain('问题清单');
    expect(wb.getWorksheet('表三')!.getCell('A1').value).toContain('核对日期 2026-11-29');
  });
});

describe('the main copy format (options page)', () => {
  const order = () => [...document.querySelectorAll('.copy button')].map((b) => b.id);
  it('puts the chosen format first and marks it; the table copies by default', () => {
    render(<CopyButtons report={problemReport()} />);
    expect(order()[0]).toBe('copy-table');
    expect(document.querySelector('.primary')?.id).toBe('copy-table');
    cleanup();
    render(<CopyButtons report={problemReport()} primary="markdown" />);
    expect(order()[0]).toBe('copy-markdown');
    expect(order().filter((id) => id === 'copy-markdown')).toHaveLength(1);
    expect(document.querySelector('.primary')?.id).toBe('copy-markdown');
    expect(order()).toContain('copy-json');
    cleanup();
    render(<CopyButtons report={problemReport()} primary="json" />);
    expect(order().slice(0, 2)).toEqual(['copy-json', 'copy-table']);
  });
});

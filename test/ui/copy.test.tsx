// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyButtons } from '@/components/copy-buttons';
import { copyFlavours } from '@/lib/ui/clipboard';
import { csvFileName, toTsv } from '@/lib/export';
import { problemReport } from './sample-report';
import { useZhMessages } from './setup';

/** A stand-in navigator.clipboard that records what the real lib/ui code wrote. */
function stubClipboard() {
  const written: { items?: ClipboardItem[]; text?: string } = {};
  const clipboard = {
    write: vi.fn(async (items: ClipboardItem[]) => void (written.items = items)),
    writeText: vi.fn(async (text: string) => void (written.text = text)),
  };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return { clipboard, written };
}

const flavour = async (item: ClipboardItem, type: string) => (await item.getType(type)).text();

// Copies carry the day in their source line: one fixed day, so expected and copied text agree.
const NOW = new Date(2026, 10, 29, 12);
beforeEach(() => {
  useZhMessages();
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
  cleanup();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('复制表格', () => {
  it('writes TSV (CRLF, official labels) and an HTML table in one ClipboardItem, and says so', async () => {
    const { clipboard, written } = stubClipboard();
    render(<CopyButtons report={problemReport()} />);
    fireEvent.click(screen.getByRole('button', { name: '复制表格' }));
    await waitFor(() => expect(clipboard.write).toHaveBeenCalledTimes(1));
    const [item] = written.items!;
    expect([...item.types].sort()).toEqual(['text/html', 'text/plain']);
    const tsv = await flavour(item, 'text/plain');
    expect(tsv).toBe(toTsv(problemReport(), { now: NOW }));
    expect(tsv).toContain('\r\n');
    expect(tsv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(tsv).toContain('自然人');
    expect(tsv).toContain('本年新收政府信息公开申请数量');
    const html = await flavour(item, 'text/html');
    expect(html).toMatch(/<table[\s>]/);
    expect(html).toContain('自然人');
    expect((await screen.findByRole('status')).textContent).toBe('已复制：表格');
  });

  it('falls back to a copy event + execCommand with both flavours when the async API is missing', async () => {
    const set: Record<string, string> = {};
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    // happy-dom has no execCommand: play the browser's part and fire the copy event.
    document.execCommand = vi.fn((cmd: string) => {
      const e = new Event('copy', { cancelable: true }) as ClipboardEvent;
      Object.defineProperty(e, 'clipboardData', { value: { setData: (t: string, v: string) => (set[t] = v) } });
      document.dispatchEvent(e);
      return cmd === 'copy';
    }) as never;
    render(<CopyButtons report={problemReport()} />);
    fireEvent.click(screen.getByRole('button', { name: '复制表格' }));
    expect((await screen.findByRole('status')).textContent).toBe('已复制：表格');
    expect(set['text/plain']).toBe(toTsv(problemReport(), { now: NOW }));
    expect(set['text/html']).toMatch(/<table[\s>]/);
  });

  it('falls back to execCommand when clipboard.write rejects (no user activation)', async () => {
    const { clipboard } = stubClipboard();
    clipboard.write.mockRejectedValue(new DOMException('not allowed', 'NotAllowedError'));
    const exec = vi.fn(() => true);
    const doc = { addEventListener: vi.fn(), removeEventListener: vi.fn(), execCommand: exec } as unknown as Document;
    // execCommand "succeeds" but our listener never ran: that is not a copy.
    await expect(copyFlavours({ text: 'a', html: '<table></table>' }, navigator, doc)).rejects.toThrow('not allowed');
    expect(exec).toHaveBeenCalledWith('copy');
  });

  it('announces a failure', async () => {
    const { clipboard } = stubClipboard();
    clipboard.writeText.mockRejectedValue(new Error('denied'));
    document.execCommand = vi.fn(() => false) as never;
    render(<CopyButtons report={problemReport()} />);
    fireEvent.click(screen.getByRole('button', { name: '复制 JSON' }));
    expect((await screen.findByRole('status')).textContent).toBe('复制失败，请重试');
  });
});

describe('复制 JSON / Markdown', () => {
  it('JSON parses back to the report', async () => {
    const { written } = stubClipboard();
    render(<CopyButtons report={problemReport()} />);
    fireEvent.click(screen.getByRole('button', { name: '复制 JSON' }));
    await waitFor(() => expect(written.text).toBeDefined());
    expect(JSON.parse(written.text!)).toEqual(problemReport());
    expect((await screen.findByRole('status')).textContent).toBe('已复制：JSON');
  });

  it('Markdown is a pipe table', async () => {
    const { written } = stubClipboard();
    render(<CopyButtons report={problemReport()} />);
    fireEvent.click(screen.getByRole('button', { name: '复制 Markdown' }));
    await waitFor(() => expect(written.text).toBeDefined());
    expect(written.text).toMatch(/^\|.*\|$/m);
    expect(written.text).toContain('自然人');
  });
});

describe('下载 CSV', () => {
  it('saves a UTF-8 CSV with a BOM under csvFileName', async () => {
    let blob: Blob | undefined;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:nianbao/1'));
    let clicked: HTMLAnchorElement | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = this;
    });
    render(<CopyButtons report={problemReport()} />);
    fireEvent.click(screen.getByRole('button', { name: '下载 CSV' }));
    expect(create).toHaveBeenCalled();
    expect(clicked?.download).toBe(csvFileName(problemReport()));
    expect(clicked?.download).toMatch(/\.csv$/);
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('自然人');
    expect((await screen.findByRole('status')).textContent).toBe('已开始下载 CSV');
  });
});

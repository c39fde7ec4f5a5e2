// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttachmentApp } from '@/entrypoints/attachment/App';
import { ReportView } from '@/components/report-view';
import { analyse } from '@/lib/analyse';
import { fetchAttachment } from '@/lib/ui/attachment';
import { attachmentPage, checkable, sourceOf } from '@/lib/ui/attachment-link';
import { problemReport } from './sample-report';
import { useZhMessages } from './setup';

const DOCX = new Uint8Array(readFileSync(join(__dirname, '../fixtures/docx/seed-001-anhua-2021-word.docx')));
const SRC = 'http://www.anhua.gov.cn/zwgk/P020220131.docx';

function fakeFetch(body: Uint8Array | null, init: { status?: number; url?: string; type?: string; length?: number } = {}) {
  return vi.fn(async (input: RequestInfo | URL, opts?: RequestInit) => {
    expect(opts?.credentials).toBe('omit');
    const res = new Response(body as unknown as BodyInit, { status: init.status ?? 200, headers: { 'content-type': init.type ?? 'application/octet-stream', ...(init.length ? { 'content-length': String(init.length) } : {}) } });
    Object.defineProperty(res, 'url', { value: init.url ?? String(input) });
    return res;
  }) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
}

beforeEach(useZhMessages);
afterEach(cleanup);

describe('the attachment page', () => {
  it('shows progress while the file downloads', async () => {
    const pending = vi.fn(() => new Promise<Response>(() => {})) as unknown as typeof fetch;
    const view = render(<AttachmentApp src={SRC} analyse={analyse} fetch={pending} />);
    expect(view.container.querySelector('[data-working="workingFetch"]')?.textContent).toMatch(/正在下载附件/);
    expect(screen.getByText(/不会上传到任何地方/)).toBeTruthy();
  });

  it('reads a .docx report, draws its tables in the official layout with the wrong cells marked, and jumps to a cell', async () => {
    const view = render(<AttachmentApp src={SRC} analyse={analyse} fetch={fakeFetch(DOCX)} />);
    await waitFor(() => expect(view.container.querySelector('[data-state="problems"]')).toBeTruthy(), { timeout: 10000 });
    expect(view.container.textContent).toMatch(/安化县人民政府/);
    const root = view.container.querySelector('#attachment-preview')!.shadowRoot!;
    expect([...root.querySelectorAll('table')].map((t) => t.getAttribute('data-table'))).toEqual(['active', 'applications', 'reviewLitigation']);
    const marked = [...root.querySelectorAll('[data-nianbao-finding]')];
    expect(marked.length).toBeGreaterThanOrEqual(2);
    const culprits = marked.filter((c) => c.classList.contains('nianbao-error') && /applications\.resultTotal/.test(c.getAttribute('data-nianbao-finding')!));
    expect(culprits.map((c) => c.textContent)).toContain('0');
    expect(screen.getByRole('button', { name: '复制表格' })).toBeTruthy();
    const scroll = vi.fn();
    (window.HTMLElement.prototype as unknown as { scrollIntoView: unknown }).scrollIntoView = scroll;
    fireEvent.click(view.container.querySelector('.sev-error button.finding-jump')!);
    expect(root.querySelector('.nianbao-flash')).toBeTruthy();
    expect(scroll).toHaveBeenCalled();
  });

  it('says in Chinese when the server answers an error', async () => {
    render(<AttachmentApp src={SRC} analyse={analyse} fetch={fakeFetch(new Uint8Array([1]), { status: 404 })} />);
    expect((await screen.findByText(/HTTP 404/)).textContent).toMatch(/^无法核对这个附件：服务器返回 HTTP 404/);
  });

  it('says why a file is not a report file (a .doc saved as such)', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    render(<AttachmentApp src={SRC} analyse={analyse} fetch={fakeFetch(ole)} />);
    expect((await screen.findByText(/不支持 \.doc\/\.wps 格式/)).textContent).toMatch(/另存为 \.docx 或 PDF/);
  });

  it('fetches nothing without an http(s) *.gov.cn address', () => {
    const f = fakeFetch(DOCX);
    render(<AttachmentApp src={null} analyse={analyse} fetch={f} />);
    expect(screen.getByText(/没有要核对的附件地址/)).toBeTruthy();
    expect(f).not.toHaveBeenCalled();
  });
});

describe('fetchAttachment', () => {
  it('refuses a file over the size cap, declared or streamed', async () => {
    await expect(fetchAttachment(SRC, { fetch: fakeFetch(new Uint8Array(10), { length: 5000 }), maxBytes: 1000 })).rejects.toThrow(/附件超过/);
    await expect(fetchAttachment(SRC, { fetch: fakeFetch(new Uint8Array(2000)), maxBytes: 1000 })).rejects.toThrow(/附件超过/);
  });

  it('refuses a redirect off *.gov.cn, and reports progress', async () => {
    await expect(fetchAttachment(SRC, { fetch: fakeFetch(DOCX, { url: 'http://evil.example/a.docx' }) })).rejects.toThrow(/政府网站以外/);
    const progress = vi.fn();
    const got = await fetchAttachment(SRC, { fetch: fakeFetch(DOCX), onProgress: progress });
    expect(got.bytes).toEqual(DOCX);
    expect(progress).toHaveBeenLastCalledWith({ step: 'fetch', loaded: DOCX.length, total: null });
  });

  it('turns a network failure and a timeout into one line', async () => {
    const down = vi.fn(async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch;
    await expect(fetchAttachment(SRC, { fetch: down })).rejects.toThrow(/^无法下载附件/);
    const slow = vi.fn((_: unknown, o?: RequestInit) => new Promise<Response>((_r, reject) => o?.signal?.addEventListener('abort', () => reject(o.signal!.reason)))) as unknown as typeof fetch;
    await expect(fetchAttachment(SRC, { fetch: slow, timeoutMs: 20 })).rejects.toThrow(/超时/);
  });
});

describe('核对附件 in the report view', () => {
  it('offers 核对附件 for PDF/DOCX on *.gov.cn, gives the reason for .doc/.wps/.ofd, links nothing else', () => {
    const report = { ...problemReport(), applications: null, active: null, reviewLitigation: null, findings: [] };
    report.attachments = [
      { url: 'http://www.pingtan.gov.cn/P1.pdf', text: '年度报告.pdf' },
      { url: 'https://www.pingtan.gov.cn/dl?id=2', text: '附件2' },
      { url: 'http://www.pingtan.gov.cn/P3.doc', text: '年度报告.doc' },
      { url: 'javascript:alert(1)', text: '年度报告.docx' },
    ];
    const view = render(<ReportView report={report} />);
    const checks = [...view.container.querySelectorAll('a.check-attachment')].map((a) => a.getAttribute('href'));
    expect(checks).toEqual([attachmentPage('http://www.pingtan.gov.cn/P1.pdf'), attachmentPage('https://www.pingtan.gov.cn/dl?id=2')]);
    expect(checks[0]).toBe('attachment.html?src=http%3A%2F%2Fwww.pingtan.gov.cn%2FP1.pdf');
    expect(view.container.textContent).toMatch(/不支持 \.doc\/\.wps\/\.ofd 格式/);
    expect([...view.container.querySelectorAll('a')].some((a) => /javascript/i.test(a.getAttribute('href') ?? ''))).toBe(false);
  });

  it('checks links and the page address', () => {
    expect(checkable({ url: 'http://x.gov.cn/a.ofd', text: 'a' })).toBe('unsupported');
    expect(checkable({ url: 'http://x.gov.cn/a.pdf', text: 'a.doc' })).toBe('check');
    expect(checkable({ url: 'file:///tmp/a.pdf', text: 'a.pdf' })).toBeNull();
    expect(sourceOf('chrome-extension://id/attachment.html?src=http%3A%2F%2Fwww.x.gov.cn%2Fa.pdf')).toBe('http://www.x.gov.cn/a.pdf');
    for (const bad of ['javascript%3Aalert(1)', 'data%3Atext%2Fhtml%2Cx', 'http%3A%2F%2Fevil.example%2Fa.pdf', 'file%3A%2F%2F%2Fetc%2Fpasswd', ''])
      expect(sourceOf(`chrome-extension://id/attachment.html?src=${bad}`), bad).toBeNull();
  });
});

describe('核对附件 beside readable tables', () => {
  it('lists the attachment with its button when the report also has tables', () => {
    const report = { ...problemReport(), attachments: [{ url: 'http://www.pingtan.gov.cn/P1.docx', text: '全文.docx' }] };
    const view = render(<ReportView report={report} />);
    expect(view.container.querySelector('[data-state="problems"] a.check-attachment')?.getAttribute('href')).toBe(attachmentPage('http://www.pingtan.gov.cn/P1.docx'));
  });
});

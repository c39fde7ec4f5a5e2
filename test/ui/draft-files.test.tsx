// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftApp } from '@/entrypoints/draft/App';
import { analyse } from '@/lib/analyse';
import { parseDraft } from '@/lib/ui/draft';
import { PREVIEW_MAX_TABLES, reportTables } from '@/lib/ui/draft-preview';
import { useZhMessages } from './setup';

const FIX = join(__dirname, '../fixtures');
const DOCX = readFileSync(join(FIX, 'docx/seed-001-anhua-2021-word.docx'));
const PAGE = readFileSync(join(FIX, 'seed-001-anhua-2021-word.html'), 'utf8');

beforeEach(useZhMessages);
afterEach(cleanup);

const drop = (file: File) => fireEvent.drop(document, { dataTransfer: { files: [file], types: ['Files'] } });

describe('核对草稿 takes report files', () => {
  it('a dropped .docx is read in the page and checked like a pasted page, its tables previewed and marked', async () => {
    const view = render(<DraftApp analyse={analyse} />);
    expect(view.container.textContent).toMatch(/不会上传到任何地方/);
    drop(new File([DOCX], '安化县2021年报.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    await waitFor(() => expect(view.container.querySelector('[data-state="problems"]')).toBeTruthy(), { timeout: 10000 });
    expect(view.container.textContent).toMatch(/安化县2021年报\.docx/);
    expect(view.container.querySelector('#summary-title')?.textContent).toMatch(/安化县/);
    const root = view.container.querySelector('#draft-preview')!.shadowRoot!;
    expect(root.querySelectorAll('table').length).toBeGreaterThanOrEqual(3);
    expect(root.querySelectorAll('.nianbao-error').length).toBeGreaterThanOrEqual(2);
  });

  it('a file that is no report file says why in one line', async () => {
    const view = render(<DraftApp analyse={analyse} />);
    const input = view.container.querySelector('#draft-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])], '报告.doc')] });
    fireEvent.change(input);
    await waitFor(() => expect(view.container.textContent).toMatch(/无法读取这份内容：不支持 \.doc\/\.wps 格式/));
  });
});

describe('a large paste stays bounded', () => {
  it('previews only the tables the report was read from, however many the page holds', () => {
    const junk = '<table><tr><td>x</td><td>1</td></tr></table>'.repeat(3000);
    const doc = parseDraft(PAGE.replace('<body', `<body`).replace('</body>', `${junk}</body>`));
    const { elements, report } = analyse(doc, 'draft:', { assumeReport: true });
    expect(report.applications).toBeTruthy();
    const tables = reportTables(doc, elements);
    expect(tables.length).toBeLessThanOrEqual(PREVIEW_MAX_TABLES);
    for (const el of elements.values()) expect(tables.some((t) => t.contains(el))).toBe(true);
    expect(tables.some((t) => t.textContent!.trim() === 'x1')).toBe(false);
    // With no cell read, the first few tables only.
    expect(reportTables(parseDraft(junk), new Map())).toHaveLength(PREVIEW_MAX_TABLES);
  });
});

describe('the preview copy is bounded', () => {
  it('stops copying a table of 100,000 rows at MAX_NODES', async () => {
    const { sanitiseTables, MAX_NODES } = await import('@/lib/ui/draft');
    const doc = parseDraft(`<table>${'<tr><td>1</td></tr>'.repeat(100_000)}</table>`);
    const { copies } = sanitiseTables(doc, document);
    expect(copies.size).toBeLessThanOrEqual(MAX_NODES);
    expect(copies.size).toBeGreaterThan(MAX_NODES / 4);
  });
});

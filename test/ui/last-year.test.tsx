// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttachmentApp } from '@/entrypoints/attachment/App';
import { DraftApp } from '@/entrypoints/draft/App';
import { analyse } from '@/lib/analyse';
import type { Report } from '@/lib/model/types';
import { closeDb } from '@/lib/store/db';
import { freshDb } from '../helpers/fresh-db';
import { historyCount, keepReport, previousReport } from '@/lib/store/history';
import { checkFile } from '@/lib/ui/attachment';
import { againstLastYear } from '@/lib/ui/last-year';
import { FIXTURES, loadExpected } from '../helpers/fixtures';
import { useZhMessages } from './setup';

const DOCX = new Uint8Array(readFileSync(join(FIXTURES, 'docx/seed-001-anhua-2021-word.docx')));
const SRC = 'http://www.anhua.gov.cn/zwgk/P020220131.docx';
const fetchDocx = (async (input: RequestInfo | URL) => {
  const res = new Response(DOCX as unknown as BodyInit, { status: 200, headers: { 'content-type': 'application/octet-stream' } });
  Object.defineProperty(res, 'url', { value: String(input) });
  return res;
}) as unknown as typeof fetch;

const real = (name: string) => readFileSync(join(FIXTURES, `real/${name}.html`), 'utf8');
/** 平潭 2023 with 上年结转 (总计) changed to 7 (2022's 结转下年度 differs), pasted as a draft. */
function pingtan2023Changed(): string {
  const dom = new JSDOM(real('pingtan-2023'));
  const row = [...dom.window.document.querySelectorAll('tr')].find((tr) => tr.textContent?.includes('上年结转'))!;
  const cells = row.querySelectorAll('td');
  cells[cells.length - 1].textContent = '7';
  // What a paste carries: no page furniture for the test DOM to try loading.
  for (const el of dom.window.document.querySelectorAll('link, iframe, script, img, style')) el.remove();
  return dom.serialize();
}
const pingtan2022 = (): Report => {
  const { url } = loadExpected('real/pingtan-2022');
  return analyse(new JSDOM(real('pingtan-2022'), { url }).window.document, url).report;
};

beforeEach(async () => {
  useZhMessages();
  await freshDb();
});
afterEach(async () => {
  cleanup();
  await closeDb();
});

describe('核对附件 with last year’s kept report', () => {
  it('keeps the attachment’s report and checks it against the year before', async () => {
    // Last year's report of the same body, whose 结转下年度 (总计) is not this year's 上年结转.
    const read = (await checkFile(DOCX, { name: 'a.docx', contentType: null, url: SRC }, analyse)).analysis.report;
    const rows = read.applications!.rows;
    const total = rows.carriedOver!.total!.value!;
    const last: Report = {
      ...read,
      year: read.year! - 1,
      applications: { ...read.applications!, rows: { ...rows, carriedForward: { ...rows.carriedOver, total: { value: total + 5, text: String(total + 5) } } } },
    };
    await keepReport(last, 'page');

    const view = render(<AttachmentApp src={SRC} analyse={analyse} fetch={fetchDocx} lastYear={(a) => againstLastYear(a, 'attachment')} />);
    await waitFor(() => expect(view.container.querySelector('#history-compared')).toBeTruthy(), { timeout: 10000 });
    expect(view.container.querySelector('#history-compared')!.textContent).toBe(`已与本机保存的 ${read.year! - 1} 年度报告对比`);
    expect(view.container.textContent).toContain(`上一年度报告的结转下年度为 ${total + 5}`);
    const marked = [...view.container.querySelector('#attachment-preview')!.shadowRoot!.querySelectorAll('[data-nianbao-finding~="history.carryOver"]')];
    expect(marked.map((c) => c.textContent)).toEqual([String(total)]);
    expect(await historyCount()).toBe(2); // this year's report is kept too
    expect((await previousReport({ ...read, year: read.year! + 1 }))?.source.url).toBe(SRC);
  });
});

describe('核对草稿 with last year’s kept report', () => {
  it('compares the draft with the year before but does not keep it', async () => {
    await keepReport(pingtan2022(), 'page');
    const view = render(<DraftApp analyse={analyse} lastYear={(a) => againstLastYear(a)} />);
    fireEvent.paste(screen.getByRole('textbox'), { clipboardData: { getData: (type: string) => (type === 'text/html' ? pingtan2023Changed() : '') } });
    await waitFor(() => expect(view.container.querySelector('#history-compared')).toBeTruthy(), { timeout: 10000 });
    expect(view.container.querySelector('#history-compared')!.textContent).toBe('已与本机保存的 2022 年度报告对比 草稿不会保存。');
    expect(view.container.textContent).toMatch(/上年结转 7，但上一年度报告的结转下年度为 \d+/);
    expect(await historyCount()).toBe(1); // the draft is not kept
  });

  it('says nothing about the year before when none is kept', async () => {
    const view = render(<DraftApp analyse={analyse} lastYear={(a) => againstLastYear(a)} />);
    fireEvent.paste(screen.getByRole('textbox'), { clipboardData: { getData: (type: string) => (type === 'text/html' ? pingtan2023Changed() : '') } });
    await waitFor(() => expect(view.container.querySelector('[data-state]')).toBeTruthy(), { timeout: 10000 });
    expect(view.container.querySelector('#history-compared')).toBeNull();
    expect(view.container.textContent).not.toMatch(/上一年度报告/);
    expect(await historyCount()).toBe(0);
  });
});

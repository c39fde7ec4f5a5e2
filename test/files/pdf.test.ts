import { describe, expect, it } from 'vitest';
import { safeParseReport } from '../../lib/model/schema';
import { refKey } from '../../lib/model/types';
import { loadExpected } from '../helpers/fixtures';
import { cellsOf, findingKeys, pdfBytes, readPdf } from './pdf-helpers';

/**
 * The real PDF reports (test/fixtures/pdf, byte-identical copies of /work/shared/pages) against
 * their reviewed expected files: every cell, exactly the findings.
 */
describe.each(['hongze-2023', 'huaian-2024'])('%s.pdf', (name) => {
  const want = loadExpected(`pdf/${name}`);
  const read = readPdf(pdfBytes(`${name}.pdf`), want.url);

  it('is a report of the expected agency, year and template', async () => {
    const { report } = await read;
    expect({ detected: report.detected, agency: report.agency, year: report.year, format: report.format }).toEqual({
      detected: true, agency: want.agency, year: want.year, format: want.format,
    });
    const parsed = safeParseReport(report);
    expect(parsed.success ? [] : parsed.error).toEqual([]);
  });

  it('reads every cell as the PDF prints it', async () => {
    expect(cellsOf((await read).report)).toEqual(want.cells);
  });

  it('gives exactly the expected findings', async () => {
    const keys = (want.findings ?? []).map((f) => `${f.rule} @ ${f.where}`);
    expect([...findingKeys((await read).report)].sort()).toEqual(keys.sort());
  });

  it('says where each cell was found (page and box), and drops page numbers', async () => {
    const { elements, html } = await read;
    const total = elements.get(refKey({ table: 'applications', row: 'newReceived', column: 'total' }))!;
    expect(total.getAttribute('data-pdf-page')).toMatch(/^\d$/);
    const box = total.getAttribute('data-pdf-box')!.split(',').map(Number);
    expect(box).toHaveLength(4);
    expect(box.every((n) => Number.isFinite(n) && n >= 0 && n <= 842)).toBe(true);
    expect(html).not.toMatch(/>\s*-\s*\d\s*-\s*</);
  });
});

it('hongze-2023: both 表四 totals left at 0 are errors naming their cells', async () => {
  const { report, elements } = await readPdf(pdfBytes('hongze-2023.pdf'), 'http://www.hongze.gov.cn/a.pdf');
  const totals = report.findings.filter((f) => f.rule === 'reviewLitigation.total');
  expect(totals.map((f) => [f.where, f.severity])).toEqual([['review', 'error'], ['litigationAfterReview', 'error']]);
  const cell = elements.get(refKey({ table: 'reviewLitigation', row: 'review', column: 'total' }))!;
  // The label in a vertical font, whole (pdf.js's text layer drops five of its glyphs).
  expect(cell.ownerDocument.body.innerHTML).toMatch(/data-pdf-page="3"[^>]*>三、本年度办理结果</);
  expect(cell.textContent).toBe('0');
  expect(cell.getAttribute('data-pdf-page')).toBe('4');
});

it('huaian-2024: the label broken over two pages and the one-character-a-line label read', async () => {
  const { html } = await readPdf(pdfBytes('huaian-2024.pdf'), 'http://www.huaian.gov.cn/a.pdf');
  expect(html).toContain('>三、本年度办理结果<');
  expect(html).toContain('>（四）无<');
  expect(html).toContain('>法提供<');
  expect(html).toContain('>2.其他法律行政法规禁止公开<');
  // 表二 and 表三 were cut by page breaks: each is one table again (its parts' edges line up),
  // every cell still saying its own page.
  expect(html.match(/<table/g)).toHaveLength(3);
  expect(html).toMatch(/data-pdf-page="4"[^>]*>（四）无</);
  expect(html).toMatch(/data-pdf-page="5"[^>]*>法提供</);
});

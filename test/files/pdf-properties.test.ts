import { describe, expect, it } from 'vitest';
import { refKey } from '../../lib/model/types';
import { loadExpected } from '../helpers/fixtures';
import { cellsOf, readPdf } from './pdf-helpers';
import { reportPdf } from './pdf-make';

/**
 * The property test of test/core/properties.test.ts on PDF: a report drawn as a PDF at test
 * time (ruled grids, Chinese in a non-embedded CID font read through pdf.js's CMaps) from the
 * reviewed figures of 淮安市 2024 reads back to exactly those figures; change any one figure
 * of 表三 or 表四 and an error names that cell.
 */
const want = loadExpected('pdf/huaian-2024');
const values = Object.fromEntries(Object.entries(want.cells!).map(([k, c]) => [k, c.text]));
const TITLE = '淮安市人民政府2024年政府信息公开工作年度报告';
const URL = 'http://www.huaian.gov.cn/drawn.pdf';

describe('a report PDF drawn from the reviewed figures', () => {
  it('reads back to exactly those figures, with no finding', async () => {
    const { report } = await readPdf(reportPdf(TITLE, values), URL);
    expect(cellsOf(report)).toEqual(want.cells);
    expect(report.findings).toEqual([]);
  });

  it.each([
    ['inside （三）, no header repeated', { at: 12, repeatHeader: false }],
    ['inside （六）, header repeated', { at: 25, repeatHeader: true }],
    ['before （四）, header repeated', { at: 15, repeatHeader: true }],
  ])('with 表三 broken over two pages %s, reads the same figures', async (_, split) => {
    const { report, html } = await readPdf(reportPdf(TITLE, values, split), URL);
    expect(cellsOf(report)).toEqual(want.cells);
    expect(report.findings).toEqual([]);
    expect(html).not.toContain('- 2 -');
  });

  // Every third figure of 表三 and 表四 (each read runs pdf.js over two pages).
  const keys = Object.keys(values).filter((k, i) => /^(applications|reviewLitigation)\./.test(k) && i % 3 === 0);

  it('flags any single changed figure by its cell', { timeout: 180_000 }, async () => {
    const unflagged: string[] = [];
    for (const path of keys) {
      const parts = path.split('.');
      const ref = refKey({ table: parts[0] as 'applications', row: parts.slice(1, -1).join('.'), column: parts[parts.length - 1] });
      const { report } = await readPdf(reportPdf(TITLE, { ...values, [path]: String(Number(values[path]) + 7) }), URL);
      if (!report.findings.some((f) => f.severity === 'error' && f.cells.some((c) => refKey(c) === ref))) unflagged.push(path);
    }
    expect(keys.length).toBeGreaterThan(50);
    expect(unflagged).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadExpected } from '../helpers/fixtures';
import { cellsOf, findingKeys, pdfBytes, readPdf } from './pdf-helpers';

/**
 * Fixture pages printed to PDF by Chromium, and their .docx renderings exported by LibreOffice
 * (test/fixtures/tools/make-pdf.mjs, committed): each
 * reads to the same model as its HTML page — agency, year, template, every cell's value and
 * text, and the findings its expected file requires (and only those it allows).
 */
const PRINTED = [
  'seed-001-anhua-2021-word', 'seed-003-jingyuan-2019-word', 'pingtan-2025', // Chromium's print of the page
  'seed-001-anhua-2021-word-noborders', // the tables printed without ruling lines
  // LibreOffice's export of the Word-like .docx renderings (rows broken across pages)
  'seed-001-anhua-2021-word-libreoffice', 'seed-003-jingyuan-2019-word-libreoffice', 'pingtan-2025-libreoffice', 'markup-units-2021-libreoffice',
];
/** A rendering's expected file is its page's. */
const page = (name: string) => name.replace(/-(noborders|libreoffice)$/, '');

describe.each(PRINTED)('%s.pdf', (name) => {
  const want = loadExpected(page(name));
  const read = readPdf(pdfBytes(`${name}.pdf`), want.url.replace(/\.s?html?$/, '.pdf'));

  it('reads like its HTML page', async () => {
    const { report } = await read;
    expect({ agency: report.agency, year: report.year, format: report.format }).toEqual({ agency: want.agency, year: want.year, format: want.format });
    const values = (cells: Record<string, { value: unknown; text: string }>) => Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, [c.value, c.text]]));
    expect(values(cellsOf(report))).toEqual(values(want.cells ?? {}));
  });

  it('gives the findings its HTML page gives', async () => {
    const got = findingKeys((await read).report);
    const key = (f: { rule: string; where: string }) => `${f.rule} @ ${f.where}`;
    const required = (want.findings ?? []).map(key);
    const allowed = new Set([...required, ...(want.findingsAllowed ?? []).map(key)]);
    expect({ missing: required.filter((k) => !got.has(k)), extra: [...got].filter((k) => !allowed.has(k)) }).toEqual({ missing: [], extra: [] });
  });
});

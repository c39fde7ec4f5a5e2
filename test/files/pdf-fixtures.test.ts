import { describe, expect, it } from 'vitest';
import { loadExpected } from '../helpers/fixtures';
import { cellsOf, findingKeys, pdfBytes, readPdf } from './pdf-helpers';

/**
 * Fixture pages printed to PDF by Chromium (test/fixtures/tools/make-pdf.mjs, committed): each
 * reads to the same model as its HTML page — agency, year, template, every cell's value and
 * text, and the findings its expected file requires (and only those it allows).
 */
const PRINTED = ['seed-001-anhua-2021-word', 'seed-003-jingyuan-2019-word', 'pingtan-2025', 'seed-001-anhua-2021-word-noborders'];
/** A rendering's expected file is its page's (the -noborders print has no ruling lines). */
const page = (name: string) => name.replace(/-noborders$/, '');

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

import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { toCsv, toHtmlTable, toMarkdown, toTsv } from '../../lib/export';
import { loadDocument, loadExpected } from '../helpers/fixtures';

/** A figure printed with a note (the annotated variant of the real 2025 page): the number for Excel, the note beside it. */
const NAME = 'variant-annotated-pingtan-2025';
const { url } = loadExpected(NAME);
const report = analyse(loadDocument(NAME, url), url).report;
const now = new Date('2026-03-20T08:00:00Z');

describe('printed notes in the exports', () => {
  it.each([
    ['TSV', () => toTsv(report, { now })],
    ['CSV', () => toCsv(report, { now })],
    ['HTML', () => toHtmlTable(report, { now })],
    ['Markdown', () => toMarkdown(report, { now })],
  ])('%s lists every annotated cell as printed, under its table', (_, make) => {
    const out = make();
    for (const printed of ['58（其中修订16件）', '45（含自然失效29件）', '0（本年未制发）', '3（另有2件转办）']) expect(out).toContain(`原文为“${printed}”`);
    expect(out).toMatch(/原文为“151\\?\*”/);
  });

  it('keeps the cell itself a plain number', () => {
    const tsv = toTsv(report, { now });
    expect(tsv).toMatch(/行政规范性文件\t58\t45\t546/);
    expect(tsv).not.toMatch(/\t58（/);
  });

  it('adds no note line to a page without notes', () => {
    const { url: u } = loadExpected('pingtan-2025');
    const plain = analyse(loadDocument('pingtan-2025', u), u).report;
    expect(toTsv(plain, { now })).not.toContain('原文为');
  });
});

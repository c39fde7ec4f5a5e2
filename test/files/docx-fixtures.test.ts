import { describe, expect, it } from 'vitest';
import { analysePage } from '../../lib/cli/analyse-page';
import { readInput } from '../../lib/cli/read-input';
import { docxPath, expectLikeFixture } from './helpers';

/**
 * The .docx renderings of fixture pages (test/fixtures/tools/make-docx.mjs) read to the same
 * model and findings as the pages themselves, through the command line's reading path.
 */
const RENDERINGS: [docx: string, fixture: string][] = [
  ['seed-001-anhua-2021-word', 'seed-001-anhua-2021-word'],
  ['seed-003-jingyuan-2019-word', 'seed-003-jingyuan-2019-word'],
  ['pingtan-2025', 'pingtan-2025'],
  ['markup-units-2021', 'markup-units-2021'],
  // Title in a content control, tracked changes, a deleted row, hidden text, 表三 split in two.
  ['seed-001-anhua-2021-tracked', 'seed-001-anhua-2021-word'],
];

describe.each(RENDERINGS)('%s.docx', (docx, fixture) => {
  it(`reads like ${fixture}.html`, async () => {
    const page = await readInput(docxPath(docx));
    expect(page.kind).toBe('docx');
    expect(page.url).toMatch(/^file:\/\/.*\.docx$/);
    const report = analysePage(page);
    expect(report.source.url).toBe(page.url);
    expectLikeFixture(report, fixture);
  });
});

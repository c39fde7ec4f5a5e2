import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { analysePage } from '../../lib/cli/analyse-page';
import { readInput } from '../../lib/cli/read-input';
import type { Report } from '../../lib/model/types';
import { checkDraft, htmlFromClipboard } from '../../lib/ui/draft';
import { FIXTURES, loadExpected, modelCells } from '../helpers/fixtures';

/**
 * The seed texts (text copied out of five real reports, /work/shared/seeds, copied to
 * test/fixtures/seeds) as a reviewer gives them: a .txt file to the CLI, and plain text pasted
 * into the draft page. Each must read to the same figures and exactly the same findings as its
 * reviewed HTML rendering, agency and year included (they stand on the text's first line).
 */
const SEEDS: [file: string, fixture: string][] = [
  ['000_e011dd6770b40f30.txt', 'seed-000-wuhua-2020-plain'],
  ['001_43948e42974b10db.txt', 'seed-001-anhua-2021-pipe'],
  ['002_5e020ea6cd751a4c.txt', 'seed-002-yichuan-2020-tabs'],
  ['003_94af791356542937.txt', 'seed-003-jingyuan-2019-ie'],
  ['004_47c37cecacaa7283.txt', 'seed-004-furongzhen-2020-plain'],
];

const path = (f: string) => join(FIXTURES, 'seeds', f);
const key = (f: { rule: string; where: string }) => `${f.rule} @ ${f.where}`;
const values = (r: Report) => Object.fromEntries(Object.entries(modelCells(r)).map(([k, c]) => [k, c.value]));

function expectLikeFixture(report: Report, fixture: string) {
  const want = loadExpected(fixture);
  expect({ agency: report.agency, year: report.year, format: report.format }).toEqual({ agency: want.agency, year: want.year, format: want.format });
  expect(values(report)).toEqual(Object.fromEntries(Object.entries(want.cells ?? {}).map(([k, c]) => [k, c.value])));
  const got = new Set(report.findings.map(key));
  const required = (want.findings ?? []).map(key);
  const allowed = new Set([...required, ...(want.findingsAllowed ?? []).map(key)]);
  expect({ missing: required.filter((k) => !got.has(k)), extra: [...got].filter((k) => !allowed.has(k)) }).toEqual({ missing: [], extra: [] });
}

describe.each(SEEDS)('seed text %s', (file, fixture) => {
  it(`as a .txt file on the command line reads like ${fixture}`, async () => {
    expectLikeFixture(analysePage(await readInput(path(file))), fixture);
  });

  it('pasted as plain text into the draft page reads the same', () => {
    const text = readFileSync(path(file), 'utf8');
    const html = htmlFromClipboard({ getData: (t: string) => (t === 'text/plain' ? text : '') });
    const doc = new JSDOM(html!).window.document;
    expectLikeFixture(checkDraft(doc, analyse).report, fixture);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { strToU8, zipSync } from 'fflate';
import { expect } from 'vitest';
import type { Report } from '../../lib/model/types';
import { FIXTURES, loadExpected, modelCells } from '../helpers/fixtures';

/** jsdom's XML parser, as the CLI gives it to the file readers. */
const parser = new (new JSDOM('').window.DOMParser)();
export const parseXml = (xml: string) => parser.parseFromString(xml, 'application/xml');

export const docxPath = (name: string) => join(FIXTURES, 'docx', `${name}.docx`);
export const docxBytes = (name: string) => new Uint8Array(readFileSync(docxPath(name)));

const key = (f: { rule: string; where: string }) => `${f.rule} @ ${f.where}`;
const values = (r: Report) => Object.fromEntries(Object.entries(modelCells(r)).map(([k, c]) => [k, c.value]));

/** As test/core/seed-texts.test.ts compares a text with its page: same identity, figures and findings. */
export function expectLikeFixture(report: Report, fixture: string) {
  const want = loadExpected(fixture);
  expect({ agency: report.agency, year: report.year, format: report.format }).toEqual({ agency: want.agency, year: want.year, format: want.format });
  expect(values(report)).toEqual(Object.fromEntries(Object.entries(want.cells ?? {}).map(([k, c]) => [k, c.value])));
  const got = new Set(report.findings.map(key));
  const required = (want.findings ?? []).map(key);
  const allowed = new Set([...required, ...(want.findingsAllowed ?? []).map(key)]);
  expect({ missing: required.filter((k) => !got.has(k)), extra: [...got].filter((k) => !allowed.has(k)) }).toEqual({ missing: [], extra: [] });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
/** A minimal .docx whose body is `body` (WordprocessingML), zipped as Word would. */
export function makeDocx(body: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

export const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
export const tc = (text: string, pr = '') => `<w:tc><w:tcPr>${pr}</w:tcPr>${p(text)}</w:tc>`;

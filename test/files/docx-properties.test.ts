import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { bodyToHtml, docxCell } from '../../lib/files/docx-html';
import { readEntry, zipEntries } from '../../lib/files/zip';
import { parseXmlLite, type XmlNode } from '../../lib/files/xml-lite';
import { refKey } from '../../lib/model/types';
import { docxBytes } from './helpers';

/**
 * The property test of test/core/properties.test.ts on .docx renderings: change any one figure
 * of 表三 or 表四 in the document's XML (its w:t), read the document again, and an error must
 * name that cell; the cell is found again by the place its <td> says it came from.
 */
const URL = 'file:///report.docx';
const parser = new (new JSDOM('', { url: URL }).window.DOMParser)(); // one window for every read

function read(body: XmlNode) {
  const { html, title } = bodyToHtml(body);
  const doc = parser.parseFromString(`<html><head><title>${title}</title></head><body>${html}</body></html>`, 'text/html');
  return analyse(doc, URL, { assumeReport: true });
}

// Every figure of one rendering; every third of another (each read parses a page in jsdom).
describe.each([
  ['pingtan-2025', 1],
  ['markup-units-2021', 3],
] as const)('%s.docx', (name, step) => {
  const bytes = docxBytes(name);
  const entries = zipEntries(bytes);
  const xml = new TextDecoder().decode(readEntry(bytes, entries.get('word/document.xml')!, 1 << 26));
  const body = parseXmlLite(xml).documentElement.firstElementChild as XmlNode;
  const base = read(body);
  const keys = [...base.elements.keys()].filter((k) => /^(applications|reviewLitigation)\|/.test(k));

  it('reads 表三 and 表四 with each cell traced to its w:tc', () => {
    expect(keys.length).toBeGreaterThan(60);
    expect(base.report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('flags any single changed figure by its cell', { timeout: 180_000 }, () => {
    const unflagged: string[] = [];
    for (const key of keys.filter((_, i) => i % step === 0)) {
      const td = base.elements.get(key)!;
      const [t, r, c] = ['table', 'row', 'cell'].map((a) => Number(td.getAttribute(`data-docx-${a}`)));
      const runs = docxCell(body, t, r, c)!.getElementsByTagNameNS('*', 't') as XmlNode[];
      expect(runs.length, key).toBeGreaterThan(0);
      const saved = runs.map((w) => w.text);
      const old = Number.parseInt(saved.join('').replace(/\D/g, '') || '0', 10);
      runs.forEach((w, i) => (w.text = i ? '' : String(old + 7)));
      const { report } = read(body);
      runs.forEach((w, i) => (w.text = saved[i]));
      if (!report.findings.some((f) => f.severity === 'error' && f.cells.some((cell) => refKey(cell) === key))) unflagged.push(key);
    }
    expect(unflagged).toEqual([]);
  });
});

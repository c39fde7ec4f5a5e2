import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isFormulaLike, neutralise, tableToCsv, tableToHtml, tableToTsv, toCsv, toHtmlTable, toTsv } from '../../lib/export';
import type { Report } from '../../lib/model/types';
import { c, sample2019 } from './sample-report';

const HOSTILE = ['=HYPERLINK("http://evil.example/x","点我")', '+cmd|" /C calc"!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

describe('neutralise', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    for (const t of HOSTILE) {
      expect(isFormulaLike(t), JSON.stringify(t)).toBe(true);
      expect(neutralise(t)).toBe(`'${t}`);
    }
  });

  it('keeps real numbers, signed ones included, and dash placeholders', () => {
    for (const t of ['-2', '+3', '-475', '-475.5', '+453', '-1,234', '12%', '-', '—', '——', '–', '减2', '增 115', '/', '', '1-2']) {
      expect(neutralise(t), JSON.stringify(t)).toBe(t);
    }
    // A cell the model parsed as a number is never text, whatever it looks like.
    expect(neutralise('-2', true)).toBe('-2');
  });
});

/** 表二 of the 2019 sample with formulas in a label and in value cells beside real signed numbers. */
function hostileReport(): Report {
  const r = sample2019();
  r.active!.regulations = { made: c(null, HOSTILE[0]), published: c(null, HOSTILE[3]), totalPublic: c(3) };
  r.active!.normativeDocuments = { made: c(null, HOSTILE[1]), published: c(null, HOSTILE[2]), totalPublic: c(6) };
  r.legacy = { columns: ['=A1', '年度'], rows: [{ label: '\t=1+1', values: [c(-3), c(null, '-')] }] };
  return r;
}

/** Every cell text of the three spreadsheet flavours of 表二. */
function flavours(r: Report): Record<'tsv' | 'csv' | 'html', string[]> {
  const tsv = tableToTsv(r, 'active').split('\r\n').flatMap((l) => l.split('\t'));
  const csv = tableToCsv(r, 'active', { bom: false });
  const doc = new JSDOM(tableToHtml(r, 'active')).window.document;
  const html = [...doc.querySelectorAll('th, td, p')].map((x) => x.textContent ?? '');
  return { tsv, csv: [csv], html };
}

describe('no live formula in TSV, CSV or the HTML flavour', () => {
  const r = hostileReport();
  const f = flavours(r);

  it.each(['tsv', 'html'] as const)('%s: every cell is inert text or a number', (k) => {
    for (const text of f[k]) expect(isFormulaLike(text), `${k}: ${JSON.stringify(text)}`).toBe(false);
    for (const t of [HOSTILE[0], HOSTILE[3]]) expect(f[k]).toContain(`'${t}`);
  });

  it('csv: the same apostrophe, inside RFC 4180 quotes where needed', () => {
    expect(f.csv[0]).toContain(`"'=HYPERLINK(""http://evil.example/x"",""点我"")"`);
    expect(f.csv[0]).toContain(`,'@SUM(A1:A9),`);
    expect(f.csv[0]).not.toMatch(/(^|,)"?[=+@]/m);
  });

  it('keeps 本年增/减 numbers as numbers in all three', () => {
    const s = sample2019(); // change: +453 → 453, -475, 减2 → -2, "-" placeholder
    const tsv = tableToTsv(s, 'active');
    const csv = tableToCsv(s, 'active');
    const doc = new JSDOM(tableToHtml(s, 'active')).window.document;
    const cells = [...doc.querySelectorAll('td')].map((x) => x.textContent);
    for (const n of ['-475', '-2', '453']) {
      expect(tsv).toContain(`\t${n}\t`);
      expect(csv).toContain(`,${n},`);
      expect(cells).toContain(n);
    }
    expect(tsv).not.toContain("'-");
    expect(csv).not.toContain("'-");
    expect(cells.filter((x) => x?.startsWith("'"))).toEqual([]);
  });

  it('covers every table and label: the whole report, the legacy table too', () => {
    const all = [
      ...toTsv(r).split('\r\n').flatMap((l) => l.split('\t')),
      ...[...new JSDOM(toHtmlTable(r)).window.document.querySelectorAll('th, td, p')].map((x) => x.textContent ?? ''),
    ];
    for (const text of all) expect(isFormulaLike(text), JSON.stringify(text)).toBe(false);
    expect(toTsv(r)).toContain("'=A1\t");
    expect(toCsv(r)).toContain("\r\n'\t=1+1,,-3,-\r\n");
  });

  it('tells Excel to keep defused cells as text in the HTML flavour', () => {
    const doc = new JSDOM(tableToHtml(r, 'active')).window.document;
    const cell = [...doc.querySelectorAll('td')].find((x) => x.textContent === `'${HOSTILE[0]}`)!;
    expect(cell.getAttribute('style')).toContain('mso-number-format:"\\@"');
  });
});

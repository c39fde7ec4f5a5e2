import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectReport } from '../../lib/detect';
import { examples, TABLE3_HTML, type Example } from '../../lib/detect/examples';

const URL = 'https://www.example.gov.cn/zwgk/zfxxgk/zfxxgknb/202401/t20240129_1926722.shtml';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const doc = (html: string) => new JSDOM(html).window.document;

const PROSE = '<div class="TRS_Editor"><p>根据《中华人民共和国政府信息公开条例》，现公布本年度政府信息公开工作情况。</p></div>';
/** Negatives carry a report-like body: the title alone must reject them. */
const REPORT_LIKE = `<div class="TRS_Editor"><p>一、总体情况</p><p>全年主动公开政府信息1200条。</p>${TABLE3_HTML}</div>`;

/** The ways a title reaches the detector. */
function pages(ex: Example, fire: boolean): [string, Document][] {
  if (typeof ex !== 'string') return [[ex.note, doc(ex.html)]];
  const t = esc(ex);
  return [
    ['<title>', doc(`<html><head><title>${t}</title></head><body>${fire ? PROSE : REPORT_LIKE}</body></html>`)],
    [
      '<meta ArticleTitle>',
      doc(`<html><head><meta name="ArticleTitle" content="${t}"><title>XX县人民政府</title></head><body>${fire ? PROSE : REPORT_LIKE}</body></html>`),
    ],
    ['<h1> under a site-name title', doc(`<html><head><title>XX县人民政府门户网站</title></head><body><h1>${t}</h1>${PROSE}</body></html>`)],
  ];
}

const label = (ex: Example) => (typeof ex === 'string' ? ex : ex.note);

describe('isReport fires', () => {
  it.each(examples.isReport.fire.map((e) => [label(e), e] as const))('%s', (_, ex) => {
    for (const [how, d] of pages(ex, true)) {
      const r = detectReport(d, URL);
      expect({ how, isReport: r.isReport, reason: r.reason }).toMatchObject({ how, isReport: true });
    }
  });
});

describe('isReport does not fire', () => {
  it.each(examples.isReport.notFire.map((e) => [label(e), e] as const))('%s', (_, ex) => {
    for (const [how, d] of pages(ex, false)) {
      const r = detectReport(d, URL);
      expect({ how, isReport: r.isReport, reason: r.reason }).toMatchObject({ how, isReport: false });
    }
  });
});

it('has enough examples', () => {
  expect(examples.isReport.fire.length).toBeGreaterThanOrEqual(20);
  expect(examples.isReport.notFire.length).toBeGreaterThanOrEqual(20);
});

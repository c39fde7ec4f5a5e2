import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { parseHtml } from '../helpers/fixtures';

/** Hostile input never throws and stays fast (bounds are generous: they catch hangs, not ms). */
const URL = 'http://www.example.gov.cn/zwgk/xxgknb/t1.html';
const TITLE = '<title>某县人民政府2023年政府信息公开工作年度报告</title>';

function check(html: string, limitMs = 5000) {
  const doc = parseHtml(html, URL);
  const start = performance.now();
  const { report } = analyse(doc, URL, { assumeReport: true });
  expect(performance.now() - start).toBeLessThan(limitMs);
  expect(report.schemaVersion).toBe(1);
  return report;
}

describe('hostile pages', () => {
  it('random tag soup', () => {
    const piece = fc.oneof(
      fc.constantFrom('<table>', '</table>', '<tr>', '</tr>', '<td rowspan="0">', '<td colspan="65534">', '<th rowspan=3>', '<p>', '</p>', '<br>', '<div>', '&nbsp;', '本年新收', '总计', '自然人', '行政复议', '36', '0', '/', '（七）总计', '<?xml:namespace prefix=o>', '<o:p></o:p>', '</td>', '<TD ROWSPAN=2>', '|', '\t', '\n'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (parts) => {
        check(TITLE + parts.join(''));
      }),
      { numRuns: 200 },
    );
  });

  it('1,000 nested tables', () => {
    check(TITLE + '<table><tr><td>'.repeat(1000) + '本年新收 36' + '</td></tr></table>'.repeat(1000));
  });

  it('a 10,000-row table', () => {
    const rows = Array.from({ length: 10000 }, (_, i) => `<tr><td>${i % 7 === 0 ? '本年新收' : '1.属于国家秘密'}</td><td>${i}</td><td>0</td></tr>`).join('');
    check(`${TITLE}<table><tr><td>自然人</td><td>总计</td></tr>${rows}</table>`);
  });

  it('absurd spans', () => {
    check(`${TITLE}<table><tr><td colspan="65534" rowspan="65534">申请人情况</td><td rowspan="0">自然人</td></tr><tr><td colspan="-3">本年新收</td><td colspan="1e9">36</td></tr><tr><td rowspan="abc">x</td></tr></table>`);
  });

  it('a 5 MB page', () => {
    const para = '<p>2023年，本县政府信息公开工作稳步推进，共收到政府信息公开申请36件。</p>';
    const html = TITLE + para.repeat(Math.ceil((5 * 1024 * 1024) / para.length / 3));
    expect(html.length).toBeGreaterThan(1_700_000);
    check(html, 20000);
  });
});

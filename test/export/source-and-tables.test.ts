import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isoDate, sourceLine, tableToCsv, tableToHtml, tableToTsv, toCsv, toHtmlTable, toMarkdown, toMemo, toTsv } from '../../lib/export';
import { sample2019, sample2021, sampleLegacy } from './sample-report';

const NOW = new Date(2026, 0, 5, 23, 59); // local time: the date is the reviewer's calendar day
const TITLES = { active: '二、主动公开政府信息情况', applications: '三、收到和处理政府信息公开申请情况', reviewLitigation: '四、政府信息公开行政复议、行政诉讼情况' };

describe('the source line', () => {
  it('names agency, year, template, page and the day checked, from the date it is given', () => {
    const line = sourceLine(sample2021(), { now: NOW });
    expect(line).toBe(
      '来源：五华县人民政府 · 2021 年度报告 · 2021 版模板（国办公开办函〔2021〕30号） · https://www.example.gov.cn/xxgk/t20220125_1.html · 核对日期 2026-01-05',
    );
    expect(isoDate(new Date(2026, 10, 9))).toBe('2026-11-09');
    expect(sourceLine(sample2019(), { now: NOW })).toContain('靖远县人民政府 · 2020 年度报告 · 2019 版模板（国办公开办函〔2019〕60号）');
    expect(sourceLine(sampleLegacy())).toContain('模板：2019 年以前的统计表');
    expect(sourceLine(sample2021())).not.toContain('核对日期'); // no date given, none invented
  });

  it('falls back to the title for the agency and keeps page text on one line', () => {
    const r = { ...sample2021(), agency: null, year: null, source: { url: 'http://x.gov.cn/a\tb\nc', title: '某某局2020年政府信息公开工作年度报告' } };
    expect(sourceLine(r, { now: NOW })).toBe('来源：某某局 · 2021 版模板（国办公开办函〔2021〕30号） · http://x.gov.cn/a b c · 核对日期 2026-01-05');
  });

  it('opens every copy and export', () => {
    const r = sample2021();
    const line = sourceLine(r, { now: NOW });
    expect(toTsv(r, { now: NOW }).split('\r\n').slice(0, 2)).toEqual([line, '']);
    expect(tableToTsv(r, 'applications', { now: NOW }).startsWith(`${line}\r\n\r\n${TITLES.applications}\r\n`)).toBe(true);
    expect(toCsv(r, { now: NOW }).startsWith(`\uFEFF${line}\r\n\r\n`)).toBe(true);
    expect(tableToCsv(r, 'reviewLitigation', { now: NOW, bom: false }).startsWith(`${line}\r\n\r\n${TITLES.reviewLitigation}\r\n`)).toBe(true);
    for (const html of [toHtmlTable(r, { now: NOW }), tableToHtml(r, 'active', { now: NOW })]) {
      expect(new JSDOM(html).window.document.querySelector('p')!.textContent).toBe(line);
    }
    const md = toMarkdown(r, { now: NOW });
    expect(md).toContain('- 来源：<https://www.example.gov.cn/xxgk/t20220125_1.html>\n');
    expect(md).toContain('- 机关：五华县人民政府\n- 年度：2021 年度报告\n- 模板：2021 版模板（国办公开办函〔2021〕30号）\n- 核对日期：2026-01-05\n');
    const memo = toMemo(r, { now: NOW }).text;
    for (const part of ['五华县人民政府', '2021', 'https://www.example.gov.cn/xxgk/t20220125_1.html', '2026-01-05']) expect(memo).toContain(part);
  });
});

describe('per-table copies', () => {
  const r = sample2021();
  it.each(Object.entries(TITLES))('%s: its own title and rows, no other table', (id, title) => {
    const tsv = tableToTsv(r, id as keyof typeof TITLES);
    const others = Object.values(TITLES).filter((t) => t !== title);
    expect(tsv).toContain(`\r\n${title}\r\n`);
    for (const o of others) expect(tsv).not.toContain(o);
    const doc = new JSDOM(tableToHtml(r, id as keyof typeof TITLES)).window.document;
    expect(doc.querySelectorAll('table')).toHaveLength(1);
    expect(doc.querySelector('table')!.dataset.table).toBe(id);
    // The TSV rows are the HTML table's rows (same cells, spans filled).
    const rows = tsv.split('\r\n').slice(3, -1);
    expect(rows).toHaveLength(doc.querySelectorAll('tr').length);
  });

  it('a table the report lacks copies as nothing', () => {
    expect(tableToTsv(sampleLegacy(), 'applications')).toBe('');
    expect(tableToHtml(sampleLegacy(), 'active')).toBe('');
  });
});

describe('copy all: each table its own block', () => {
  it('TSV: a blank line and the title before each table', () => {
    const lines = toTsv(sample2021()).split('\r\n');
    for (const t of Object.values(TITLES)) expect(lines[lines.indexOf(t) - 1]).toBe('');
  });

  it('HTML: one <table> per table, an empty paragraph and the title between, one column grid for all', () => {
    const doc = new JSDOM(toHtmlTable(sample2021())).window.document;
    const tables = [...doc.querySelectorAll('table')];
    expect(tables.map((t) => t.dataset.table)).toEqual(Object.keys(TITLES));
    for (const [i, t] of tables.entries()) {
      expect(t.previousElementSibling!.textContent).toBe(Object.values(TITLES)[i]);
      expect(t.previousElementSibling!.previousElementSibling!.outerHTML).toBe('<p><br></p>');
    }
    // Calc cuts one grid at every table's column edges: the same width list everywhere keeps them aligned.
    const widths = tables.map((t) => [...t.querySelectorAll('col')].map((c) => Number(c.getAttribute('width'))));
    const longest = widths.reduce((a, b) => (b.length > a.length ? b : a));
    for (const w of widths) expect(w).toEqual(longest.slice(0, w.length));
    for (const t of tables) {
      const cols = [...t.querySelectorAll('col')].map((c) => Number(c.getAttribute('width')));
      const grid: boolean[][] = [];
      [...t.rows].forEach((tr, r) => {
        let c = 0;
        for (const cell of tr.cells) {
          while (grid[r]?.[c]) c++;
          for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) (grid[r + dr] ??= [])[c + dc] = true;
          const want = cols.slice(c, c + cell.colSpan).reduce((a, b) => a + b, 0);
          expect(Number(cell.getAttribute('width')), cell.textContent!).toBe(want);
          c += cell.colSpan;
        }
      });
    }
  });
});

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { csvFileName, escapeMd, tableToHtml, toHtmlTable, toJson, toMarkdown, toTsv } from '../../lib/export';
import { sample2019, sample2021, sampleLegacy } from './sample-report';

/** Read a table back into a rectangle, honouring rowspan/colspan like a spreadsheet would. */
function readTable(table: HTMLTableElement): string[][] {
  const out: string[][] = [];
  Array.from(table.rows).forEach((tr, r) => {
    out[r] ??= [];
    let c = 0;
    for (const td of Array.from(tr.cells)) {
      while (out[r][c] !== undefined) c++;
      for (let dr = 0; dr < td.rowSpan; dr++)
        for (let dc = 0; dc < td.colSpan; dc++) (out[r + dr] ??= [])[c + dc] = dr || dc ? '' : td.textContent!;
      c += td.colSpan;
    }
  });
  return out;
}

describe('toHtmlTable', () => {
  it('is well-formed and reads back to the same cells as the TSV', () => {
    for (const r of [sample2021(), sample2019(), sampleLegacy()]) {
      const html = toHtmlTable(r);
      const doc = new JSDOM(`<body>${html}</body>`).window.document;
      const tables = Array.from(doc.querySelectorAll('table'));
      // The TSV without filled labels is the same grid as the merged HTML.
      const tsvBlocks = toTsv(r, { fill: false }).split('\r\n\r\n').slice(1).map((b) => b.split('\r\n').filter(Boolean).map((l) => l.split('\t')));
      expect(tables).toHaveLength(tsvBlocks.length);
      tables.forEach((t, i) => {
        expect(t.previousElementSibling!.textContent).toBe(tsvBlocks[i][0][0]);
        const expected = tsvBlocks[i].slice(1).map((row) => row.map((x) => x.replace(/\s+/g, '')));
        const got = readTable(t).map((row) => row.map((x) => x.replace(/\s+/g, ''))); // <br> reads back as nothing
        expect(got).toEqual(expected);
      });
    }
  });

  it('keeps the official merges of 表三', () => {
    const doc = new JSDOM(tableToHtml(sample2021(), 'applications')).window.document;
    const th = (text: string) => Array.from(doc.querySelectorAll('th')).find((x) => x.textContent === text)!;
    expect(th('三、本年度办理结果').rowSpan).toBe(22);
    expect(th('（三）不予公开').rowSpan).toBe(8);
    expect(th('（六）其他处理').rowSpan).toBe(3);
    expect(th('申请人情况').colSpan).toBe(7);
    expect(th('一、本年新收政府信息公开申请数量').colSpan).toBe(3);
  });

  it('escapes text and marks printed text as text for Excel', () => {
    const html = toHtmlTable(sampleLegacy());
    expect(html).toContain('=HYPERLINK(&quot;x&quot;)');
    expect(html).not.toContain('<script');
    const r = sampleLegacy();
    r.legacy!.rows[0].label = '<script>alert(1)</script>&';
    const doc = new JSDOM(toHtmlTable(r)).window.document;
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelectorAll('tbody th')[0].textContent).toBe('<script>alert(1)</script>&');
    const dash = Array.from(doc.querySelectorAll('td')).find((x) => x.textContent === '—')!;
    expect(dash.getAttribute('style')).toContain('mso-number-format');
  });
});

describe('toMarkdown', () => {
  it('has headings, flattened labels and a findings list', () => {
    const md = toMarkdown(sample2021());
    expect(md).toMatch(/^# 五华县人民政府 2021 年政府信息公开工作年度报告\n/);
    expect(md).toContain('- 模板：2021 版模板（国办公开办函〔2021〕30号）');
    expect(md).toContain('| 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 | 140 | 141 | 142 | 143 | 144 | 145 | 855 |');
    expect(md).toContain('| 行政诉讼 / 复议后起诉 / 总计 | 45 |');
    expect(md).toContain('| 第二十条第（八）项 / 行政事业性收费 |');
    expect(md).toContain('- **错误**：自然人：');
    expect(md).not.toContain('applications.balance'); // no rule ids for a Chinese reader
    expect(md).toContain('附件 \\| 报告.pdf');
    // Every table row has as many unescaped pipes as its header.
    for (const block of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const counts = block.split('\n').map((l) => l.replace(/\\\|/g, '').split('|').length);
      expect(new Set(counts).size).toBe(1);
    }
  });

  it('escapes pipes and line breaks inside cells', () => {
    expect(escapeMd('a|b\nc')).toBe('a\\|b c');
    const r = sampleLegacy();
    r.legacy!.rows[0].label = '收到|申请数';
    expect(toMarkdown(r)).toContain('| 收到\\|申请数 | 件 | 12 | 300 |');
    expect(toMarkdown({ ...r, detected: false })).toContain('不是政府信息公开工作年度报告');
  });
});

describe('toJson and file names', () => {
  it('prints the validated model and refuses an invalid one', () => {
    const r = sample2019();
    expect(JSON.parse(toJson(r))).toEqual(r);
    expect(toJson(r)).toContain('\n  "schemaVersion": 1,');
    expect(() => toJson({ ...r, schemaVersion: 2 } as never)).toThrow(/schemaVersion/);
  });

  it('builds a safe CSV file name', () => {
    expect(csvFileName({ ...sample2021(), year: 2020 })).toBe('五华县人民政府-2020-政府信息公开工作年度报告.csv');
    expect(csvFileName({ ...sample2021(), agency: 'A/B:C*?"<>|局\t' })).toBe('ABC局-2021-政府信息公开工作年度报告.csv');
    expect(csvFileName({ ...sample2021(), agency: null, year: null, source: { url: '', title: '沭阳县发展和改革局2023年政府信息公开年度报告' } })).toBe(
      '沭阳县发展和改革局-政府信息公开工作年度报告.csv',
    );
  });
});

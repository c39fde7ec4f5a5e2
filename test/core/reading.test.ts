import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { toGrid } from '../../lib/grid';
import { parseCell } from '../../lib/values';
import { norm } from '../../lib/text';
import { parseHtml } from '../helpers/fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/fixtures';

describe('grid', () => {
  const cell = (text: string, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan });
  it('expands spans so a group label stands on every row it spans', () => {
    const g = toGrid([[cell('三、本年度办理结果', 2), cell('(一)予以公开'), cell('27')], [cell('(二)部分公开'), cell('0')]]);
    expect(g.rows.map((r) => r.map((c) => c?.text))).toEqual([
      ['三、本年度办理结果', '(一)予以公开', '27'],
      ['三、本年度办理结果', '(二)部分公开', '0'],
    ]);
    expect(g.rows[1][0]?.id).toBe(g.rows[0][0]?.id);
  });
  it('survives overlaps, rowspan 0, absurd and ragged spans', () => {
    const g = toGrid([[cell('a', 0, 65534), cell('b')], [cell('c', 2, -1)], []]);
    expect(g.width).toBeLessThanOrEqual(256);
    expect(g.rows.length).toBe(3);
    expect(g.rows.every((r) => r.length === g.width)).toBe(true);
  });
});

describe('values', () => {
  it.each([
    ['36', 36, undefined], ['３６', 36, undefined], ['', null, undefined], ['/', null, undefined], ['—', null, undefined],
    ['无', null, undefined], ['增 115', 115, undefined], ['+453', 453, undefined], ['减2', -2, undefined], ['-475', -475, undefined],
    ['51447.2 万元', 51447.2, '万元'], ['357595 元', 357595, '元'], ['00', 0, undefined], ['12件', 12, '件'], ['1,234', 1234, undefined], ['abc', null, undefined],
  ] as [string, number | null, string | undefined][])('%j reads as %j', (text, value, unit) => {
    const c = parseCell(text);
    expect([c.value, c.text, c.unit]).toEqual([value, text, unit]);
  });
});

describe('text', () => {
  it('normalises widths, whitespace, quotes and traditional label characters', () => {
    expect(norm('（三）不予公开 1．屬於國家秘密 ３６\u00a0危及“三安全一稳定” 總計 行政處罰')).toBe('(三)不予公开1.属于国家秘密36危及"三安全一稳定"总计行政处罚');
  });
});

describe('reading what readers see', () => {
  it('ignores a hidden copy of the tables with other figures', () => {
    const page = readFileSync(join(FIXTURES, 'pingtan-2025.html'), 'utf8');
    const i = page.indexOf('<table');
    const j = page.lastIndexOf('</table>') + 8;
    const hidden = `<div style="display: none"><p>共收到政府信息公开申请999件。</p>${page.slice(i, j).replace('>148<', '>999<')}</div>`;
    const url = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm';
    const { report } = analyse(parseHtml(page.slice(0, i) + hidden + page.slice(i), url), url);
    expect(report.applications?.rows.resultTotal?.total).toEqual({ value: 148, text: '148' });
    expect(report.findings).toEqual([]);
  });
});

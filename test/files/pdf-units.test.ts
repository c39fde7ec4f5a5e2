import { describe, expect, it } from 'vitest';
import { joinText } from '../../lib/files/pdf-lines';
import { mayHoldTable, splitRun, type Run } from '../../lib/files/pdf-load';

const run = (str: string, x: number, w: number, size = 6): Run => ({ str, x, y: 100, w, h: size, size, vertical: false });

describe('splitRun: one pdf.js item over several cells', () => {
  it('splits at the spaces, each word where its share of the width puts it', () => {
    // "社会公益组织 法律服务机构 其他" drawn in three 40 pt columns from x = 436.
    const parts = splitRun(run('社会公益组织 法律服务机构 其他', 436, 88));
    expect(parts.map((p) => p.str)).toEqual(['社会公益组织', '法律服务机构', '其他']);
    const centres = parts.map((p) => p.x + p.w / 2);
    expect(centres[0]).toBeLessThan(474);
    expect(centres[1]).toBeGreaterThan(474);
    expect(centres[1]).toBeLessThan(514);
    expect(centres[2]).toBeGreaterThan(514);
  });

  it('leaves a run without inner spaces, and vertical runs, alone', () => {
    expect(splitRun(run('3119', 10, 20))).toHaveLength(1);
    expect(splitRun({ ...run('三、本年', 10, 6), vertical: true })).toHaveLength(1);
  });
});

describe('joinText and mayHoldTable', () => {
  it('joins Chinese lines without a space and words with one', () => {
    expect(joinText('2.其他法律行政法规禁', '止公开')).toBe('2.其他法律行政法规禁止公开');
    expect(joinText('hzzwgk@126.com', 'abc')).toBe('hzzwgk@126.com abc');
  });

  it('sees a table where a line has a wide gap, not in prose', () => {
    expect(mayHoldTable([run('2023年，我区在政府网站平台主动公开政府信息', 80, 240, 12), run('1136', 320, 24, 12)])).toBe(false);
    expect(mayHoldTable([run('行政处罚', 81, 48, 12), run('4119', 362, 24, 12)])).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { parseXmlLite } from '../../lib/files/xml-lite';

describe('parseXmlLite', () => {
  it('reads elements, prefixed names, attributes, entities, CDATA; skips comments, PIs and the declaration', () => {
    const { documentElement: root } = parseXmlLite(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- c --><w:document xmlns:w="ns"><w:body a='1' w:val="x &amp; &lt;y&gt; &#x4E00;&#20108;"><w:t xml:space="preserve"> a &quot;b&quot; &apos;c&apos; </w:t><w:t><![CDATA[<raw>&amp;]]></w:t><?pi x?><w:br/></w:body></w:document>`,
    );
    expect(root.localName).toBe('document');
    const body = root.firstElementChild!;
    expect(body.localName).toBe('body');
    expect(Array.from(body.attributes)).toEqual([{ localName: 'a', value: '1' }, { localName: 'val', value: 'x & <y> 一二' }]);
    const [t1, t2, br] = body.getElementsByTagNameNS('*', '*');
    expect([t1.textContent, t2.textContent, br.localName]).toEqual([' a "b" \'c\' ', '<raw>&amp;', 'br']);
    expect(body.textContent).toBe(' a "b" \'c\' <raw>&amp;');
    expect(root.getElementsByTagNameNS('*', 't')).toHaveLength(2);
  });

  it.each([
    ['unclosed', '<a><b></a>'],
    ['stray <', '<a>1 < 2</a>'],
    ['two roots', '<a/><b/>'],
    ['text outside', 'x<a/>'],
    ['empty', ''],
    ['unterminated comment', '<a><!-- x</a>'],
    ['unterminated attribute', '<a b="x></a>'],
    ['an internal DTD subset (entity definitions)', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
  ])('throws on malformed XML: %s', (_, xml) => {
    expect(() => parseXmlLite(xml)).toThrow();
  });

  it('leaves unknown entities as written and never expands definitions', () => {
    expect(parseXmlLite('<a>&nbsp;&#0;</a>').documentElement.textContent).toBe('&nbsp;&#0;');
  });

  it('stays linear on hostile input and bounds nesting', () => {
    const t0 = performance.now();
    expect(() => parseXmlLite(`<a>${'<!--'.repeat(200_000)}</a>`)).toThrow();
    expect(() => parseXmlLite(`<a ${'b="1" '.repeat(100_000)}`)).toThrow();
    expect(() => parseXmlLite('<a>'.repeat(10_000) + '</a>'.repeat(10_000))).toThrow(/deep/);
    expect(parseXmlLite(`<a>${'<b>x</b>'.repeat(200_000)}</a>`).documentElement.getElementsByTagNameNS('*', 'b')).toHaveLength(200_000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('formatNumber', () => {
  it('writes the numbers Chinese reports use', async () => {
    const { formatNumber } = await import('../../lib/files/docx-numbering');
    const f = (fmt: string, ns: number[]) => ns.map((n) => formatNumber(n, fmt));
    expect(f('chineseCounting', [1, 10, 11, 20, 23, 99, 100])).toEqual(['一', '十', '十一', '二十', '二十三', '九十九', '100']);
    expect(f('chineseLegalSimplified', [3, 12])).toEqual(['叁', '拾贰']);
    expect(f('ideographTraditional', [1, 10])).toEqual(['甲', '癸']);
    expect(f('decimalEnclosedCircle', [1, 20, 21])).toEqual(['①', '⑳', '21']);
    expect(f('decimalFullWidth', [12])).toEqual(['１２']);
    expect(f('upperRoman', [4, 9, 14])).toEqual(['IV', 'IX', 'XIV']);
    expect(f('lowerLetter', [1, 27])).toEqual(['a', 'aa']);
    expect(f('bullet', [1])).toEqual(['']);
    expect(f('decimal', [7])).toEqual(['7']);
  });
});

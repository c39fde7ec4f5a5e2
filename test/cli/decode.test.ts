import { describe, expect, it } from 'vitest';
import { charsetFromContentType, charsetFromMeta, decodeHtml, normaliseCharset } from '../../lib/decode';
import { encodeGbk } from './gbk';

const NIANBAO_GBK = [0xc4, 0xea, 0xb1, 0xa8]; // "年报" in GBK, written by hand
const ascii = (s: string) => Array.from(new TextEncoder().encode(s));
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));

describe('charset sniffing', () => {
  it('maps the GBK family to gb18030 and rejects unknown labels', () => {
    for (const l of ['gbk', 'GB2312', 'x-gbk', 'cp936', 'gb18030', '"gbk"']) expect(normaliseCharset(l)).toBe('gb18030');
    expect(normaliseCharset('UTF8')).toBe('utf-8');
    expect(normaliseCharset('big5')).toBe('big5');
    expect(normaliseCharset('no-such-charset')).toBeNull();
    expect(charsetFromContentType('text/html; charset=gbk')).toBe('gb18030');
    expect(charsetFromContentType('text/html;charset="UTF-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
  });

  it('reads <meta charset> and <meta http-equiv> in the first 2 KB only', () => {
    expect(charsetFromMeta(bytes('<html><head><meta charset="gb2312"><title>'))).toBe('gb18030');
    expect(charsetFromMeta(bytes('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">'))).toBe('gb18030');
    expect(charsetFromMeta(bytes('<meta name="keywords" content="年报"><meta charset=utf-8>'))).toBe('utf-8');
    expect(charsetFromMeta(bytes(' '.repeat(3000), '<meta charset="gbk">'))).toBeNull();
  });
});

describe('decodeHtml', () => {
  it('decodes a hand-written GBK string declared by <meta>', () => {
    const d = decodeHtml(bytes('<meta charset="gb2312"><title>', NIANBAO_GBK, '</title>'));
    expect(d.text).toBe('<meta charset="gb2312"><title>年报</title>');
    expect(d).toMatchObject({ charset: 'gb18030', source: 'meta' });
  });

  it('prefers the HTTP header, then the BOM over both', () => {
    expect(decodeHtml(bytes('<p>', NIANBAO_GBK), 'text/html; charset=gbk')).toMatchObject({ text: '<p>年报', source: 'header' });
    const utf8 = bytes([0xef, 0xbb, 0xbf], '<meta charset="gbk"><p>', ascii(''), Array.from(new TextEncoder().encode('年报')));
    expect(decodeHtml(utf8, 'text/html; charset=gbk')).toMatchObject({ text: '<meta charset="gbk"><p>年报', source: 'bom' });
  });

  it('falls back to gb18030 when undeclared bytes are not UTF-8', () => {
    const d = decodeHtml(bytes('<p>', NIANBAO_GBK, '</p>'));
    expect(d).toMatchObject({ text: '<p>年报</p>', charset: 'gb18030', source: 'default' });
    expect(decodeHtml(new TextEncoder().encode('<p>年报</p>'))).toMatchObject({ text: '<p>年报</p>', charset: 'utf-8' });
  });

  it('overrides a wrong UTF-8 declaration but not one stray byte in a UTF-8 page', () => {
    const page = encodeGbk('<meta charset="utf-8"><h1>五华县人民政府2020年政府信息公开工作年度报告</h1>');
    expect(decodeHtml(page).text).toContain('五华县人民政府2020年');
    const good = new TextEncoder().encode('<meta charset="utf-8"><h1>五华县人民政府2020年政府信息公开工作年度报告</h1>');
    const stray = new Uint8Array([...good, 0xff]);
    expect(decodeHtml(stray)).toMatchObject({ charset: 'utf-8' });
    expect(decodeHtml(stray).text).toContain('五华县人民政府');
  });
});

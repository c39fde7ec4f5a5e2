import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { tableInput } from '../../lib/dom/table-input';
import { docxToHtml } from '../../lib/files/docx';
import { toGrid } from '../../lib/grid';
import { norm } from '../../lib/text';
import { articleRoot } from '../../lib/detect';
import { FIXTURES, loadExpected, parseHtml } from '../helpers/fixtures';
import { docxBytes, makeDocx, p, parseXml, tc } from './helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The built-in XML reader (the default) and a DOM's DOMParser (what an extension page may pass) read alike.
describe.each([
  ['the built-in XML reader', undefined],
  ["jsdom's DOMParser", parseXml],
] as const)('docxToHtml with %s', (_, parser) => {
  const html = (body: string) => docxToHtml(makeDocx(body), parser);
  const doc = (body: string) => new JSDOM(html(body)).window.document;

  it('turns gridSpan into colspan and vMerge restart/continue into rowspan, with each cell\'s place', () => {
    const d = doc(
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
        `<w:tr>${tc('项目', '<w:vMerge w:val="restart"/>')}${tc('申请人情况', '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr>${tc('', '<w:vMerge/>')}${tc('自然人')}${tc('总计')}</w:tr>` +
        `<w:tr>${tc('', '<w:vMerge w:val="continue"/>')}${tc('1')}${tc('1')}</w:tr>` +
        `<w:tr>${tc('新收')}${tc('2')}${tc('2')}</w:tr></w:tbl>`,
    );
    const tds = [...d.querySelectorAll('td')];
    expect(tds.map((td) => [td.textContent, td.rowSpan, td.colSpan])).toEqual([
      ['项目', 3, 1], ['申请人情况', 1, 2], ['自然人', 1, 1], ['总计', 1, 1], ['1', 1, 1], ['1', 1, 1], ['新收', 1, 1], ['2', 1, 1], ['2', 1, 1],
    ]);
    const where = (td: Element) => ['table', 'row', 'cell'].map((k) => td.getAttribute(`data-docx-${k}`)).join('/');
    expect(tds.map(where)).toEqual(['0/0/0', '0/0/1', '0/1/1', '0/1/2', '0/2/1', '0/2/2', '0/3/0', '0/3/1', '0/3/2']);
  });

  it('reads text as it would print: insertions, content controls and field results kept; deletions, moves away, hidden text and field codes dropped', () => {
    const body =
      '<w:p><w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent><w:r><w:t>标</w:t></w:r></w:sdtContent></w:sdt>' +
      '<w:ins w:id="1"><w:r><w:t>题</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>错</w:delText></w:r></w:del>' +
      '<w:moveFrom w:id="3"><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t>一</w:t></w:r></w:moveTo>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>二</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:hyperlink r:id="x" xmlns:r="r"><w:r><w:t>链</w:t></w:r></w:hyperlink></w:p>' +
      '<w:sdt><w:sdtContent><w:p><w:r><w:t>块级控件</w:t></w:r></w:p></w:sdtContent></w:sdt>';
    expect([...doc(body).querySelectorAll('p')].map((e) => e.textContent)).toEqual(['标题一二3链', '块级控件']);
  });

  it('keeps line breaks and tabs, and escapes every text', () => {
    const out = html('<w:p><w:r><w:t>a&lt;b&gt;&amp;"</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t><w:tab/><w:t>e</w:t></w:r></w:p><w:p><w:r><w:t>&lt;script&gt;alert(1)&lt;/script&gt;</w:t></w:r></w:p>');
    expect(out).toContain('<p>a&lt;b&gt;&amp;&quot;<br>c<br>d\te</p>');
    expect(out).not.toContain('<script>');
    expect(new JSDOM(out).window.document.querySelectorAll('script')).toHaveLength(0);
  });

  it('reads nested tables as tables of their own, inside their cell', () => {
    const inner = `<w:tbl><w:tr>${tc('内')}${tc('5')}</w:tr></w:tbl>`;
    const d = doc(`<w:tbl><w:tr><w:tc>${p('外')}${inner}<w:p/></w:tc>${tc('1')}</w:tr></w:tbl>`);
    const [outer, nested] = [...d.querySelectorAll('table')];
    expect(nested.parentElement?.closest('table')).toBe(outer);
    expect(nested.querySelector('td')?.getAttribute('data-docx-table')).toBe('1');
    expect(outer.querySelectorAll(':scope > tbody > tr > td')).toHaveLength(2);
  });

  it('drops rows deleted with tracked changes, reads rows and cells inside content controls, and gridBefore as an empty lead cell', () => {
    const d = doc(
      '<w:tbl>' +
        `<w:tr>${tc('a')}${tc('b')}${tc('c')}</w:tr>` +
        `<w:tr><w:trPr><w:del w:id="1"/></w:trPr>${tc('删')}${tc('9')}${tc('9')}</w:tr>` +
        `<w:sdt><w:sdtContent><w:tr><w:sdt><w:sdtContent>${tc('x')}</w:sdtContent></w:sdt>${tc('1')}${tc('2')}</w:tr></w:sdtContent></w:sdt>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('3')}${tc('4')}</w:tr></w:tbl>`,
    );
    const rows = [...d.querySelectorAll('tr')].map((tr) => [...tr.children].map((td) => td.textContent));
    expect(rows).toEqual([['a', 'b', 'c'], ['x', '1', '2'], ['', '3', '4']]);
    expect(d.querySelectorAll('tr')[1].firstElementChild?.getAttribute('data-docx-row')).toBe('2'); // the row's index in the XML
  });

  it('titles the page with the report\'s first lines (a title over two lines joined)', () => {
    const d = doc(`${p('某某县人民政府')}${p('2023年政府信息公开工作年度报告')}${p('本报告根据《条例》编制。')}`);
    expect(d.title).toBe('某某县人民政府2023年政府信息公开工作年度报告');
    const attached = doc(`${p('附件2')}${p('某某政办发〔2024〕3号')}${p('某某县人民政府2023年政府信息公开工作年度报告')}`);
    expect(attached.title).toBe('某某县人民政府2023年政府信息公开工作年度报告');
    const one = doc(`${p('关于印发通知')}${p('正文')}`);
    expect(one.title).toBe('关于印发通知');
  });

  it("prints Word's automatic numbering: by style or by paragraph, restarted lists, levels, bullets and numId 0 left out", () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const lvl = (i: number, fmt: string, text: string, suff = '') => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${suff}</w:lvl>`;
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）', '<w:suff w:val="nothing"/>')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.', '<w:suff w:val="nothing"/>')}</w:abstractNum><w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '•')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num><w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num></w:numbering>`;
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="H1"><w:basedOn w:val="Base"/></w:style><w:style w:type="paragraph" w:styleId="Base"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const np = (text: string, pr: string) => `<w:p><w:pPr>${pr}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const num = (id: number, lvl = 0) => `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;
    const body =
      np('总体情况', '<w:pStyle w:val="H1"/>') + np('加强领导', num(1, 1)) + np('完善制度', num(1, 1)) + np('主动公开', '<w:pStyle w:val="H1"/>') + np('强化责任', num(1, 1)) +
      `<w:tbl><w:tr><w:tc>${np('属于国家秘密', num(2))}</w:tc></w:tr><w:tr><w:tc>${np('其他', num(2))}</w:tc></w:tr><w:tr><w:tc>${np('重新开始', num(3))}</w:tc></w:tr></w:tbl>` +
      np('要点', num(4)) + np('不编号', '<w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr>') +
      `<w:p><w:pPr>${num(2)}<w:rPr><w:del w:id="9"/></w:rPr></w:pPr><w:del w:id="8"><w:r><w:delText>删去的一项</w:delText></w:r></w:del></w:p>` + np('最后', num(2));
    const d = new JSDOM(docxToHtml(makeDocx(body, { 'word/numbering.xml': numbering, 'word/styles.xml': styles }), parser)).window.document;
    expect([...d.querySelectorAll('p')].map((e) => e.textContent)).toEqual([
      '一、 总体情况', '（一）加强领导', '（二）完善制度', '二、 主动公开', '（一）强化责任', '1.属于国家秘密', '2.其他', '1.重新开始', '要点', '不编号', '3.最后',
    ]);
  });

  it('reads a table pasted as a picture as an image, so the report says its tables are images', () => {
    const pic = (cx: string, cy: string) => `<w:p><w:r><w:drawing><wp:inline xmlns:wp="wp"><wp:extent cx="${cx}" cy="${cy}"/></wp:inline></w:drawing></w:r></w:p>`;
    const d = new JSDOM(html(`${p('某县人民政府2023年政府信息公开工作年度报告')}${pic('5715000', '3810000')}${pic('1e400', 'x')}`), { url: 'file:///r.docx' }).window.document;
    expect([...d.querySelectorAll('img')].map((i) => [i.getAttribute('width'), i.getAttribute('height')])).toEqual([['600', '400']]);
    const { report } = analyse(d, 'file:///r.docx', { assumeReport: true });
    expect(report.findings.map((f) => f.rule)).toContain('structure.image');
  });

  it('follows _rels/.rels to a main part Word did not name document.xml', () => {
    const bytes = makeDocx('', {
      '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>',
      'word/document2.xml': `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('第二个正文')}</w:body></w:document>`,
    });
    expect(docxToHtml(bytes, parser)).toContain('<p>第二个正文</p>');
  });
});

/** A .docx table is the same logical grid as the pasted table it was made from. */
describe.each(['seed-001-anhua-2021-word', 'seed-003-jingyuan-2019-word', 'pingtan-2025', 'markup-units-2021'])('%s.docx', (name) => {
  it('gives the same table grids as the page, with either XML parser', () => {
    const grids = (tables: Element[]) =>
      tables.map((t) => toGrid(tableInput(t)).rows.map((row) => row.map((c) => norm(c?.text ?? '')).join('|')).filter((r) => r.replace(/\|/g, '')));
    const page = parseHtml(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'), loadExpected(name).url);
    const root = articleRoot(page) ?? page.body;
    const html = docxToHtml(docxBytes(name));
    expect(docxToHtml(docxBytes(name), parseXml)).toBe(html); // jsdom's DOMParser reads it alike
    const fromDocx = new JSDOM(html).window.document;
    expect(grids([...fromDocx.querySelectorAll('table')])).toEqual(grids([...root.querySelectorAll('table')]));
    expect(analyse(fromDocx, 'file:///r.docx', { assumeReport: true }).report.detected).toBe(true);
  });
});

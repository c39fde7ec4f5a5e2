import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleRoot, countContentImages, detectAttachments, detectReport, parseTitle } from '../../lib/detect';
import { TABLE3_HTML } from '../../lib/detect/examples';

const URL = 'https://www.example.gov.cn/zwgk/xxgk/gknb/202401/t20240129_1926722.shtml';
const doc = (html: string) => new JSDOM(html).window.document;

describe('agency and year from the title', () => {
  it.each([
    ['五华县人民政府2020年政府信息公开工作年度报告', '五华县人民政府', 2020],
    ['五华县人民政府 2020 年政府信息公开 工作年度报告', '五华县人民政府', 2020],
    ['平潭综合实验区2025年度政府信息公开工作年度报告_政府信息公开年报_平潭综合实验区党工委管委会', '平潭综合实验区', 2025],
    ['靖远县人民政府信息公开工作2019年度报告', '靖远县人民政府', 2019],
    ['安化县人民政府2021年信息公开工作年度报告', '安化县人民政府', 2021],
    ['芙蓉镇 2020 年政府信息公开工作年度报告', '芙蓉镇', 2020],
    ['2022年上海市政府信息公开工作年度报告', '上海市', 2022],
    ['沭阳县发展和改革局2023年政府信息公开年度报告', '沭阳县发展和改革局', 2023],
    ['伊川县人民政府2020年政府信息公开工作年度报告', '伊川县人民政府', 2020],
    ['广州市天河区人民政府2021年政务信息公开年度报告', '广州市天河区人民政府', 2021],
    ['XX县人民政府政府信息公开工作年度报告', 'XX县人民政府', null],
    ['XX县政府信息公开工作年度报告（2015年）', 'XX县', 2015],
    ['政府信息公开工作年度报告（2023年）_XX县人民政府', null, 2023],
    ['關於XX縣2023年政府信息公開工作年度報告', 'XX縣', 2023],
    ['关于XX县人民政府2023年政府信息公开工作年度报告', 'XX县人民政府', 2023],
    ['2023年度政府信息公开工作年度报告（衡阳市教育局）', '衡阳市教育局', 2023],
    ['２０２４年度湘潭县政府信息公开工作年度报告', '湘潭县', 2024],
    ['二〇二三年度宁乡市卫生健康局政府信息公开工作年度报告', '宁乡市卫生健康局', 2023],
    ['【长沙县】2022年政府信息公开工作年度报告', '长沙县', 2022],
    ['平潭綜合實驗區2025年度政府信息公開工作年度報告', '平潭綜合實驗區', 2025],
    ['2023年度政府信息公开工作年度报告', null, 2023],
    ['XX县1998年政府信息公开工作年度报告', 'XX县', null],
  ])('%s', (title, agency, year) => {
    const t = parseTitle(title);
    expect(t && { agency: t.agency, year: t.year, reject: t.reject }).toEqual({ agency, year, reject: null });
  });
});

describe('detectReport', () => {
  it('reads the agency from <meta name="ContentSource"> when the title has none', () => {
    const d = doc(`<html><head><meta name="ContentSource" content="衡阳市 教育局"><title>2023年度政府信息公开工作年度报告_衡阳市人民政府</title></head><body><p>一、总体情况</p></body></html>`);
    expect(detectReport(d, URL)).toMatchObject({ isReport: true, agency: '衡阳市教育局', year: 2023 });
  });

  it('reads the agency from the metadata block (发布机构) as a last resort', () => {
    const d = doc(`<html><head><title>2023年政府信息公开工作年度报告 - 政府信息公开</title></head><body>
      <table class="xxgk_table"><tr><td>索引号：</td><td>000014349/2024-00012</td><td>分类：</td><td>信息公开年报</td></tr>
      <tr><td>发布机构：</td><td>XX县 人民政府办公室</td><td>发文日期：</td><td>2024-01-20</td></tr></table>
      <div class="TRS_Editor"><p>一、总体情况</p></div></body></html>`);
    expect(detectReport(d, URL)).toMatchObject({ isReport: true, agency: 'XX县人民政府办公室', year: 2023 });
  });

  it('accepts a frame document holding only the tables, and reports why', () => {
    const d = doc(`<html><head><meta name="ContentSource" content="XX县民政局"></head><body>${TABLE3_HTML}</body></html>`);
    expect(detectReport(d, URL)).toMatchObject({ isReport: true, title: '', agency: 'XX县民政局', year: null });
    expect(detectReport(d, URL).reason).toMatch(/statistics table/);
  });

  it('does not look at tables when the title names something else', () => {
    const d = doc(`<html><head><title>XX县2023年政府工作报告_XX县人民政府</title></head><body>${TABLE3_HTML}</body></html>`);
    expect(detectReport(d, URL)).toMatchObject({ isReport: false, reason: 'title names no report' });
  });

  it('says no for copies served outside *.gov.cn, yes for files and drafts', () => {
    const d = doc(`<html><head><title>XX县2023年政府信息公开工作年度报告</title></head><body></body></html>`);
    expect(detectReport(d, 'https://www-xx-gov-cn.mirror.example.com/t1.html').isReport).toBe(false);
    expect(detectReport(d, 'file:///tmp/report.html').isReport).toBe(true);
    expect(detectReport(d, 'draft:').isReport).toBe(true);
    expect(detectReport(d, 'http://gov.cn/a').isReport).toBe(true);
  });

  it('decides an ordinary page from its title alone, without touching the body', () => {
    const d = doc(`<html><head><title>XX市人民政府关于印发优化营商环境实施方案的通知_XX市人民政府</title></head><body>${TABLE3_HTML}</body></html>`);
    for (const key of ['body', 'links', 'querySelector', 'querySelectorAll', 'getElementsByTagName', 'createTreeWalker'] as const)
      Object.defineProperty(d, key, { get: () => { throw new Error(`read ${key}`); } });
    expect(detectReport(d, URL)).toMatchObject({ isReport: false, reason: 'title names no report' });
  });

  it('never throws on an empty document', () => {
    const d = new JSDOM('').window.document;
    expect(detectReport(d, URL).isReport).toBe(false);
    d.documentElement.removeChild(d.body);
    expect(() => detectReport(d, URL)).not.toThrow();
  });
});

describe('the real page pingtan-2025.html', () => {
  const url = 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/t20260313_105587.htm';
  const d = doc(readFileSync('/work/shared/pages/pingtan-2025.html', 'utf8'));

  it('is a report of 平潭综合实验区 for 2025', () => {
    expect(detectReport(d, url)).toMatchObject({
      isReport: true,
      title: '平潭综合实验区2025年度政府信息公开工作年度报告',
      agency: '平潭综合实验区',
      year: 2025,
    });
  });

  it('has its article in div.TRS_Editor', () => {
    const root = articleRoot(d);
    expect(root.className).toBe('TRS_Editor');
    expect(root.querySelectorAll('table').length).toBeGreaterThanOrEqual(3);
  });

  it('has no attachment (the 文件下载 link has no address) and no content image', () => {
    expect(detectAttachments(d, url)).toEqual([]);
    expect(countContentImages(d)).toBe(0);
  });
});

describe('articleRoot', () => {
  it('follows the selector list', () => {
    for (const cls of ['article_content', 'TRS_UEDITOR']) {
      const d = doc(`<body><div class="header"><p>首页</p></div><div class="${cls}"><p>一、总体情况。全年主动公开政府信息1200条。</p></div></body>`);
      expect(articleRoot(d).className).toBe(cls);
    }
    const d = doc(`<body><div id="zoom"><p>一、总体情况。全年主动公开政府信息1200条。</p></div></body>`);
    expect(articleRoot(d).id).toBe('zoom');
  });

  it('finds a Hanweb article by its comment markers', () => {
    const d = doc(`<body><div class="nav"><a href="/">首页</a></div><div id="c1"><!--<$[信息内容]>begin--><p>一、总体情况。全年主动公开政府信息1200条。</p><!--<$[信息内容]>end--></div></body>`);
    expect(articleRoot(d).id).toBe('c1');
  });

  it('else takes the element with the most paragraph and table text', () => {
    const long = '全年主动公开政府信息1200条，其中规范性文件12件。'.repeat(10);
    const d = doc(`<body><div id="nav"><p>首页</p><p>政务公开</p></div><div id="x"><div id="body"><p>${long}</p><p>${long}</p>${TABLE3_HTML}</div></div><div id="foot"><p>版权所有</p></div></body>`);
    expect(articleRoot(d).id).toBe('body');
  });

  it('else the body', () => {
    const d = doc('<body><span>x</span></body>');
    expect(articleRoot(d)).toBe(d.body);
  });
});

describe('detectAttachments', () => {
  it('finds PDF/DOC/WPS/OFD links by address or text, resolved, in the article region only', () => {
    const d = doc(`<html><head></head><body>
      <div class="nav"><a href="/guide.pdf">办事指南.pdf</a></div>
      <div class="TRS_Editor"><p>附件：<a href="./P020240129.pdf">xx县2023年政府信息公开工作年度报告.pdf</a></p>
        <p><a href="../../att/1.docx">附件2</a></p><p><a href="/download?id=7">报告全文.wps</a></p>
        <p><a href="javascript:void(0)">文件下载</a></p><p><a href="/other.html">相关新闻</a></p></div>
      <div class="article_attachment"><a href="/att/report.OFD?v=1"><img src="/i/ofd.png"></a><a href="/dl/9">文件下载</a></div>
      <div class="footer"><a href="/x.doc">x.doc</a></div></body></html>`);
    const base = 'https://www.xx.gov.cn/zwgk/xxgknb/202401/t20240129_1.html';
    expect(detectAttachments(d, base)).toEqual([
      { url: 'https://www.xx.gov.cn/zwgk/xxgknb/202401/P020240129.pdf', text: 'xx县2023年政府信息公开工作年度报告.pdf' },
      { url: 'https://www.xx.gov.cn/zwgk/att/1.docx', text: '附件2' },
      { url: 'https://www.xx.gov.cn/download?id=7', text: '报告全文.wps' },
      { url: 'https://www.xx.gov.cn/att/report.OFD?v=1', text: 'report.OFD' },
      { url: 'https://www.xx.gov.cn/dl/9', text: '文件下载' },
    ]);
  });

  it('honours <base href>', () => {
    const d = doc(`<html><head><base href="https://files.xx.gov.cn/up/"></head><body><div class="TRS_Editor"><a href="a.pdf">a.pdf</a></div></body></html>`);
    expect(detectAttachments(d, 'https://www.xx.gov.cn/t.html')).toEqual([{ url: 'https://files.xx.gov.cn/up/a.pdf', text: 'a.pdf' }]);
  });
});

describe('countContentImages', () => {
  it('counts the article images, not icons, logos or page furniture', () => {
    const d = doc(`<body><div class="header"><img src="/images/site_logo.png"><img src="/images/top.jpg"></div>
      <div class="TRS_Editor"><p>一、总体情况</p>
        <p><img src="./W020240129_1.png" width="600"></p><p><img src="./W020240129_2.jpg" style="width: 554px"></p>
        <p><img src="./W020240129_3.jpg"></p><p><img src="/i/pdf.gif" width="16" height="16"></p>
        <p><img src="/images/qrcode.png"></p><p><img src="./W4.jpg" style="height:20px"></p><img></div>
      <div class="footer"><img src="/images/red.png"></div></body>`);
    expect(countContentImages(d)).toBe(3);
  });
});

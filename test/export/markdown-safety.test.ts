import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeMd, mdUrl, toMarkdown } from '../../lib/export';
import type { Report } from '../../lib/model/types';
import { c, sample2021 } from './sample-report';

/** Page text that would load, link, run or reformat something if passed through as Markdown. */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '![](http://evil.example/track.png)',
  '[点我](javascript:alert(1))',
  '[ref]: http://evil.example/ref',
  '<http://evil.example/auto>',
  'http://evil.example/bare',
  'www.evil.example',
  'someone@evil.example',
  '&lt;b&gt; &amp; &#x3C;',
  '`code` ``x``',
  '*em* **strong** _em_ __strong__ ~~del~~',
  '# 标题 ##',
  '> 引用',
  '- 列表',
  '1. 列表',
  '| 表格 | 分隔 |',
  'a\\',
];

// The most permissive common setup: raw HTML on, bare URLs linked (GitHub-like), tables on.
const md = new MarkdownIt({ html: true, linkify: true });
const render = (s: string) => new JSDOM(md.render(s)).window.document;

function hostileReport(url = 'https://www.example.gov.cn/a_b/t1.html'): Report {
  const r = sample2021();
  r.source = { url, title: 't' };
  r.agency = '<img src=x onerror=alert(1)>局';
  HOSTILE.forEach((t, i) => {
    const items = Object.values(r.applications!.rows.denied!);
    items[i % items.length]!.natural = c(null, t);
  });
  r.active!.regulations.issued = c(null, HOSTILE.join(' '));
  r.findings[0].message = `消息 ${HOSTILE.join(' ')}`;
  return r;
}

describe('escapeMd: page text renders as itself and loads nothing', () => {
  it.each(HOSTILE)('%s', (text) => {
    const escaped = escapeMd(text);
    expect(escaped).not.toMatch(/(?<!\\)</);
    expect(escaped).not.toMatch(/(?<!\\)\]\(/);
    expect(escaped).not.toMatch(/javascript(?!\\:):/i);
    // Rendered as a paragraph after a fixed prefix (as toMarkdown writes it): the same text back, no elements.
    const p = render(`- 值：${escaped}`).querySelector('li')!;
    expect(p.textContent).toBe(`值：${text.replace(/\s*[\r\n]+\s*/g, ' ')}`);
    expect(p.querySelectorAll('*').length).toBe(0);
  });
});

describe('toMarkdown with hostile page text', () => {
  it('renders to text only: no image, link, script, code or emphasis, and every text is there', () => {
    const r = hostileReport();
    const doc = render(toMarkdown(r, { now: new Date(2026, 0, 5) }));
    expect(doc.querySelectorAll('img, script, code, em, del, blockquote, ol, hr').length).toBe(0);
    // Lists are ours alone: the source block and the findings, each item starting with our own words.
    expect([...doc.querySelectorAll('li')].every((li) => /^(来源|机关|年度|模板|核对日期|错误|警告|提示)/.test(li.textContent!))).toBe(true);
    // The only bold text is each finding's severity.
    expect([...doc.querySelectorAll('strong')].map((x) => x.textContent)).toEqual(['错误', '警告', '提示']);
    // The one link is the page's own http(s) address.
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://www.example.gov.cn/a_b/t1.html']);
    expect(doc.querySelectorAll('[onerror], [onclick]').length).toBe(0);
    const text = doc.body.textContent!;
    for (const t of HOSTILE) expect(text).toContain(t.replace(/\s*[\r\n]+\s*/g, ' '));
    // Headings are ours alone: the document title, the tables, the findings.
    expect([...doc.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName)).toEqual(['H1', 'H2', 'H2', 'H2', 'H2']);
    // Table rows keep their columns: a "|" in page text does not add cells.
    for (const table of doc.querySelectorAll('table')) {
      const widths = [...table.querySelectorAll('tr')].map((tr) => tr.children.length);
      expect(new Set(widths).size).toBe(1);
    }
  });

  it('makes only http(s) source addresses links', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'JaVaScRiPt:alert(1)']) {
      const out = toMarkdown(hostileReport(url));
      expect(out).not.toMatch(/javascript(?!\\:):/i);
      const doc = render(out);
      expect(doc.querySelectorAll('a, script').length, url).toBe(0);
      expect(doc.body.textContent).toContain(url);
    }
    expect(mdUrl('https://a.gov.cn/x y')).toBe(escapeMd('https://a.gov.cn/x y')); // not one address: text
    expect(mdUrl('https://a.gov.cn/a>b<c"d')).toBe('<https://a.gov.cn/a%3Eb%3Cc%22d>');
    const a = render(`- ${mdUrl('https://a.gov.cn/a>b<c"d')}`).querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://a.gov.cn/a%3Eb%3Cc%22d');
  });
});

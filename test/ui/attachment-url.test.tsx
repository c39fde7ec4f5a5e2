// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { allowedUrl, detectAttachments } from '@/lib/detect/attachments';

const BASE = 'http://www.pingtan.gov.cn/zwgk/ndbg/t1.html';
const page = (links: string) =>
  new DOMParser().parseFromString(`<html><head><title>平潭2025年政府信息公开工作年度报告</title></head><body><div class="TRS_Editor"><p>详见附件。</p>${links}</div></body></html>`, 'text/html');

describe('attachment links: only http(s) on *.gov.cn', () => {
  it('drops hostile hrefs that the browser would run or load (tab, control character, data:, vbscript:)', () => {
    const hostile = ['java&#9;script:alert(1)//a.pdf', '&#1;javascript:alert(1)//a.pdf', ' JaVaScRiPt:alert(1)', 'data:application/pdf;base64,JVBERi0=',
      'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'blob:http://www.pingtan.gov.cn/x', 'file:///etc/passwd.pdf', 'ftp://ftp.pingtan.gov.cn/a.pdf'];
    const d = page(hostile.map((h) => `<p><a href="${h}">报告全文.pdf</a></p>`).join(''));
    expect(detectAttachments(d, BASE)).toEqual([]);
  });

  it('drops other hosts, including look-alikes, and keeps *.gov.cn over http and https', () => {
    const d = page(['http://evil.example/a.pdf', 'https://gov.cn.evil.example/b.pdf', 'https://xgov.cn/c.pdf', './P1.pdf', 'https://files.pingtan.gov.cn/d.docx', 'https://www.gov.cn/e.pdf']
      .map((h) => `<p><a href="${h}">${h.split('/').pop()}</a></p>`).join(''));
    expect(detectAttachments(d, BASE).map((a) => a.url)).toEqual([
      'http://www.pingtan.gov.cn/zwgk/ndbg/P1.pdf', 'https://files.pingtan.gov.cn/d.docx', 'https://www.gov.cn/e.pdf',
    ]);
  });

  it('parses as the browser does', () => {
    expect(allowedUrl('java\tscript:alert(1)', BASE)).toBeNull();
    expect(allowedUrl('\u0001javascript:alert(1)', BASE)).toBeNull();
    expect(allowedUrl('HTTPS://WWW.PINGTAN.GOV.CN./a.pdf', BASE)).toBe('https://www.pingtan.gov.cn./a.pdf');
    expect(allowedUrl('//www.pingtan.gov.cn/a.pdf', BASE)).toBe('http://www.pingtan.gov.cn/a.pdf');
    expect(allowedUrl('a.pdf', 'draft:')).toBeNull();
    // A page saved to disk and read by the CLI keeps its relative links (never fetched by the extension).
    expect(allowedUrl('a.pdf', 'file:///tmp/page.html')).toBe('file:///tmp/a.pdf');
    expect(allowedUrl('file:///etc/passwd', BASE)).toBeNull();
  });
});

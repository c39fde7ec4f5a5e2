import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { attachmentUrl, fromAttachment } from '../../lib/review/attachment';
import type { Report } from '../../lib/model/types';
import { FIXTURES } from '../helpers/fixtures';

/** A fixture page read at its own address (or `url`), as the review reads it. */
function read(name: string, url?: string): Report {
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
  const at = url ?? expected.url;
  const dom = new JSDOM(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'), { url: at });
  return analyse(dom.window.document, at).report;
}

/** The attachment-only page with its links replaced by `links` (href, text). */
function withLinks(links: [string, string][]): Report {
  const page = readFileSync(join(FIXTURES, 'markup-attachment-only.html'), 'utf8');
  const url = 'http://www.shiyang.gov.cn/zwgk/zfxxgknb/202401/t20240125_1926722.shtml';
  const dom = new JSDOM(page, { url });
  const doc = dom.window.document;
  const a = [...doc.querySelectorAll('a')].find((x) => /\.pdf/.test(x.getAttribute('href') ?? ''))!;
  for (const [href, text] of links) {
    const b = doc.createElement('a');
    b.setAttribute('href', href);
    b.textContent = text;
    a.parentElement!.insertBefore(b, a);
  }
  a.remove();
  return analyse(doc, url).report;
}

describe('attachmentUrl', () => {
  it('the real page that only links its report (twice): that PDF', () => {
    expect(attachmentUrl(read('variant-attachment-pingtan-2025'))).toBe(
      'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202603/P020260313365871187562.pdf',
    );
  });

  it('a page announcing the report with “附件：….pdf”: that file', () => {
    expect(attachmentUrl(read('markup-attachment-only'))).toBe('http://www.shiyang.gov.cn/zwgk/zfxxgknb/202401/P020240125519804311277.pdf');
  });

  it('a report with its own tables, or not a report: none', () => {
    expect(attachmentUrl(read('real/pingtan-2023'))).toBeNull();
    expect(attachmentUrl(read('not-notice'))).toBeNull();
  });

  it('a saved copy of the page: its relative link points at a file never saved, none', () => {
    expect(attachmentUrl(read('markup-attachment-only', 'file:///tmp/saved/page.html'))).toBeNull();
  });

  it('.doc, .wps and .ofd cannot be read: none', () => {
    const r = withLinks([['./a.doc', '石羊县2023年政府信息公开工作年度报告.doc'], ['./b.wps', '年度报告.wps'], ['./c.ofd', '年度报告.ofd']]);
    expect(r.findings.map((f) => f.rule)).toContain('structure.attachment');
    expect(attachmentUrl(r)).toBeNull();
  });

  it('several files: the report’s own, not its 解读; a .docx before a PDF; a /download link named by its text', () => {
    const base = 'http://www.shiyang.gov.cn/zwgk/zfxxgknb/202401/';
    expect(attachmentUrl(withLinks([['./jd.pdf', '2023年年度报告解读.pdf'], ['./nb.pdf', '石羊县2023年政府信息公开工作年度报告.pdf']]))).toBe(`${base}nb.pdf`);
    expect(attachmentUrl(withLinks([['./nb.pdf', '年度报告.pdf'], ['./nb.docx', '年度报告.docx']]))).toBe(`${base}nb.docx`);
    expect(attachmentUrl(withLinks([['/download?id=7', '石羊县2023年政府信息公开工作年度报告.pdf']]))).toBe('http://www.shiyang.gov.cn/download?id=7');
  });
});

describe('fromAttachment', () => {
  it('keeps the file’s findings and tables, and takes agency and year from the page when the file lacks them', () => {
    const page = read('variant-attachment-pingtan-2025');
    const file = { ...read('real/pingtan-2023'), agency: null, year: null };
    const r = fromAttachment(page, file);
    expect([r.agency, r.year]).toEqual(['平潭综合实验区', 2025]);
    expect(r.applications).toBe(file.applications);
    expect(fromAttachment(page, read('real/pingtan-2023')).year).toBe(2023);
  });
});

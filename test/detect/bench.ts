/**
 * Local measurement of detectReport's cost (not a test: timings flake). Run:
 *   npx tsx test/detect/bench.ts            # jsdom, then Chromium (/usr/bin/chromium) if present
 * Prints the median and p95 per page, in milliseconds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { detectReport } from '../../lib/detect';
import { TABLE3_HTML } from '../../lib/detect/examples';

const URL = 'https://www.xx.gov.cn/art/2024/1/29/art_1_2.html';

/** A big ordinary page: ~2.4 MB, 5,000 links, 300 tables. */
function bigPage(title: string, head = ''): string {
  const nav = Array.from({ length: 5000 }, (_, i) => `<li class="item"><a href="/art/2024/${i}.html" title="关于开展第${i}批项目申报工作的通知">关于开展第${i}批项目申报工作的通知</a><span class="date">2024-01-${(i % 28) + 1}</span></li>`).join('\n');
  const tables = Array.from({ length: 300 }, (_, i) => `<table class="data"><tr><th>指标</th><th>本月</th><th>同比</th></tr>${'<tr><td>地区生产总值</td><td>123.4</td><td>5.1%</td></tr>'.repeat(8)}<tr><td>表${i}</td><td></td><td></td></tr></table>`).join('\n');
  const prose = `<p style="text-indent:2em">${'为深入贯彻落实党中央、国务院决策部署，进一步优化营商环境，现就有关事项通知如下。'.repeat(20)}</p>`.repeat(700);
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<title>${title}</title><script>var a=1;</script></head><body>
<div class="header"><div class="nav"><ul>${nav}</ul></div></div><div class="main"><div class="content">${prose}${tables}</div></div><div class="footer">版权所有</div></body></html>`;
}

const pages: Record<string, string> = {
  'ordinary article (informative title)': bigPage('XX市人民政府关于印发XX市优化营商环境实施方案的通知_XX市人民政府'),
  'ordinary article with ArticleTitle meta': bigPage('XX市人民政府', '<meta name="ArticleTitle" content="XX市人民政府关于印发XX市优化营商环境实施方案的通知">'),
  'home page (site-name title: bounded body look)': bigPage('XX市人民政府门户网站'),
  'frame holding only the tables': `<html><head><title></title></head><body>${TABLE3_HTML}</body></html>`,
  'real report page (pingtan-2025.html)': readFileSync('/work/shared/pages/pingtan-2025.html', 'utf8'),
};

function stats(times: number[]): string {
  const s = [...times].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(4)} ms, p95 ${q(0.95).toFixed(4)} ms`;
}

function jsdomBench(): void {
  console.log('## jsdom 29 (Node %s)', process.version);
  for (const [name, html] of Object.entries(pages)) {
    const doc = new JSDOM(html).window.document;
    const r = detectReport(doc, URL);
    for (let i = 0; i < 20; i++) detectReport(doc, URL); // warm up
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      detectReport(doc, URL);
      times.push(performance.now() - t0);
    }
    console.log(`${name} (${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB): isReport=${r.isReport} [${r.reason}] — ${stats(times)}`);
  }
}

async function chromiumBench(): Promise<void> {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(exe)) return console.log('(no Chromium: skipped)');
  const bundle = execFileSync('npx', ['esbuild', 'lib/detect/index.ts', '--bundle', '--format=iife', '--global-name=Detect', '--minify', '--charset=utf8'], { encoding: 'utf8' });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  console.log('## Chromium %s', browser.version());
  for (const [name, html] of Object.entries(pages)) {
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    const out = await page.evaluate((url) => {
      const D = (globalThis as unknown as { Detect: { detectReport: (d: Document, u: string) => { isReport: boolean; reason: string } } }).Detect;
      const r = D.detectReport(document, url);
      for (let i = 0; i < 50; i++) D.detectReport(document, url);
      const times: number[] = [];
      // performance.now() is coarse in the page (100 µs): time batches of 50 calls.
      for (let i = 0; i < 100; i++) {
        const t0 = performance.now();
        for (let j = 0; j < 50; j++) D.detectReport(document, url);
        times.push((performance.now() - t0) / 50);
      }
      return { r, times, links: document.links.length, tables: document.getElementsByTagName('table').length };
    }, URL);
    console.log(`${name} (${out.links} links, ${out.tables} tables): isReport=${out.r.isReport} [${out.r.reason}] — ${stats(out.times)}`);
  }
  await browser.close();
}

jsdomBench();
await chromiumBench();

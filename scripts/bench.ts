/**
 * npm run bench: median times, in-process, on this machine. Prints a Markdown table for the
 * README. Detection is what every .gov.cn page pays; reading and checking only reports do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyse } from '../lib/analyse';
import { docxToHtml } from '../lib/files/docx';
import { pdfToHtml } from '../lib/files/pdf';
import { detectReport } from '../lib/detect';
import { fixtureNames, FIXTURES, loadExpected, parseHtml } from '../test/helpers/fixtures';
import { cliPageRows } from './bench-cli';
import { browserRecognitionRows, columnRow, listRecognitionRows } from './bench-list';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);

function median(fn: () => void, runs = RUNS): number {
  for (let i = 0; i < 3; i++) fn(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function bigOrdinaryPage(): string {
  const links = Array.from({ length: 5000 }, (_, i) => `<li><a href="/xw/${i}.html">关于开展第${i}期政务服务培训的通知</a><span>2023-05-${(i % 28) + 1}</span></li>`).join('');
  const tables = Array.from({ length: 50 }, (_, i) => `<table><tr><td>序号</td><td>项目</td><td>金额</td></tr><tr><td>${i}</td><td>道路建设</td><td>${i * 13}</td></tr></table>`).join('');
  const text = '<p>为深入贯彻落实党中央、国务院决策部署，全面推进政务公开工作，现将有关事项通知如下。</p>'.repeat(8000);
  return `<html><head><title>关于开展2023年政务服务培训的通知_通知公告_某某市人民政府</title></head><body><div class="nav"><ul>${links}</ul></div>${tables}${text}</body></html>`;
}

const rows: string[] = [];
const fmt = (ms: number) => (ms < 0.1 ? ms.toFixed(3) : ms.toFixed(2));
/** The floor no reader can beat: every cell's text, once (the same run, the same DOM). */
function bareWalk(doc: Document): number {
  let n = 0;
  for (const c of Array.from(doc.querySelectorAll('td,th'))) n += (c.textContent ?? '').length;
  return n;
}

console.log(`| page | size | detect (ms, median) | read + check (ms, median) | bare cell walk (ms) | ratio | findings |`);
console.log(`|---|---:|---:|---:|---:|---:|---:|`);
for (const name of fixtureNames()) {
  const { url, detected } = loadExpected(name);
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const doc = parseHtml(html, url);
  const d = median(() => detectReport(doc, url));
  const a = detected ? median(() => analyse(doc, url)) : NaN;
  const w = median(() => bareWalk(doc));
  const findings = detected ? analyse(doc, url).report.findings.length : 0;
  const ratio = detected && w > 0.05 ? `${(a / w).toFixed(1)}×` : '–';
  rows.push(`| ${name} | ${(html.length / 1024).toFixed(0)} KB | ${fmt(d)} | ${detected ? fmt(a) : '–'} | ${fmt(w)} | ${ratio} | ${detected ? findings : '–'} |`);
}
const big = bigOrdinaryPage();
const bigDoc = parseHtml(big, 'http://www.example.gov.cn/xw/tzgg/t1.html');
rows.push(`| (large ordinary page: 5,000 links, 50 tables) | ${(Buffer.byteLength(big) / 1048576).toFixed(1)} MB | ${fmt(median(() => detectReport(bigDoc, 'http://www.example.gov.cn/xw/tzgg/t1.html')))} | – | – | – | – |`);
// .docx renderings: everything from the file's bytes (unzip, XML, HTML, parse, read + check).
const htmlParser = new (new JSDOM('').window.DOMParser)();
for (const name of ['seed-001-anhua-2021-word', 'pingtan-2025']) {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'docx', `${name}.docx`)));
  const check = () => analyse(htmlParser.parseFromString(docxToHtml(bytes), 'text/html'), `file:///${name}.docx`, { assumeReport: true });
  rows.push(`| ${name}.docx | ${(bytes.length / 1024).toFixed(0)} KB | – | ${fmt(median(check))} | – | – | ${check().report.findings.length} |`);
}
// PDF reports: from the file's bytes too (pdf.js text runs and lines, tables, HTML, parse, read + check).
for (const name of ['hongze-2023', 'huaian-2024']) {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'pdf', `${name}.pdf`)));
  const check = async () => analyse(htmlParser.parseFromString(await pdfToHtml(bytes), 'text/html'), `file:///${name}.pdf`);
  const times: number[] = [];
  for (let i = 0; i < 3 + Math.min(RUNS, 20); i++) {
    const t = performance.now();
    await check();
    if (i >= 3) times.push(performance.now() - t); // after pdf.js and its worker have loaded
  }
  times.sort((a, b) => a - b);
  rows.push(`| ${name}.pdf | ${(bytes.length / 1024).toFixed(0)} KB | – | ${fmt(times[Math.floor(times.length / 2)])} | – | – | ${(await check()).report.findings.length} |`);
}
for (const r of rows) console.log(r);
// List pages (scripts/bench-list.ts) and the CLI's DOMs (scripts/bench-cli.ts).
const bigPage = { html: big, url: 'http://www.example.gov.cn/xw/tzgg/t1.html' };
for (const r of [...listRecognitionRows(median, bigPage), '', ...(await browserRecognitionRows(bigPage)), '', ...cliPageRows(), '', '| the whole CLI run (default DOM) | time |', '|---|---:|', await columnRow()]) console.log(r);

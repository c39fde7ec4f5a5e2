// A local 年报 column under a .gov.cn name, for the review page's E2E tests and its bench: routes
// for startServer({ routes }) (e2e/lib/browser.mjs), a request log with the most requests in flight
// per host, and what each linked entry is (its fixture, so tests derive what the page must show
// from the fixture's own expected file). Served as http://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/.
//
//   const site = columnSite();                      // main (MAIN), TRS, slow (SLOW) and 200-link (LOAD) columns
//   const env = await launch('chromium', { routes: site.routes });
//   site.url(MAIN.list)                             // the list's first page
//   site.log / site.peak() / site.inFlight()        // what the server saw
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './browser.mjs';

export const HOST = 'www.pingtan.gov.cn';
export const COLUMN = '/zwgk/zfxxgk/zfxxgknb/';
const FIX = path.join(ROOT, 'test/fixtures');
const read = (name) => fs.readFileSync(path.join(FIX, name));
const text = (name) => read(name).toString('utf8');

/** A string edit that must happen exactly once (a fixture that changed would otherwise go unnoticed). */
function replaceOnce(s, from, to) {
  const at = s.indexOf(from);
  assert.ok(at >= 0 && s.indexOf(from, at + 1) < 0, `expected one "${from.slice(0, 60)}" in the fixture`);
  return s.slice(0, at) + to + s.slice(at + from.length);
}

/**
 * 平潭 2023 with 上年结转 (总计) changed from 0 to 7, as test/cli/site.ts's pingtan2023Changed: last
 * year's 结转下年度 总计 is 0, so history.carryOver fires (and the row's own sums break).
 */
export function pingtan2023Changed() {
  const page = text('real/pingtan-2023.html');
  const start = page.indexOf('上年结转');
  assert.ok(start > 0 && page.indexOf('上年结转', start + 1) < 0, 'one 上年结转 row');
  const end = page.indexOf('</tr>', start) + '</tr>'.length;
  const row = page.slice(start, end);
  const cell = '>0</p></td></tr>';
  assert.ok(row.endsWith(cell), `上年结转's last cell (总计) reads 0: ${row.slice(-80)}`);
  const changed = row.slice(0, -cell.length) + '>7</p></td></tr>';
  const out = page.slice(0, start) + changed + page.slice(end);
  assert.equal(out.length, page.length);
  assert.notEqual(out, page);
  return out;
}
/** What the edit changed, for the tests' derivation: 上年结转 总计 from 0 to 7. */
export const EDIT_2023 = { cell: 'applications.carriedOver.total', from: 0, to: 7 };

/** Node cannot encode GBK: the reverse of TextDecoder('gbk') over the 2-byte range (as test/cli/gbk.ts). */
let gbkTable;
export function encodeGbk(s) {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, [hi, lo]);
      }
  }
  const out = [];
  let missing = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0);
    if (code < 0x80) out.push(code);
    else if (gbkTable.has(ch)) out.push(...gbkTable.get(ch));
    else { out.push(0x3f); missing++; }
  }
  return { bytes: Buffer.from(out), missing };
}

/** rules-2021-warnings as a GBK page: its charset said in <meta> and in the HTTP header. */
export function gbkReport() {
  const page = replaceOnce(text('rules-2021-warnings.html'), '<meta charset="utf-8">', '<meta charset="gbk">');
  const { bytes, missing } = encodeGbk(page);
  assert.equal(missing, 0, 'every character of the page has a GBK code');
  assert.equal(new TextDecoder('gbk').decode(bytes), page);
  return bytes;
}

/** A relative href as list pages write them: ./202403/t….htm, ../../tzgg/…. */
const rel = (dir, p) => { const r = path.posix.relative(dir, p); return r.startsWith('.') ? r : `./${r}`; };
const link = (href, title) => `<li><a href="${href}" title="${title}" target="_blank">${title}</a><span class="date">2024-03-08</span></li>`;
/** A TRS-like list page: site navigation, breadcrumb, the list, a pager. */
export const listPage = (items, pager = '', title = '政府信息公开年报_平潭综合实验区') =>
  '<!DOCTYPE html><html><head><meta charset="utf-8">' +
  `<title>${title}</title><meta name="ColumnName" content="政府信息公开年报"></head><body>` +
  '<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwgk/zfxxgk/">政府信息公开</a><a href="/hdjl/">互动交流</a></div>' +
  '<div class="crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="./">政府信息公开年报</a></div>' +
  `<ul class="list">${items}</ul>${pager}<div class="footer">平潭综合实验区管委会办公室 主办</div></body></html>`;

const TYPE = { html: 'text/html; charset=utf-8', gbk: 'text/html; charset=gbk', pdf: 'application/pdf' };

/**
 * The main column's entries in list order. `row`: a report link the review must show as a row;
 * `fixture`: the expected file the row's state and counts follow from; `kind` says how it is served.
 */
export const MAIN = {
  list: `${COLUMN}index.html`,
  pages: [`${COLUMN}index.html`, `${COLUMN}index_1.html`],
  entries: [
    { page: 0, path: `${COLUMN}202403/t20240308_87885.htm`, title: '平潭综合实验区2023年度政府信息公开工作年度报告', kind: 'changed2023', fixture: 'real/pingtan-2023', row: true },
    { page: 0, path: '/zwgk/tzgg/202312/t20231220_771203.htm', title: '关于做好2023年政府信息公开工作年度报告编制发布工作的通知', kind: 'notice', fixture: 'not-notice', row: false },
    { page: 0, path: `${COLUMN}202302/t20230220_80629.htm`, title: '平潭综合实验区2022年度政府信息公开工作年度报告', kind: 'html', fixture: 'real/pingtan-2022', row: true },
    { page: 0, path: '/zwgk/zcjd/202302/t20230221_80700.htm', title: '《平潭综合实验区2022年度政府信息公开工作年度报告》解读', kind: 'jiedu', row: false },
    { page: 0, path: `${COLUMN}202603/t20260313_105587.htm`, title: '平潭综合实验区2025年度政府信息公开工作年度报告', kind: 'attachment', fixture: 'pdf/hongze-2023', file: `${COLUMN}202603/P020260313365871187562.pdf`, row: true },
    { page: 0, path: `${COLUMN}202301/t20230129_71230.htm`, title: '平川县人民政府2022年政府信息公开工作年度报告', kind: 'gbk', fixture: 'rules-2021-warnings', row: true },
    { page: 1, path: `${COLUMN}202201/t20220120_1678842.htm`, title: '安化县人民政府2021年信息公开工作年度报告', kind: 'html', fixture: 'seed-001-anhua-2021-word', row: true },
    { page: 1, path: `${COLUMN}202101/t20210120_4.htm`, title: '平潭综合实验区2020年度政府信息公开工作年度报告', kind: '404', row: true },
    { page: 1, path: `${COLUMN}202001/t20200120_5.htm`, title: '平潭综合实验区2019年度政府信息公开工作年度报告', kind: 'hang', row: true },
  ],
};

/** A second column whose pages are drawn by TRS's createPageHTML script (no 下一页 link). */
export const TRS = {
  list: '/zwgk/zfxxgk/trsnb/index.html',
  entries: [
    { page: 0, path: '/zwgk/zfxxgk/trsnb/202302/t20230220_1.htm', title: '平潭综合实验区2022年度政府信息公开工作年度报告', fixture: 'real/pingtan-2022', kind: 'html', row: true },
    { page: 1, path: '/zwgk/zfxxgk/trsnb/202201/t20220120_2.htm', title: '安化县人民政府2021年信息公开工作年度报告', fixture: 'seed-001-anhua-2021-word', kind: 'html', row: true },
  ],
};

/** A slow column (cancel): every report answers after `slowDelay` ms. */
export const SLOW = { list: '/zwgk/zfxxgk/slownb/index.html', n: 12 };
export const slowPath = (i) => `/zwgk/zfxxgk/slownb/2023${String(i + 1).padStart(2, '0')}/t2023${String(i + 1).padStart(2, '0')}01_${i}.htm`;

/** The load column: N distinct report URLs over pages of PER links, a few reports behind them. */
export const LOAD = { list: '/zwgk/zfxxgk/loadnb/index.html', n: 200, per: 20, fixtures: ['real/pingtan-2022', 'seed-001-anhua-2021-word', 'seed-004-furongzhen-2020-word', 'real/pingtan-2021', 'seed-000-wuhua-2020-word'] };
export const loadPath = (i) => `/zwgk/zfxxgk/loadnb/${String(202001 + (i % 12)).padStart(6, '0')}/t2024${String(i).padStart(4, '0')}_${10000 + i}.htm`;

/**
 * The site. Options: `slowDelay` ms before each report of the slow column answers; `loadDelay` ms
 * for the load column's reports (a little "network", so requests overlap if the limit lets them).
 */
export function columnSite({ slowDelay = 1500, loadDelay = 3 } = {}) {
  /** Every request: { path, host, at, done? } in arrival order. */
  const log = [];
  const inFlight = new Map();
  const peaks = new Map();
  const routes = {};
  const changed = Buffer.from(pingtan2023Changed());
  const gbk = gbkReport();
  const serve = (body, type, wait = 0) => (req, res) => {
    const send = () => { if (!res.destroyed) { res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }); res.end(body); } };
    if (wait) setTimeout(send, wait); else send();
  };
  const html = (body, wait) => serve(body, TYPE.html, wait);

  // The main column.
  const pagerOf = (n) => n === 0
    ? '<div class="page"><a href="index.html">首页</a><a href="index_1.html">下一页</a><a href="index_1.html">尾页</a></div>'
    // The last page links back and itself as the next one: a walk must end.
    : '<div class="page"><a href="index.html">首页</a><a href="index.html">上一页</a><a href="index_1.html">下一页</a></div>';
  MAIN.pages.forEach((p, n) => {
    const items = MAIN.entries.filter((e) => e.page === n).map((e) => link(rel(COLUMN, e.path), e.title)).join('');
    routes[p] = html(listPage(items, pagerOf(n)));
  });
  routes[COLUMN] = routes[MAIN.list];
  for (const e of MAIN.entries) {
    if (e.kind === 'changed2023') routes[e.path] = serve(changed, TYPE.html);
    else if (e.kind === 'html') routes[e.path] = html(read(`${e.fixture}.html`));
    else if (e.kind === 'notice') routes[e.path] = html(read('not-notice.html'));
    else if (e.kind === 'jiedu') routes[e.path] = html(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${e.title}</title></head><body><h1>${e.title}</h1><p>近日，平潭综合实验区发布了2022年度政府信息公开工作年度报告。</p></body></html>`);
    else if (e.kind === 'gbk') routes[e.path] = serve(gbk, TYPE.gbk);
    else if (e.kind === 'attachment') {
      // The real attachment-only page, its two file links pointing at the PDF served beside it.
      const page = text('variant-attachment-pingtan-2025.html');
      assert.ok(page.includes(`./${path.posix.basename(e.file)}`), 'the variant links its PDF by that name');
      routes[e.path] = html(page);
      routes[e.file] = serve(read('pdf/hongze-2023.pdf'), TYPE.pdf);
    } else if (e.kind === 'hang') routes[e.path] = () => {}; // never answers
    // '404': no route.
  }

  // The TRS column: page 0 calls createPageHTML(2, 0, "index", "html"); page 1 has no pager link.
  TRS.entries.forEach((e) => { routes[e.path] = html(read(`${e.fixture}.html`)); });
  for (const n of [0, 1]) {
    const dir = path.posix.dirname(TRS.list) + '/';
    const items = TRS.entries.filter((e) => e.page === n).map((e) => link(rel(dir, e.path), e.title)).join('');
    routes[n ? `${dir}index_1.html` : TRS.list] = html(listPage(items, `<div id="page"><script type="text/javascript">createPageHTML(2, ${n}, "index", "html");</script></div>`));
  }

  // The slow column: one page, every report late.
  {
    const dir = path.posix.dirname(SLOW.list) + '/';
    const items = [];
    for (let i = 0; i < SLOW.n; i++) {
      items.push(link(rel(dir, slowPath(i)), `平潭综合实验区第${i + 1}单位2022年度政府信息公开工作年度报告`));
      routes[slowPath(i)] = html(read('real/pingtan-2022.html'), slowDelay);
    }
    routes[SLOW.list] = html(listPage(items.join('')));
  }

  // The load column.
  const dir = path.posix.dirname(LOAD.list) + '/';
  const pages = Math.ceil(LOAD.n / LOAD.per);
  const bodies = LOAD.fixtures.map((f) => read(`${f}.html`));
  for (let p = 0; p < pages; p++) {
    const items = [];
    for (let i = p * LOAD.per; i < Math.min(LOAD.n, (p + 1) * LOAD.per); i++) {
      items.push(link(rel(dir, loadPath(i)), `平潭综合实验区第${i + 1}单位${2000 + (i % 24)}年度政府信息公开工作年度报告`));
      routes[loadPath(i)] = html(bodies[i % bodies.length], loadDelay);
    }
    const next = p + 1 < pages ? `<a href="index_${p + 1}.html">下一页</a>` : '';
    routes[p ? `${dir}index_${p}.html` : LOAD.list] = html(listPage(items.join(''), `<div class="page"><a href="index.html">首页</a>${next}</div>`));
  }

  // Every route counted: the log, and requests in flight per host (until the response closes).
  const counted = {};
  for (const [p, route] of Object.entries(routes)) {
    counted[p] = (req, res, u) => {
      const host = u?.host ?? req.headers.host;
      const entry = { path: p, host, at: Date.now() };
      log.push(entry);
      const n = (inFlight.get(host) ?? 0) + 1;
      inFlight.set(host, n);
      peaks.set(host, Math.max(peaks.get(host) ?? 0, n));
      res.on('close', () => { inFlight.set(host, inFlight.get(host) - 1); entry.done = Date.now(); });
      route(req, res, u);
    };
  }
  // The 404 is counted too (startServer answers unknown paths itself).
  for (const e of MAIN.entries.filter((x) => x.kind === '404')) {
    counted[e.path] = (req, res, u) => {
      log.push({ path: e.path, host: u?.host ?? req.headers.host, at: Date.now(), done: Date.now() });
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body>404 Not Found</body></html>');
    };
  }
  return {
    routes: counted,
    log,
    /** The most requests in flight at once to one host (all hosts when none given). */
    peak: (host) => (host ? peaks.get(host) ?? 0 : Math.max(0, ...peaks.values())),
    inFlight: (host = HOST) => inFlight.get(host) ?? 0,
    /** Paths requested so far (in order), optionally only those under a prefix. */
    paths: (prefix = '') => log.map((r) => r.path).filter((p) => p.startsWith(prefix)),
    url: (p, host = HOST) => `http://${host}${p}`,
  };
}

// What each row must show, derived from the fixtures' own expected files (reviewed by hand), not
// from the product's output. Severities are rules.md's tables (/work/shared/spec/rules.md).
const ERRORS = /^(applications\.|reviewLitigation\.total|active\.publishedAboveTotal|legacy\.sum|value\.invalid|structure\.missing)/;
const INFO = /^structure\.(image|attachment)$/;
export const severity = (rule) => (ERRORS.test(rule) ? 'error' : INFO.test(rule) ? 'info' : 'warning');
export const expectedFile = (fixture) => JSON.parse(text(`${fixture}.expected.json`));

/**
 * The findings the 2023 page with 上年结转 总计 = 7 must carry, read 2022 before it: the ones its
 * expected file lists, plus what the edit breaks (rules.md's statements applied to the expected
 * cells with the one cell changed) and the history rules against 2022's expected cells.
 */
export function changed2023Findings() {
  const now = structuredClone(expectedFile('real/pingtan-2023'));
  const before = expectedFile('real/pingtan-2022');
  const v = (cells, key) => cells[key]?.value;
  assert.equal(v(now.cells, EDIT_2023.cell), EDIT_2023.from);
  now.cells[EDIT_2023.cell].value = EDIT_2023.to;
  const cols = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'];
  const out = [...now.findings];
  const app = (row, col) => v(now.cells, `applications.${row}.${col}`);
  // applications.rowTotal: 总计 = the six applicant columns.
  for (const row of ['newReceived', 'carriedOver', 'resultTotal', 'carriedForward'])
    if (cols.reduce((s, c) => s + app(row, c), 0) !== app(row, 'total')) out.push({ rule: 'applications.rowTotal', where: row });
  // applications.balance: 新收 + 上年结转 = （七）总计 + 结转下年度, per column.
  for (const col of [...cols, 'total'])
    if (app('newReceived', col) + app('carriedOver', col) !== app('resultTotal', col) + app('carriedForward', col)) out.push({ rule: 'applications.balance', where: col });
  // history.carryOver: this year's 上年结转 = last year's 结转下年度, per column.
  for (const col of [...cols, 'total'])
    if (app('carriedOver', col) !== v(before.cells, `applications.carriedForward.${col}`)) out.push({ rule: 'history.carryOver', where: col });
  // history.inForceRollForward: 现行有效 = last year's 现行有效 + 本年制发 − 本年废止.
  for (const item of ['regulations', 'normativeDocuments']) {
    const a = (k) => v(now.cells, `active.${item}.${k}`);
    if (v(before.cells, `active.${item}.inForce`) + a('issued') - a('repealed') !== a('inForce')) out.push({ rule: 'history.inForceRollForward', where: item });
  }
  return out;
}

/**
 * A row as the review page must show it: state (a REVIEW_STATES code), error and warning counts as
 * [min, max] (findings an expected file allows may or may not be there), and the findings required.
 */
export function expectedRow(entry) {
  if (entry.kind === '404') return { state: 'failed', errors: [0, 0], warnings: [0, 0], reason: /404/ };
  if (entry.kind === 'hang') return { state: 'failed', errors: [0, 0], warnings: [0, 0], reason: /超时|时间|timed? ?out/i };
  const exp = expectedFile(entry.fixture);
  const findings = entry.kind === 'changed2023' ? changed2023Findings() : exp.findings;
  const allowed = exp.findingsAllowed ?? [];
  const count = (list, sev) => list.filter((f) => severity(f.rule) === sev).length;
  const range = (sev) => [count(findings, sev), count(findings, sev) + count(allowed, sev)];
  let state;
  if (entry.kind === 'attachment') state = 'attachment'; // read through its file: 附件已读取
  else if (!exp.detected) state = 'notReport';
  else if (findings.some((f) => f.rule === 'structure.image')) state = 'image';
  else state = findings.some((f) => severity(f.rule) !== 'info') ? 'problems' : 'clean';
  return { state, errors: range('error'), warnings: range('warning'), findings, agency: exp.agency, year: exp.year };
}

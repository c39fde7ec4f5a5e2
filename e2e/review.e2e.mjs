// Issue 8 in real browsers: the review page (review.html?list=…) checks a whole 年报 column served
// under www.pingtan.gov.cn (e2e/lib/column-site.mjs): its rows, states and counts as the fixtures'
// expected files say; a row's findings (history.carryOver on 2023 against 2022 in the same column);
// sort and filter; the three exports read back (exceljs for the workbook); results surviving the
// page's close; cancel; a TRS createPageHTML column; history marks on the revisited 2023 page; and
// never more than 3 requests in flight to the site. In every browser of E2E_BROWSERS.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { BROWSERS, collectConsole, goto, launch, openPopup, pollEval, resultPath, sleep, until } from './lib/browser.mjs';
import { EDIT_2023, HOST, MAIN, SLOW, TRS, columnSite, expectedFile, expectedRow } from './lib/column-site.mjs';

const SETTINGS = 'settings'; // lib/ui/settings.ts SETTINGS_KEY
/**
 * The review's timeout per page, in seconds (?timeout=, entrypoints/review/main.tsx; default 20 s,
 * the CLI's): short here, so the report that never answers fails (timeout, one retry) in seconds.
 */
const PAGE_TIMEOUT_S = 3;
const DONE_TIMEOUT = 90000;

/** The table as a user sees it: each row's data attributes and text, and whether it is shown. */
const ROWS = () => [...document.querySelectorAll('table#review-results tbody tr')].map((tr) => ({
  url: tr.getAttribute('data-nianbao-url'),
  state: tr.getAttribute('data-nianbao-state'),
  errors: Number(tr.getAttribute('data-nianbao-errors')),
  warnings: Number(tr.getAttribute('data-nianbao-warnings')),
  text: tr.innerText.replace(/\s+/g, ' ').trim(),
  shown: !tr.hidden && tr.getClientRects().length > 0,
}));
const STATUS = () => document.querySelector('#review-status')?.getAttribute('data-status') ?? null;
const COUNTS = () => document.querySelector('#review-counts')?.textContent.replace(/\s+/g, ' ').trim() ?? '';

const rowsOf = (col) => col.entries.filter((e) => e.row);
/** "B3:D5" → { top, left, bottom, right } (1-based). */
function parseRange(ref) {
  const cell = (a) => { const [, col, row] = /^([A-Z]+)(\d+)$/.exec(a); return [Number(row), [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)]; };
  const [[top, left], [bottom, right]] = ref.split(':').map(cell);
  return { top, left, bottom, right };
}
/** The column of the first cell reading exactly `text` (a header such as 自然人). */
function columnOf(ws, text) {
  let col;
  ws.eachRow((row) => row.eachCell((c) => { if (!col && String(c.value ?? '').trim() === text) col = c.col; }));
  assert.ok(col, `${text} on the sheet`);
  return col;
}
const inRange = (n, [lo, hi]) => n >= lo && n <= hi;

for (const name of BROWSERS) {
  describe(`the review page in ${name}`, () => {
    let env;
    let site;
    const url = (p) => site.url(p);
    const reviewPath = (list) => `review.html${list ? `?list=${encodeURIComponent(url(list))}&timeout=${PAGE_TIMEOUT_S}` : ''}`;

    before(async () => {
      site = columnSite();
      env = await launch(name, { routes: site.routes, ...(name === 'chromium' && { lang: 'zh-CN' }) });
      // The UI in Chinese in both browsers (Firefox ESR here runs in English).
      const set = async ([key, lang]) => (globalThis.browser ?? chrome).storage.local.set({ [key]: { language: lang } });
      if (name === 'chromium') await env.inSw(set, [SETTINGS, 'zh_CN']);
      else await env.api(set, [SETTINGS, 'zh_CN']);
    });
    after(async () => { await env?.close(); });

    /** Opens an extension page (Chromium: goto; Firefox: extPage, BiDi never sees its load). */
    async function open(p) {
      if (name === 'chromium') {
        const page = await env.page();
        const logs = collectConsole(page);
        await page.goto(env.extUrl(p));
        return { page, logs };
      }
      const page = await env.extPage(p);
      return { page, logs: [] };
    }
    const waitStatus = (page, status, timeout = DONE_TIMEOUT) =>
      pollEval(page, (s) => document.querySelector('#review-status')?.getAttribute('data-status') === s, { timeout, interval: 200, arg: status })
        .catch(async (e) => { throw new Error(`${e.message}; status ${await page.evaluate(STATUS).catch(() => '?')}, counts "${await page.evaluate(COUNTS).catch(() => '?')}"`); });

    let review; // the main column's review page, kept open across the tests below
    let rows;
    let ms;

    test('a column in two pages: one row per report link in list order, states and counts from the fixtures', async () => {
      const t0 = Date.now();
      review = await open(reviewPath(MAIN.list));
      await waitStatus(review.page, 'done');
      ms = Date.now() - t0;
      rows = await review.page.evaluate(ROWS);
      const want = rowsOf(MAIN);
      assert.deepEqual(rows.map((r) => r.url), want.map((e) => url(e.path)), 'exactly the report links, in list order (no notice, no 解读)');
      for (const [i, e] of want.entries()) {
        const exp = expectedRow(e);
        const got = rows[i];
        const what = `${e.path}: ${JSON.stringify(got)}`;
        assert.equal(got.state, exp.state, what);
        assert.ok(inRange(got.errors, exp.errors), `errors ${got.errors} in ${exp.errors}: ${what}`);
        assert.ok(inRange(got.warnings, exp.warnings), `warnings ${got.warnings} in ${exp.warnings}: ${what}`);
        if (exp.reason) assert.match(got.text, exp.reason, what);
        if (exp.agency) assert.ok(got.text.includes(exp.agency), `agency shown: ${what}`);
        if (exp.year) assert.ok(got.text.includes(String(exp.year)), `year shown: ${what}`);
      }
      const withErrors = rows.filter((r) => r.errors > 0).length;
      const counts = await review.page.evaluate(COUNTS);
      assert.match(counts, new RegExp(`已完成\\s*${want.length}\\s*/\\s*${want.length}`), counts);
      assert.match(counts, new RegExp(`错误\\s*${withErrors}\\s*份`), counts);
      const progress = await review.page.evaluate(() => { const p = document.querySelector('#review-progress'); return [p?.tagName, Number(p?.value), Number(p?.max)]; });
      assert.deepEqual(progress, ['PROGRESS', want.length, want.length]);
      // What the server saw: each list page once, never the notice or the 解读 page, ≤ 3 at a time.
      const lists = site.paths().filter((p) => MAIN.pages.includes(p) || p === '/zwgk/zfxxgk/zfxxgknb/');
      assert.deepEqual(lists.sort(), [...MAIN.pages].sort(), 'each list page read once');
      for (const e of MAIN.entries.filter((x) => !x.row)) assert.ok(!site.paths().includes(e.path), `${e.kind} not fetched`);
      // Each report once; the one that never answers twice (a timeout is a network error: one retry).
      for (const e of want) assert.equal(site.paths().filter((p) => p === e.path).length, e.kind === 'hang' ? 2 : 1, `${e.path} fetched`);
      assert.ok(site.paths().includes(MAIN.entries.find((e) => e.kind === 'attachment').file), 'the attachment-only report is read through its PDF');
      assert.ok(site.peak(HOST) <= 3, `at most 3 requests in flight to ${HOST}: ${site.peak(HOST)}`);
      assert.deepEqual(review.logs.filter((m) => /^pageerror/.test(m)), []);
      await review.page.screenshot({ path: resultPath(`${name}-review.png`), fullPage: true });
      console.log(`# ${name}: review of the ${want.length}-report column (one report never answers): ${ms} ms, peak ${site.peak(HOST)} in flight`);
    });

    test('a row opens its findings: 2023 against 2022 of the same column, history.carryOver', async () => {
      const i = rowsOf(MAIN).findIndex((e) => e.kind === 'changed2023');
      await review.page.evaluate((n) => document.querySelectorAll('table#review-results tbody tr')[n].querySelector('button.review-open').click(), i);
      const detail = await pollEval(review.page, () => {
        const d = document.querySelector('#review-detail');
        const cards = d ? [...d.querySelectorAll('.finding')] : [];
        return cards.length ? { rules: cards.map((c) => c.getAttribute('data-rules')), text: d.innerText } : null;
      }, { timeout: 10000 });
      const rules = detail.rules.join(' ').split(' ');
      for (const f of expectedRow(MAIN.entries[0]).findings) assert.ok(rules.includes(f.rule), `${f.rule} shown: ${rules.join(' ')}`);
      // The message names both figures: this year's 上年结转 and last year's 结转下年度.
      const last = expectedFile('real/pingtan-2022').cells['applications.carriedForward.total'].value;
      assert.match(detail.text, new RegExp(`上年结转\\s*${EDIT_2023.to}[^\\n]*结转下年度[^\\n]*${last}`), detail.text.slice(0, 600));
      await review.page.screenshot({ path: resultPath(`${name}-review-detail.png`), fullPage: true });
    });

    test('sort by errors and filter by state change the rows shown', async () => {
      const page = review.page;
      const shown = async () => (await page.evaluate(ROWS)).filter((r) => r.shown);
      const sortBy = async (key) => {
        await page.evaluate((k) => document.querySelector(`th button[data-sort="${k}"]`).click(), key);
        await sleep(100);
        return page.evaluate((k) => document.querySelector(`th button[data-sort="${k}"]`).closest('th').getAttribute('aria-sort'), key);
      };
      const first = await sortBy('errors');
      let errs = (await shown()).map((r) => r.errors);
      const sorted = [...errs].sort((a, b) => (first === 'descending' ? b - a : a - b));
      assert.deepEqual(errs, sorted, `rows by errors (${first})`);
      assert.ok(['ascending', 'descending'].includes(first), first);
      const second = await sortBy('errors');
      assert.notEqual(second, first);
      errs = (await shown()).map((r) => r.errors);
      assert.deepEqual(errs, [...errs].sort((a, b) => (second === 'descending' ? b - a : a - b)), `rows by errors (${second})`);
      assert.notDeepEqual(errs, rows.map((r) => r.errors), 'the order changed');

      const filter = async (value) => {
        await page.evaluate((v) => { const s = document.querySelector('select#review-filter'); s.value = v; s.dispatchEvent(new Event('change', { bubbles: true })); s.dispatchEvent(new Event('input', { bubbles: true })); }, value);
        await sleep(100);
        return (await shown()).map((r) => r.url).sort();
      };
      const options = await page.evaluate(() => [...document.querySelectorAll('select#review-filter option')].map((o) => o.value));
      assert.deepEqual(options, ['all', 'clean', 'problems', 'attachment', 'image', 'unreadable', 'notReport', 'failed']);
      for (const state of ['failed', 'problems', 'clean', 'attachment']) {
        assert.deepEqual(await filter(state), rows.filter((r) => r.state === state).map((r) => r.url).sort(), state);
      }
      assert.deepEqual(await filter('all'), rows.map((r) => r.url).sort());
    });

    /** A download's bytes and file name: Chromium's download event; Firefox: the Blob handed to URL.createObjectURL. */
    async function download(button) {
      const page = review.page;
      if (name === 'chromium') {
        const [d] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), page.click(button)]);
        const file = resultPath(`${name}-${d.suggestedFilename()}`);
        await d.saveAs(file);
        return { name: d.suggestedFilename(), bytes: (await import('node:fs')).readFileSync(file) };
      }
      await page.evaluate(() => {
        if (window.__blobs) return;
        window.__blobs = [];
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob) => { window.__blobs.push(blob); return create(blob); };
        const click = HTMLAnchorElement.prototype.click;
        window.__names = [];
        HTMLAnchorElement.prototype.click = function () { if (this.download) { window.__names.push(this.download); return; } return click.call(this); };
      });
      const before = await page.evaluate(() => window.__blobs.length);
      await page.click(button);
      await pollEval(page, (n) => window.__blobs.length > n, { arg: before, timeout: 20000 });
      const [b64, fileName] = await page.evaluate(async () => {
        const bytes = new Uint8Array(await window.__blobs.at(-1).arrayBuffer());
        let s = '';
        for (const b of bytes) s += String.fromCharCode(b);
        return [btoa(s), window.__names.at(-1) ?? null];
      });
      return { name: fileName, bytes: Buffer.from(b64, 'base64') };
    }

    test('exports: the workbook (汇总, 问题清单, report sheets with merges, fills, notes), the CSV, the JSON', async () => {
      const want = rowsOf(MAIN);
      const xlsx = await download('#export-xlsx');
      assert.match(xlsx.name ?? '', new RegExp(`^年报核对-${HOST.replaceAll('.', '\\.')}-\\d{4}-?\\d{2}-?\\d{2}\\.xlsx$`), xlsx.name);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.bytes);
      const summary = wb.getWorksheet('汇总');
      assert.equal(summary.rowCount, 1 + want.length);
      summary.eachRow((row, n) => {
        if (n === 1) return;
        const r = rows[n - 2];
        assert.equal(row.getCell(8).text, r.url, `汇总 row ${n} is the page's row ${n - 1}`);
        assert.equal(Number(row.getCell(5).value), r.errors, `汇总 row ${n} errors`);
        assert.equal(Number(row.getCell(6).value), r.warnings, `汇总 row ${n} warnings`);
        if (r.state === 'failed') assert.match(row.getCell(7).text, /未能读取/);
      });
      // 问题清单: one row per finding (info included), each with its cells and message.
      const findings = wb.getWorksheet('问题清单');
      const listed = [];
      findings.eachRow((row, n) => { if (n > 1) listed.push({ no: Number(row.getCell(1).value), sev: row.getCell(4).text, rule: row.getCell(5).text, cells: row.getCell(6).text, message: row.getCell(7).text }); });
      const sev = (s) => listed.filter((f) => f.sev.startsWith(s)).length;
      assert.equal(sev('错误'), rows.reduce((n, r) => n + r.errors, 0), 'errors listed = the rows’ error counts');
      assert.equal(sev('警告'), rows.reduce((n, r) => n + r.warnings, 0), 'warnings listed = the rows’ warning counts');
      const i2023 = want.findIndex((e) => e.kind === 'changed2023');
      const carry = listed.filter((f) => f.rule === 'history.carryOver');
      assert.deepEqual(carry.map((f) => f.no), [i2023 + 1]);
      assert.ok(carry[0].cells.length > 0, 'the finding names its cells');
      assert.match(carry[0].message, new RegExp(`上年结转\\s*${EDIT_2023.to}`));
      for (const f of listed) assert.ok(f.message.length > 0 && f.no >= 1 && f.no <= want.length, JSON.stringify(f));

      // The 安化 report's sheet (linked from its 汇总 row): 表三's official merges, （七）总计 自然人 0
      // filled red with its note.
      const iAnhua = want.findIndex((e) => e.fixture === 'seed-001-anhua-2021-word');
      const sheetName = summary.getRow(iAnhua + 2).getCell(11).text;
      const sheet = wb.getWorksheet(sheetName);
      assert.ok(sheet, `sheet "${sheetName}" among ${wb.worksheets.map((w) => w.name).join(', ')}`);
      assert.match(sheetName, /^\d+ 安化县人民政府 2021$/);
      const merged = (text) => {
        let at;
        sheet.eachRow((row) => row.eachCell((c) => { if (!at && String(c.value ?? '').includes(text)) at = c; }));
        assert.ok(at, `${text} on the sheet`);
        const range = sheet.model.merges.map(parseRange).find((r) => r.top === at.row && r.left === at.col);
        assert.ok(range, `${text} (${at.address}) is a merge's first cell: ${sheet.model.merges.join(' ')}`);
        return [range.bottom - range.top + 1, range.right - range.left + 1];
      };
      assert.deepEqual(merged('勾稽关系'), [3, 3], '勾稽 corner: 3 rows × 3 columns');
      assert.deepEqual(merged('申请人情况'), [1, 7], '申请人情况 over the 7 columns');
      let total;
      sheet.eachRow((row) => row.eachCell((c) => { if (!total && c.value === '（七）总计') total = row; }));
      const cells = expectedFile('seed-001-anhua-2021-word').cells;
      const natural = total.getCell(columnOf(sheet, '自然人'));
      assert.equal(natural.value, cells['applications.resultTotal.natural'].value);
      assert.equal(natural.fill?.fgColor?.argb, 'FFFFC7CE');
      const note = typeof natural.note === 'string' ? natural.note : natural.note.texts.map((t) => t.text).join('');
      assert.match(note, /^错误：/);
      assert.ok(note.includes(String(cells['applications.newReceived.natural'].value)), note);
      // Only reports read get a sheet: none for the two that failed.
      rows.forEach((r, i) => { if (r.state === 'failed') assert.equal(summary.getRow(i + 2).getCell(11).text, ''); });
      // The attachment-only report: its 附件 column names the PDF it was read through.
      const iAtt = want.findIndex((e) => e.kind === 'attachment');
      assert.equal(summary.getRow(iAtt + 2).getCell(10).text, url(want[iAtt].file));

      const csv = (await download('#export-csv')).bytes.toString('utf8');
      assert.ok(csv.startsWith('\uFEFF'), 'CSV starts with a BOM');
      const lines = csv.slice(1).trim().split('\r\n');
      assert.equal(lines.length, 1 + want.length);
      for (const [i, r] of rows.entries()) assert.ok(lines[i + 1].includes(r.url), `CSV row ${i + 1}: ${lines[i + 1]}`);

      const json = JSON.parse((await download('#export-json')).bytes.toString('utf8'));
      assert.ok(Array.isArray(json));
      assert.equal(json.length, want.length);
      assert.deepEqual(json.map((r) => r.source?.url), rows.map((r) => r.url));
      assert.deepEqual(json.map((r) => 'error' in r), rows.map((r) => r.state === 'failed'));
    });

    test('results survive closing: review.html again shows the same rows without a request', async () => {
      const before = site.log.length;
      await review.page.close();
      for (const p of ['review.html', reviewPath(MAIN.list)]) {
        const again = await open(p);
        await pollEval(again.page, (n) => document.querySelectorAll('table#review-results tbody tr').length === n, { arg: rows.length, timeout: 15000 });
        const got = await again.page.evaluate(ROWS);
        assert.deepEqual(got.map(({ url: u, state, errors, warnings }) => ({ url: u, state, errors, warnings })), rows.map(({ url: u, state, errors, warnings }) => ({ url: u, state, errors, warnings })), p);
        assert.equal(await again.page.evaluate(STATUS), 'done');
        assert.ok(await again.page.evaluate(() => !!document.querySelector('#review-restart')), '重新核对 offered');
        await sleep(500);
        assert.equal(site.log.length, before, `no request: ${site.log.slice(before).map((r) => r.path).join(' ')}`);
        await again.page.close();
      }
    });

    test('history on a revisited report: the 2023 page itself marks 上年结转 against the 2022 report the review kept', async (t) => {
      const page = await env.page();
      await goto(page, url(MAIN.entries.find((e) => e.kind === 'changed2023').path));
      const marked = await pollEval(page, () => {
        const cells = [...document.querySelectorAll('[data-nianbao-finding]')].filter((c) => /history\.carryOver/.test(c.getAttribute('data-nianbao-finding')));
        return cells.length ? cells.map((c) => c.textContent.trim()) : null;
      }, { timeout: 20000 }).catch(() => null);
      if (!marked) {
        const any = await page.evaluate(() => document.querySelectorAll('[data-nianbao-finding]').length);
        t.todo(`no history.carryOver mark on the revisited page (${any} marked cells): history from the review not wired to the page yet?`);
      } else {
        assert.deepEqual(marked, [String(EDIT_2023.to)]);
      }
      await page.close();
    });

    test('a TRS column whose pages are drawn by createPageHTML: both pages read', async () => {
      const r = await open(reviewPath(TRS.list));
      await waitStatus(r.page, 'done', 60000);
      const got = await r.page.evaluate(ROWS);
      assert.deepEqual(got.map((x) => x.url), rowsOf(TRS).map((e) => url(e.path)));
      for (const [i, e] of rowsOf(TRS).entries()) assert.equal(got[i].state, expectedRow(e).state);
      await r.page.close();
    });

    test('the popup on the list page offers 核对本栏目全部年报 and opens the review of its column (?tab=N)', async () => {
      const list = await env.page();
      await goto(list, url(MAIN.list));
      const tabId = await until(() => env.tabId(list), { what: 'tab id' });
      await until(async () => (await env.tabState(tabId))?.column, { what: 'the column in the background', timeout: 20000 });
      const popup = await openPopup(env, tabId);
      const offer = await pollEval(popup, () => document.querySelector('#review-column')?.textContent, { timeout: 15000 });
      const onFirst = MAIN.entries.filter((e) => e.row && e.page === 0).length;
      assert.equal(offer.replace(/\s+/g, ''), `核对本栏目全部年报（${onFirst}份）`);
      // The offer opens review.html?tab=N in a new tab.
      let review;
      if (name === 'chromium') {
        [review] = await Promise.all([env.ctx.waitForEvent('page'), popup.click('#review-column')]);
      } else {
        // The new tab is a page puppeteer lists as about:blank (extension pages never report their
        // load to BiDi, bug 1755014): the one page that was not there before the click.
        const before = new Set(await env.browser.pages());
        await popup.click('#review-column');
        review = await until(async () => (await env.browser.pages()).find((p) => !before.has(p)), { what: 'the review tab' });
      }
      await pollEval(review, () => location.search.startsWith('?tab='), { timeout: 15000 });
      assert.equal(new URL(await review.evaluate(() => location.href)).searchParams.get('tab'), String(tabId));
      // Every report over the list's two pages, in list order; all but the one that never answers
      // (the default 20 s timeout here) checked as with ?list=.
      const want = rowsOf(MAIN);
      const hang = want.findIndex((e) => e.kind === 'hang');
      await pollEval(review, ([n, skip]) => {
        const trs = [...document.querySelectorAll('table#review-results tbody tr')];
        return trs.length === n && trs.every((tr, i) => i === skip || tr.hasAttribute('data-nianbao-state'));
      }, { arg: [want.length, hang], timeout: 30000 });
      const got = await review.evaluate(ROWS);
      assert.deepEqual(got.map((r) => r.url), want.map((e) => url(e.path)));
      want.forEach((e, i) => { if (i !== hang) assert.equal(got[i].state, expectedRow(e).state, e.path); });
      await review.click('#review-cancel');
      await waitStatus(review, 'cancelled', 5000);
      for (const p of [review, popup, list]) await p.close();
    });

    test('cancel: a slow column stops at once, keeps the finished rows, and no request follows', async () => {
      const r = await open(reviewPath(SLOW.list));
      const slow = () => site.paths('/zwgk/zfxxgk/slownb/2');
      await until(() => slow().length >= 4, { what: 'the slow reports requested', timeout: 20000 });
      await pollEval(r.page, () => document.querySelector('#review-status')?.getAttribute('data-status') === 'running' && !document.querySelector('#review-cancel').disabled);
      await r.page.click('#review-cancel');
      const t0 = Date.now();
      await waitStatus(r.page, 'cancelled', 5000);
      const stopMs = Date.now() - t0;
      await sleep(500); // grace: requests the browser had already sent
      const seen = slow().length;
      const open_ = site.log.filter((x) => x.path.startsWith('/zwgk/zfxxgk/slownb/2') && !x.done).length;
      await sleep(3000);
      assert.equal(slow().length, seen, 'no request after cancel');
      assert.ok(seen < SLOW.n, `not all requested: ${seen}`);
      assert.equal(open_, 0, 'requests in flight were aborted');
      assert.equal(await r.page.evaluate(() => document.querySelector('#review-cancel').disabled), true);
      const got = await r.page.evaluate(ROWS);
      assert.equal(got.length, SLOW.n, 'every link keeps its row');
      const finished = got.filter((x) => x.state);
      assert.ok(finished.length < SLOW.n, `${finished.length} finished`);
      assert.deepEqual(finished.map((x) => x.state), finished.map(() => 'clean'), 'the rows finished keep their result');
      const counts = await r.page.evaluate(COUNTS);
      assert.match(counts, new RegExp(`已完成\\s*${finished.length}\\s*/\\s*${SLOW.n}`), counts);
      assert.match(counts, new RegExp(`未核对\\s*${SLOW.n - finished.length}\\s*份`), counts);
      assert.ok(site.peak(HOST) <= 3, `peak ${site.peak(HOST)}`);
      console.log(`# ${name}: cancel → status cancelled in ${stopMs} ms; ${seen} of ${SLOW.n} slow reports requested, ${finished.length} finished`);
      await r.page.screenshot({ path: resultPath(`${name}-review-cancelled.png`), fullPage: true });
      await r.page.close();
    });
  });
}

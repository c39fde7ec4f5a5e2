// Marks, badge, toggle, jump, frames and late tables on the page, in every browser of E2E_BROWSERS.
// Fixture pages come from test/fixtures (shared with the unit tests) and e2e/pages (E2E-only shells).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  BROWSERS, ROOT, addInitScript, bestReport, collectConsole, goto, launch, pollEval, resultPath, sleep, until,
} from './lib/browser.mjs';
import { assertFindings } from './lib/expect.mjs';

const FIX = path.join(ROOT, 'test/fixtures');
const refKey = (r) => `${r.table}|${r.row}|${r.column}`;

/** A fixture page with its expected.json ({ url, findings: [{rule, where}], findingsAllowed }), or null. */
function fixture(file) {
  const html = path.join(FIX, file);
  const exp = html.replace(/\.html$/, '.expected.json');
  if (!fs.existsSync(html) || !fs.existsSync(exp)) return null;
  const expected = JSON.parse(fs.readFileSync(exp, 'utf8'));
  return { file, expected, host: new URL(expected.url ?? 'http://www.example.gov.cn/').hostname };
}
/** 安化 2021 (a real error: （七）总计 row all 0), the clean 平潭 2025 page, and the framed report. */
const ERR = fixture('seed-001-anhua-2021-word.html');
const CLEAN = fixture('pingtan-2025.html');
const IFRAME = fixture('markup-iframe-outer.html');
const IFRAME_INNER = fixture('markup-iframe-inner.html');

/** Sorted "rule rule" strings, one per cell the findings name: what the marked elements must carry. */
function expectedMarks(findings) {
  const byCell = new Map();
  for (const f of findings) for (const c of f.cells ?? []) {
    const s = byCell.get(refKey(c)) ?? new Set();
    s.add(f.rule);
    byCell.set(refKey(c), s);
  }
  return [...byCell.values()].map((s) => [...s].sort().join(' ')).sort();
}
/** Error mistakes, as the badge counts them: findings grouped by culprit row (lib/ui/mistakes.ts). */
const errorCount = (findings) =>
  new Set(findings.filter((f) => f.severity === 'error').map((f) => (f.cells[0] ? `${f.cells[0].table}|${f.cells[0].row}` : f.rule))).size;
const MARKED = () => [...document.querySelectorAll('[data-nianbao-finding]')]
  .map((e) => e.getAttribute('data-nianbao-finding').split(' ').sort().join(' ')).sort();

/** Waits until the background holds a report with findings for the tab, and returns it. */
const reportOf = (env, tabId, ok = (r) => r.findings.length > 0) =>
  until(async () => { const r = bestReport(await env.tabState(tabId)); return r && ok(r) && r; }, { what: 'report in the background' });

async function open(env, file, host, query = '') {
  const page = await env.page();
  const console = collectConsole(page);
  await goto(page, `${env.url(file, host)}${query}`);
  return { page, console };
}

for (const name of BROWSERS) {
  describe(`page marks in ${name}`, () => {
    let env;
    before(async () => { env = await launch(name); });
    after(async () => { await env?.close(); });

    test('a report with errors: exactly the expected cells are marked, badge counts errors, toggle and jump work',
      { skip: !ERR && 'no 安化 2021 fixture' }, async () => {
        const { page, console: log } = await open(env, ERR.file, ERR.host);
        const tabId = await env.tabId(page);
        const report = await reportOf(env, tabId);
        assertFindings(report, ERR.expected);
        const want = expectedMarks(report.findings);
        assert.ok(want.length > 0, 'findings name cells');
        // 安化 2021: the （七）总计 row is the culprit in 自然人 and 总计.
        const named = new Set(report.findings.flatMap((f) => f.cells.map(refKey)));
        for (const c of ['natural', 'total']) assert.ok(named.has(`applications|resultTotal|${c}`), `resultTotal.${c} named`);
        await pollEval(page, (n) => document.querySelectorAll('[data-nianbao-finding]').length >= n, { arg: want.length });
        await sleep(300);
        assert.deepEqual(await page.evaluate(MARKED), want);
        // Severity in the attribute, and styled (outline) without touching layout.
        const sev = await page.evaluate(() => [...new Set([...document.querySelectorAll('[data-nianbao-finding]')]
          .map((e) => e.getAttribute('data-nianbao-severity')))]);
        assert.ok(sev.includes('error'));
        assert.equal(await page.evaluate(() => document.querySelectorAll('style[data-nianbao-style]').length), 1);

        const errors = errorCount(report.findings);
        const badge = await until(async () => { const b = await env.badge(tabId); return b.text === String(errors) && b; },
          { what: `badge "${errors}"` });
        assert.match(badge.title, new RegExp(`${errors} (处错误|error)`)); // the title follows the UI language

        // Hover shows the tooltip (fixed, closed shadow root): screenshot it for review.
        await page.hover('[data-nianbao-severity="error"][data-nianbao-culprit]');
        await pollEval(page, () => document.querySelector('[data-nianbao-tooltip]')?.style.display === 'block');
        await page.screenshot({ path: resultPath(`${name}-marked.png`) });

        const layoutBefore = await page.evaluate(() => document.body.getBoundingClientRect().height);
        const off = await env.sendToTab(tabId, { type: 'nianbao:toggle', on: false });
        assert.deepEqual(off, { on: false });
        assert.equal(await page.evaluate(() => document.querySelectorAll('[data-nianbao-finding],[data-nianbao-severity],[data-nianbao-culprit],style[data-nianbao-style]').length), 0);
        const on = await env.sendToTab(tabId, { type: 'nianbao:toggle', on: true });
        assert.deepEqual(on, { on: true });
        assert.deepEqual(await page.evaluate(MARKED), want);
        assert.equal(await page.evaluate(() => document.body.getBoundingClientRect().height), layoutBefore);

        const ref = report.findings.find((f) => f.severity === 'error').cells[0];
        await page.bringToFront(); // as when the popup sits over the page
        await page.evaluate(() => window.scrollTo(0, 0));
        assert.deepEqual(await env.sendToTab(tabId, { type: 'nianbao:jump', ref }), { ok: true });
        await pollEval(page, () => {
          const el = document.querySelector('[data-nianbao-flash]');
          if (!el) return false;
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        });
        assert.deepEqual(log.filter((m) => /nianbao|年报/i.test(m)), []);
        await page.close();
      });

    test('a clean report: no marks, a calm badge', { skip: !CLEAN && 'no pingtan-2025 fixture' }, async () => {
      const { page } = await open(env, CLEAN.file, CLEAN.host);
      const tabId = await env.tabId(page);
      const badge = await until(async () => { const b = await env.badge(tabId); return b.text === '✓' && b; }, { what: 'badge ✓' });
      assert.match(badge.title, /未发现错误|no errors found/);
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-nianbao-finding]').length), 0);
      await page.close();
    });

    // Our own plain page, and every not-*.html fixture (news with statistics tables, notices, lists…).
    const nonReports = [['not-report.html', 'www.xxx.gov.cn'], ...fs.readdirSync(FIX).filter((n) => /^not-.*\.html$/.test(n))
      .map((n) => [n, fixture(n)?.host ?? 'www.example.gov.cn']).filter(([, h]) => h.endsWith('.gov.cn'))]; // mirrors: not matched at all
    for (const [file, host] of nonReports) test(`a non-report .gov.cn page (${file}): nothing in its DOM changes, no console output, no badge`, async () => {
      const page = await env.page();
      const log = collectConsole(page);
      // Watch the page from its first script on: any DOM write or posted message would show.
      await addInitScript(page, () => {
        const rec = (window.__nb = { mutations: 0, messages: 0, before: '' });
        const obs = new MutationObserver((m) => { rec.mutations += m.length; });
        obs.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        addEventListener('message', () => { rec.messages++; });
        // Count from DOMContentLoaded on: the parser's own insertions come before it; sniff runs after.
        // (takeRecords drops the parser's records still queued for the observer.)
        document.addEventListener('DOMContentLoaded', () => { obs.takeRecords(); rec.before = document.documentElement.outerHTML; rec.mutations = 0; });
      });
      const baseline = log.length;
      await goto(page, env.url(file, host), { waitUntil: 'load' });
      await sleep(1500);
      const rec = await page.evaluate(() => ({ ...window.__nb, after: document.documentElement.outerHTML }));
      assert.ok(rec.before.length > 100);
      assert.equal(rec.after, rec.before);
      assert.equal(rec.messages, 0);
      assert.equal(rec.mutations, 0);
      // The saved pages' missing images and scripts 404 on the fixture server: the page's noise, not ours.
      assert.deepEqual(log.slice(baseline).filter((m) => !/Failed to load resource|404/.test(m)), []);
      const tabId = await env.tabId(page);
      assert.equal((await env.badge(tabId)).text, '');
      if (file === 'not-list.html') {
        // A list page of reports: the background keeps its column for the popup's review offer
        // (e2e/list.e2e.mjs), and no report.
        const state = await until(async () => { const s = await env.tabState(tabId); return s?.column && s; }, { what: 'the column' });
        assert.deepEqual(state.frames, {});
      } else assert.equal(await env.tabState(tabId), null);
      await page.close();
    });

    // The shared fixture pair (a clean report in a frame), and 安化 2021 framed by e2e/pages/iframe-outer.html (errors).
    const framed = [
      IFRAME && IFRAME_INNER && { label: IFRAME.file, outer: IFRAME.file, host: IFRAME.host, query: '', inner: IFRAME_INNER },
      ERR && { label: `iframe-outer.html?src=${ERR.file}`, outer: 'iframe-outer.html', host: ERR.host, query: `?src=${ERR.file}`, inner: ERR },
    ].filter(Boolean);
    for (const [i, c] of framed.entries()) test(`a report inside an iframe is read and marked (${c.label})`, async () => {
      const { page } = await open(env, c.outer, c.host, c.query);
      const tabId = await env.tabId(page);
      const report = await reportOf(env, tabId, (r) => !!r.applications);
      assertFindings(report, c.inner.expected);
      const want = expectedMarks(report.findings);
      const frame = await until(async () => page.frames().find((f) => f.url().startsWith('http') && new URL(f.url()).pathname === `/${c.inner.file}`), { what: 'inner frame' });
      if (want.length) {
        await pollEval(frame, (n) => document.querySelectorAll('[data-nianbao-finding]').length >= n, { arg: want.length });
        assert.deepEqual(await frame.evaluate(MARKED), want);
      } else {
        assert.equal(await frame.evaluate(() => document.querySelectorAll('[data-nianbao-finding]').length), 0);
      }
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-nianbao-finding]').length), 0);
      const errors = errorCount(report.findings);
      await until(async () => (await env.badge(tabId)).text === (errors ? String(errors) : '✓'), { what: 'badge for the framed report' });
      await frame.evaluate(() => document.querySelector('[data-nianbao-culprit]')?.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: resultPath(`${name}-iframe-${i + 1}.png`) });
      await page.close();
    });

    test('tables rendered by script after load are read and marked', { skip: !ERR && 'no error fixture yet' }, async () => {
      const { page } = await open(env, 'late-report.html', ERR.host, `?src=${ERR.file}`);
      const tabId = await env.tabId(page);
      const report = await reportOf(env, tabId, (r) => !!r.applications);
      assertFindings(report, ERR.expected);
      const want = expectedMarks(report.findings);
      await pollEval(page, (n) => document.querySelectorAll('[data-nianbao-finding]').length >= n, { arg: want.length, timeout: 20000 });
      assert.deepEqual(await page.evaluate(MARKED), want);
      await until(async () => (await env.badge(tabId)).text === String(errorCount(report.findings)), { what: 'late badge' });
      await page.close();
    });
  });
}


// Marks, badge, toggle, jump, frames and late tables on the page, in every browser of E2E_BROWSERS.
// Fixture pages come from test/fixtures (shared with the unit tests) and e2e/pages (E2E-only shells).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  BROWSERS, ROOT, addInitScript, collectConsole, goto, launch, pollEval, resultPath, sleep, until,
} from './lib/browser.mjs';

const FIX = path.join(ROOT, 'test/fixtures');
const refKey = (r) => `${r.table}|${r.row}|${r.column}`;

/** A fixture page with its expected findings, or null while it does not exist yet. */
function fixture(file) {
  const html = path.join(FIX, file);
  const exp = html.replace(/\.html$/, '.expected.json');
  if (!fs.existsSync(html) || !fs.existsSync(exp)) return null;
  const expected = JSON.parse(fs.readFileSync(exp, 'utf8'));
  return { file, expected, host: new URL(expected.url ?? 'http://www.example.gov.cn/').hostname };
}
const firstFixture = (re) => {
  const f = fs.existsSync(FIX) ? fs.readdirSync(FIX).filter((n) => re.test(n)).sort() : [];
  for (const n of f) { const x = fixture(n); if (x) return x; }
  return null;
};
const ERR = firstFixture(/^anhua-2021-.*\.html$/);
const CLEAN = fixture('pingtan-2025.html') ?? (fs.existsSync(path.join(FIX, 'pingtan-2025.html'))
  ? { file: 'pingtan-2025.html', expected: { findings: [] }, host: 'www.pingtan.gov.cn' } : null);
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
const errorCount = (findings) => findings.filter((f) => f.severity === 'error').length;
const MARKED = () => [...document.querySelectorAll('[data-nianbao-finding]')]
  .map((e) => e.getAttribute('data-nianbao-finding').split(' ').sort().join(' ')).sort();

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
      { skip: !ERR && 'no test/fixtures/anhua-2021-*.html with .expected.json yet' }, async () => {
        const { page, console: log } = await open(env, ERR.file, ERR.host);
        const want = expectedMarks(ERR.expected.findings);
        assert.ok(want.length > 0, 'fixture expects findings');
        await pollEval(page, (n) => document.querySelectorAll('[data-nianbao-finding]').length >= n, { arg: want.length });
        await sleep(300);
        assert.deepEqual(await page.evaluate(MARKED), want);
        // Severity in the attribute, and styled (outline) without touching layout.
        const sev = await page.evaluate(() => [...new Set([...document.querySelectorAll('[data-nianbao-finding]')]
          .map((e) => e.getAttribute('data-nianbao-severity')))]);
        assert.ok(sev.includes('error'));
        assert.equal(await page.evaluate(() => document.querySelectorAll('style[data-nianbao-style]').length), 1);

        const tabId = await env.tabId(page);
        const errors = errorCount(ERR.expected.findings);
        const badge = await until(async () => { const b = await env.badge(tabId); return b.text === String(errors) && b; },
          { what: `badge "${errors}"` });
        assert.match(badge.title, new RegExp(`${errors} 处错误`));

        // Hover shows the tooltip (fixed, closed shadow root): screenshot it for review.
        await page.hover('[data-nianbao-severity="error"]');
        await pollEval(page, () => document.querySelector('nianbao-tooltip')?.style.display === 'block');
        await page.screenshot({ path: resultPath(`${name}-marked.png`) });

        const layoutBefore = await page.evaluate(() => document.body.getBoundingClientRect().height);
        const off = await env.sendToTab(tabId, { type: 'nianbao:toggle', on: false });
        assert.deepEqual(off, { on: false });
        assert.equal(await page.evaluate(() => document.querySelectorAll('[data-nianbao-finding],[data-nianbao-severity],style[data-nianbao-style]').length), 0);
        const on = await env.sendToTab(tabId, { type: 'nianbao:toggle', on: true });
        assert.deepEqual(on, { on: true });
        assert.deepEqual(await page.evaluate(MARKED), want);
        assert.equal(await page.evaluate(() => document.body.getBoundingClientRect().height), layoutBefore);

        const ref = ERR.expected.findings.find((f) => f.severity === 'error').cells[0];
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
      assert.match(badge.title, /未发现错误/);
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-nianbao-finding]').length), 0);
      await page.close();
    });

    test('a non-report .gov.cn page: nothing in its DOM changes, no console output, no badge', async () => {
      const page = await env.page();
      const log = collectConsole(page);
      // Watch the page from its first script on: any DOM write or posted message would show.
      await addInitScript(page, () => {
        const rec = (window.__nb = { mutations: 0, messages: 0, before: '' });
        new MutationObserver((m) => { rec.mutations += m.length; })
          .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        addEventListener('message', () => { rec.messages++; });
        // Count from DOMContentLoaded on: the parser's own insertions come before it; sniff runs after.
        document.addEventListener('DOMContentLoaded', () => { rec.before = document.documentElement.outerHTML; rec.mutations = 0; });
      });
      await goto(page, env.url('not-report.html', 'www.xxx.gov.cn'), { waitUntil: 'load' });
      await sleep(2000);
      const rec = await page.evaluate(() => ({ ...window.__nb, after: document.documentElement.outerHTML }));
      assert.ok(rec.before.length > 100);
      assert.equal(rec.after, rec.before);
      assert.equal(rec.messages, 0);
      assert.equal(rec.mutations, 0);
      assert.deepEqual(log, []);
      const tabId = await env.tabId(page);
      assert.equal((await env.badge(tabId)).text, '');
      await page.close();
    });

    test('a report inside an iframe is marked', { skip: !(IFRAME_INNER ?? ERR) && 'no fixture' }, async () => {
      const inner = IFRAME ? IFRAME_INNER : ERR;
      const { page } = IFRAME ? await open(env, IFRAME.file, IFRAME.host)
        : await open(env, 'iframe-outer.html', ERR.host, `?src=${ERR.file}`);
      const want = expectedMarks((IFRAME_INNER ?? ERR).expected.findings);
      const frame = await until(async () => page.frames().find((f) => f.url().startsWith('http') && new URL(f.url()).pathname === `/${inner.file}`), { what: 'inner frame' });
      if (want.length) {
        await pollEval(frame, (n) => document.querySelectorAll('[data-nianbao-finding]').length >= n, { arg: want.length });
        assert.deepEqual(await frame.evaluate(MARKED), want);
      }
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-nianbao-finding]').length), 0);
      const tabId = await env.tabId(page);
      const errors = errorCount((IFRAME_INNER ?? ERR).expected.findings);
      await until(async () => (await env.badge(tabId)).text === (errors ? String(errors) : '✓'), { what: 'badge for the framed report' });
      await page.screenshot({ path: resultPath(`${name}-iframe.png`) });
      await page.close();
    });

    test('tables rendered by script after load are read and marked', { skip: !ERR && 'no error fixture yet' }, async () => {
      const { page } = await open(env, 'late-report.html', ERR.host, `?src=${ERR.file}`);
      const want = expectedMarks(ERR.expected.findings);
      await pollEval(page, (n) => document.querySelectorAll('[data-nianbao-finding]').length >= n, { arg: want.length, timeout: 20000 });
      assert.deepEqual(await page.evaluate(MARKED), want);
      const tabId = await env.tabId(page);
      await until(async () => (await env.badge(tabId)).text === String(errorCount(ERR.expected.findings)), { what: 'late badge' });
      await page.close();
    });
  });
}


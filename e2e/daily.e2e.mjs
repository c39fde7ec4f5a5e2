// Daily use in real browsers: the popup shortcut, the context menu (核对本页 / 复制表格) and the
// options page (marks off by default, UI language), in every browser of E2E_BROWSERS.
// Native context menus cannot be clicked by these drivers, so the tests call the very function
// the menu's onClicked listener calls (the background exposes it as __nianbaoMenuClick) with the
// real tab; Chromium reaches it through the service worker, Firefox through getBackgroundPage().
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  BROWSERS, CHROME_EXT, FIREFOX_EXT, ROOT, bestReport, goto, launch, pollEval, resultPath, sleep, until,
} from './lib/browser.mjs';

const PAGE = 'seed-001-anhua-2021-word.html'; // 安化县 2021: （七）总计 left at 0 (errors)
const HOST = 'www.anhua.gov.cn';
const locale = (l) => JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales', l, 'messages.json'), 'utf8'));
const MARKS = () => document.querySelectorAll('[data-nianbao-finding]').length;

/** The tables as the popup's 复制表格 copies them, from the same code (lib/export) in Node. */
function expectedTables(report) {
  const script = `import { toTsv, toHtmlTable } from './lib/export/index.ts';
let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => { const r = JSON.parse(s);
const now = new Date(); process.stdout.write(JSON.stringify({ tsv: toTsv(r, { now }), html: toHtmlTable(r, { now }) })); });`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, input: JSON.stringify(report) });
  return JSON.parse(out.toString());
}

/** Runs fn(':N') with an Xvfb display of its own as DISPLAY (for the headed browsers it launches). */
async function withXvfb(fn) {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = await new Promise((resolve, reject) => {
    xvfb.stdio[3].once('data', (d) => resolve(`:${String(d).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  const saved = process.env.DISPLAY;
  process.env.DISPLAY = display; // the browser launched inside fn inherits it
  try {
    return await fn(display);
  } finally {
    if (saved === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = saved;
    xvfb.kill();
  }
}

for (const name of BROWSERS) {
  describe(`daily use in ${name}`, () => {
    let env;
    const chromium = name === 'chromium';
    // E2E_EXT_CHROMIUM / E2E_EXT_FIREFOX: test a copy of the build while others rebuild .output.
    const extDir = process.env[`E2E_EXT_${name.toUpperCase()}`] || (chromium ? CHROME_EXT : FIREFOX_EXT);
    before(async () => {
      const ext = extDir;
      // Firefox reads the clipboard back only with this testing pref (else it needs clipboardRead).
      env = await launch(name, { ext, ...(chromium ? { lang: 'zh-CN' } : { prefs: { 'dom.events.testing.asyncClipboard': true } }) });
    });
    after(async () => { await env?.close(); });

    /** Runs fn(arg) with the extension's privileges (service worker / an extension page). */
    const ext = (fn, arg) => (chromium ? env.inSw(fn, arg) : env.api(fn, arg));
    /** The menu's click handler, called in the background with the real tab. */
    const menuClick = (menuItemId, tabId, { frameId = 0, windowId } = {}) => ext(async ([id, tab, frame, win]) => {
      const api = globalThis.chrome ?? globalThis.browser;
      const bg = globalThis.__nianbaoMenuClick ? globalThis : await browser.runtime.getBackgroundPage();
      const info = await api.tabs.get(tab);
      return bg.__nianbaoMenuClick({ menuItemId: id, frameId: frame }, win == null ? info : { ...info, windowId: win });
    }, [menuItemId, tabId, frameId, windowId ?? null]);
    /** How many action popups are open (Chromium: runtime.getContexts; Firefox: extension.getViews). */
    const popupsOpen = () => ext(async () => (globalThis.chrome?.runtime.getContexts
      ? (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).length
      : browser.extension.getViews({ type: 'popup' }).length));

    async function openOptions() {
      const page = chromium ? await env.page() : await env.browser.newPage();
      if (chromium) await page.goto(env.extUrl('options.html'));
      else await env.extPage('options.html', page);
      await pollEval(page, () => !!document.querySelector('[data-ready]'));
      return page;
    }
    /** The report page, once the background holds its report; with its tab id. */
    let opened = 0;
    async function openReport() {
      const page = await env.page();
      await goto(page, `${env.url(PAGE, HOST)}?n=${++opened}`); // one URL per tab: tabId() finds tabs by URL
      const tabId = await until(() => env.tabId(page), { what: 'tab id' });
      const report = await until(async () => bestReport(await env.tabState(tabId)), { what: 'report in the background' });
      if (!chromium) await page.bringToFront();
      return { page, tabId, report };
    }
    async function openPopup(tabId) {
      const popup = chromium ? await env.page() : await env.browser.newPage();
      if (chromium) await popup.goto(env.popupUrl(tabId));
      else await env.extPage(`popup.html?tabId=${tabId}`, popup);
      await pollEval(popup, () => document.querySelector('[data-state]')?.getAttribute('data-state'));
      return popup;
    }

    test('the manifest declares the popup shortcut, the menu permission and the options page; the browser assigned the key and holds the menu items', async () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(extDir, 'manifest.json'), 'utf8'));
      assert.equal(manifest.commands?._execute_action?.suggested_key?.default, 'Alt+Shift+H');
      assert.ok(manifest.permissions.includes('contextMenus'), manifest.permissions.join(', '));
      assert.equal(manifest.options_ui?.page, 'options.html');
      // A suggested key that collides with the browser's own is silently not assigned: this would be ''.
      const commands = await ext(async () => (globalThis.chrome ?? globalThis.browser).commands.getAll());
      const open = commands.find((c) => c.name === '_execute_action');
      assert.equal(open?.shortcut?.replace(/\s/g, ''), 'Alt+Shift+H', JSON.stringify(commands));
      // The menu items exist: update() of an unknown id is refused, of ours it is not.
      const exists = (id) => ext(async (i) => {
        try {
          await (globalThis.chrome ?? globalThis.browser).contextMenus.update(i, {});
          return true;
        } catch {
          return false;
        }
      }, id);
      await until(async () => (await exists('nianbao-check')) && (await exists('nianbao-copy')), { timeout: 5000, what: 'the menu items' });
      assert.equal(await exists('nianbao-nonesuch'), false);
    });

    test('options: marks off by default → a report page opens unmarked, the popup says so, and 核对本页 brings the marks', async () => {
      const options = await openOptions();
      await options.click('input[name="marksOn"]');
      await pollEval(options, () => !!document.querySelector('#options-status')?.textContent);
      const stored = await ext(async () => (await (globalThis.chrome ?? globalThis.browser).storage.local.get('settings')).settings);
      assert.equal(stored.marksOn, false);
      await options.screenshot({ path: resultPath(`${name}-options.png`) });
      if (chromium) {
        await options.emulateMedia({ colorScheme: 'dark' });
        await options.screenshot({ path: resultPath(`${name}-options-dark.png`) });
        await options.emulateMedia({ colorScheme: 'light' });
      }

      const { page, tabId, report } = await openReport();
      assert.ok(report.findings.some((f) => f.severity === 'error'));
      await sleep(300); // marks would have been painted by now
      assert.equal(await page.evaluate(MARKS), 0, 'no marks on a report page when they are off by default');
      assert.equal((await env.tabState(tabId)).marksOn, false);
      const popup = await openPopup(tabId);
      assert.equal(await popup.evaluate(() => document.querySelector('#marks-toggle')?.checked), false);
      await popup.close();

      // Where the browser refuses to open the popup (here: a window that does not exist), the
      // handler switches the marks on and scrolls to the first error instead.
      assert.deepEqual(await menuClick('nianbao-check', tabId, { windowId: 987654 }), { ok: true, how: 'marks' });
      await pollEval(page, () => document.querySelectorAll('[data-nianbao-finding]').length > 0);
      await pollEval(page, () => !!document.querySelector('[data-nianbao-flash]'));
      assert.equal((await env.tabState(tabId)).marksOn, true);
      await page.screenshot({ path: resultPath(`${name}-menu-check-marks.png`) });

      // The real window: the action popup opens (Chromium ≥127, Firefox), and the browser lists it.
      const before = await popupsOpen();
      assert.deepEqual(await menuClick('nianbao-check', tabId), { ok: true, how: 'popup' });
      await until(async () => (await popupsOpen()) > before, { timeout: 5000, what: 'an open action popup' });
      await page.close();
      await options.click('input[name="marksOn"]'); // back on for the tests below
      await pollEval(options, () => document.querySelector('input[name="marksOn"]').checked);
      await options.close();
    });

    test('context menu 复制表格: the report tables land on the clipboard as TSV + HTML, like the popup copy', async () => {
      const { page, tabId, report } = await openReport();
      const want = expectedTables(report);
      if (chromium) await env.ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
      // A site that blocks copying (oncopy → return false) must not stop the menu's copy.
      await page.evaluate(() => { document.oncopy = () => false; });
      const outcome = await menuClick('nianbao-copy', tabId);
      assert.deepEqual(outcome, { ok: true, how: 'copied' });
      {
        const reader = await openOptions();
        if (chromium) await reader.bringToFront();
        const got = await reader.evaluate(async () => {
          const [item] = await navigator.clipboard.read();
          const get = async (t) => (item.types.includes(t) ? (await item.getType(t)).text() : null);
          return { text: await get('text/plain'), html: await get('text/html') };
        });
        assert.equal(got.text, want.tsv);
        assert.match(got.text, /本年新收政府信息公开申请数量\t/);
        // The browser re-serialises clipboard HTML: compare the tables cell by cell, spans included.
        const cells = (html) => reader.evaluate((h) => [...new DOMParser().parseFromString(h, 'text/html').querySelectorAll('table')]
          .map((t) => [...t.querySelectorAll('th,td')].map((c) => `${c.textContent}|${c.rowSpan}|${c.colSpan}`)), html);
        const [gotCells, wantCells] = [await cells(got.html), await cells(want.html)];
        assert.ok(wantCells.length >= 3, `tables: ${wantCells.length}`);
        assert.deepEqual(gotCells, wantCells);
        await reader.close();
      }
      await page.close();
    });

    test('options: a UI language other than the browser\'s → the popup and the page tooltips speak it', async () => {
      const ui = await ext(() => (globalThis.chrome ?? globalThis.browser).i18n.getUILanguage());
      const other = /^en\b/i.test(ui) ? 'zh_CN' : 'en';
      const options = await openOptions();
      await options.click(`input[name="language"][value="${other}"]`);
      const msgs = locale(other);
      // The options page itself re-renders in the chosen language.
      await pollEval(options, (title) => document.querySelector('h1')?.textContent === title, { arg: msgs.optionsTitle.message });
      await options.screenshot({ path: resultPath(`${name}-options-${other}.png`) });
      await options.close();

      const { page, tabId } = await openReport();
      // Report frames get the chosen locale from the background (content scripts cannot read _locales).
      const tip = await pollEval(page, () => document.querySelector('[aria-description]')?.getAttribute('aria-description'));
      // A severity label, then the message: "Error: …" in English, "错误：…" in Chinese.
      assert.match(tip, other === 'en' ? /^[A-Z][a-z]+: [^\u4e00-\u9fff]+$/ : /^[\u4e00-\u9fff]+：/, `tooltip: ${tip}`);
      const popup = await openPopup(tabId);
      assert.equal(await popup.evaluate(() => document.querySelector('h1')?.textContent), msgs.popupTitle.message, `browser ${ui}, chose ${other}`);
      assert.equal(await popup.evaluate(() => document.documentElement.lang), other.replace('_', '-'));
      await popup.screenshot({ path: resultPath(`${name}-popup-${other}.png`) });
      await popup.close();
      await page.close();
      const back = await openOptions();
      await back.click('input[name="language"][value="auto"]');
      await pollEval(back, (title) => document.querySelector('h1')?.textContent === title, { arg: locale(/^en\b/i.test(ui) ? 'en' : 'zh_CN').optionsTitle.message });
      await back.close();
    });

    // Firefox is left out: under Xvfb (no window manager) the key does reach it and a panel opens
    // (openPopup() is then refused: "another panel is open"), but the popup document never loads,
    // so there is nothing to assert on. The command and its key are checked in the first test.
    if (chromium) test('the shortcut Alt+Shift+H, pressed on a report page, opens the popup (a real X key event under Xvfb)', async (t) => {
      // Keys sent through CDP/BiDi go to the page, never through the browser's shortcut table, so
      // this needs a real display: a headed browser on Xvfb and xdotool (skipped without them).
      const missing = ['Xvfb', 'xdotool'].filter((b) => spawnSync('sh', ['-c', `command -v ${b}`]).status !== 0);
      if (missing.length) return t.skip(`needs ${missing.join(' and ')} (apt-get install xvfb xdotool)`);
      await withXvfb(async (display) => {
        const headed = await launch(name, { ext: extDir, headless: false });
        try {
          const count = () => headed.inSw(async () => (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).length);
          const page = await headed.page();
          await goto(page, `${headed.url(PAGE, HOST)}?key=1`);
          const tabId = await until(() => headed.tabId(page), { what: 'tab id' });
          await until(async () => bestReport(await headed.tabState(tabId)), { what: 'report in the background' });
          await page.bringToFront();
          const before = await count();
          const x = (...args) => execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display } }).toString().trim();
          const win = x('search', '--onlyvisible', '--class', 'chromium').split('\n').at(-1);
          x('windowfocus', '--sync', win);
          x('key', '--clearmodifiers', 'alt+shift+h');
          await until(async () => (await count()) > before, { timeout: 5000, what: 'the popup opened by the shortcut' });
        } finally {
          await headed.close();
        }
      });
    });
  });
}

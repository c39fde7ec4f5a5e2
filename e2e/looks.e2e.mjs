// What a reviewer sees (issue 9, "Looks and words"), in every browser of E2E_BROWSERS: the icon in
// the built manifest and files, one popup card for the 安化 mistake in Chinese and in English (light
// and dark screenshots in test-results/), only culprit cells as tab stops, a tooltip even on a page
// that took the name nianbao-tooltip first, and a report in a frame of another site's page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { BROWSERS, CHROME_EXT, FIREFOX_EXT, addInitScript, goto, launch, pollEval, resultPath, sleep, until } from './lib/browser.mjs';

const ANHUA = 'seed-001-anhua-2021-word.html';
const HOST = 'www.anhua.gov.cn';
const SETTINGS = 'settings'; // lib/ui/settings.ts SETTINGS_KEY

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  assert.equal(b.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

// A page from another site (not .gov.cn) that frames the 安化 report.
const routes = {
  '/foreign-outer.html': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><meta charset="utf-8"><title>转载</title><iframe src="http://${HOST}/${ANHUA}" width="1000" height="700"></iframe>`);
  },
};

for (const name of BROWSERS) {
  const EXT = name === 'chromium' ? CHROME_EXT : FIREFOX_EXT;

  test(`${name}: the icon is in the built manifest and its files`, () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8'));
    for (const size of [16, 32, 48, 128]) {
      const file = manifest.icons?.[size];
      assert.ok(file, `manifest icons.${size}`);
      assert.deepEqual(pngSize(path.join(EXT, file)), [size, size]);
    }
    for (const [size, file] of Object.entries(manifest.action.default_icon)) assert.deepEqual(pngSize(path.join(EXT, file)), [+size, +size]);
    for (const size of [16, 32]) assert.deepEqual(pngSize(path.join(EXT, `icon/${size}-gray.png`)), [size, size]);
  });

  describe(`looks in ${name}`, () => {
    let env;
    before(async () => {
      env = await launch(name, { routes, ...(name === 'chromium' && { lang: 'zh-CN' }) });
    });
    after(async () => { await env?.close(); });

    const setLanguage = (language) => {
      const set = async ([key, lang]) => (globalThis.browser ?? chrome).storage.local.set({ [key]: { language: lang } });
      return name === 'chromium' ? env.inSw(set, [SETTINGS, language]) : env.api(set, [SETTINGS, language]);
    };
    const openPopup = async (tabId, viewport = { width: 400, height: 600 }) => {
      let popup;
      if (name === 'chromium') {
        popup = await env.page();
        await popup.setViewportSize(viewport);
        await popup.goto(env.popupUrl(tabId));
      } else {
        popup = await env.browser.newPage();
        await popup.setViewport(viewport);
        await env.extPage(`popup.html?tabId=${tabId}`, popup);
      }
      await pollEval(popup, () => document.querySelector('[data-state]')?.getAttribute('data-state'), { timeout: 15000 });
      return popup;
    };
    const openAnhua = async () => {
      const page = await env.page();
      await goto(page, env.url(ANHUA, HOST));
      await pollEval(page, () => document.querySelectorAll('[data-nianbao-finding]').length > 0, { timeout: 20000 });
      return page;
    };

    test('安化 2021: one card for the （七）总计 row, in Chinese and in English, light and dark', async () => {
      const page = await openAnhua();
      const tabId = await until(() => env.tabId(page), { what: 'tab id' });
      const badge = await until(async () => { const b = await env.badge(tabId); return b.text === '1' && b; }, { what: 'badge "1"' });
      for (const [language, lang] of [['zh_CN', 'zh'], ['en', 'en']]) {
        await setLanguage(language);
        const popup = await openPopup(tabId);
        const cards = await popup.evaluate(() => [...document.querySelectorAll('.finding')].map((c) => ({
          sev: c.closest('.findings-group').className, n: c.dataset.findings, title: c.querySelector('.finding-message').textContent,
        })));
        assert.equal(cards.length, 1, JSON.stringify(cards));
        assert.match(cards[0].sev, /sev-error/);
        assert.equal(cards[0].n, '4');
        const text = await popup.evaluate(() => document.body.innerText);
        if (lang === 'zh') {
          assert.equal(cards[0].title, '（七）总计一行为 0，自然人、总计两列与各项之和、与收支平衡均不符');
          assert.match(text, /共 4 处规则不符/);
          assert.match(text, /2021 年度报告 · 2021 版模板/);
          assert.match(text, /发现 1 处错误/);
          assert.match(badge.title, /1 处错误|1 error/);
        } else {
          assert.match(cards[0].title, /^\(7\) Total row is 0: the Natural persons and Total columns disagree with/);
          assert.match(text, /4 rule violations/);
          // Everything the user reads is English, except the agency's name and the page's own labels.
          const stray = text.replace(/安化县人民政府/g, '').match(/[\u4e00-\u9fff]+/g);
          assert.equal(stray, null, `Chinese in the English popup: ${stray}`);
        }
        // No rule ids in the visible text (they stay in the title attribute).
        assert.doesNotMatch(text, /applications\.|value\.|structure\./);
        await popup.screenshot({ path: resultPath(`looks-${name}-popup-${lang}-light.png`), fullPage: true });
        if (name === 'chromium') {
          await popup.emulateMedia({ colorScheme: 'dark' });
          await popup.screenshot({ path: resultPath(`looks-${name}-popup-${lang}-dark.png`), fullPage: true });
        }
        // Jump-to-cell still works from the card.
        await popup.click('.sev-error button.finding-jump');
        await pollEval(page, () => !!document.querySelector('[data-nianbao-flash]'));
        await popup.close();
      }
      await setLanguage('auto');
      await page.close();
    });

    test('only culprit cells are tab stops; a non-culprit marked cell still shows its message on hover', async () => {
      const page = await openAnhua();
      const stops = await page.evaluate(() => {
        const marked = [...document.querySelectorAll('[data-nianbao-finding]')];
        return {
          marked: marked.length,
          culprits: marked.filter((e) => e.hasAttribute('data-nianbao-culprit')).length,
          stops: marked.filter((e) => e.getAttribute('tabindex') === '0').length,
          strayStops: marked.filter((e) => e.getAttribute('tabindex') === '0' && !e.hasAttribute('data-nianbao-culprit')).length,
        };
      });
      assert.equal(stops.culprits, 2, JSON.stringify(stops)); // （七）总计 · 自然人 and · 总计
      assert.equal(stops.stops, 2, JSON.stringify(stops));
      assert.equal(stops.strayStops, 0);
      assert.ok(stops.marked > 20, JSON.stringify(stops));
      // Each marked cell describes its mistake (the tooltip's line) in the browser's language.
      const said = await page.evaluate(() => document.querySelector('[data-nianbao-culprit]').getAttribute('aria-description'));
      const zh = await page.evaluate(() => /^zh/.test(navigator.language));
      assert.match(said, zh ? /^错误：（七）总计一行为 0，自然人、总计两列/ : /^Error: \(7\) Total row is 0: the Natural persons and Total columns/);
      await page.evaluate(() => {
        const el = document.querySelector('[data-nianbao-finding]:not([data-nianbao-culprit])');
        el.setAttribute('data-looks-target', '');
        el.scrollIntoView({ block: 'center' });
      });
      await page.hover('[data-looks-target]');
      await pollEval(page, () => document.querySelector('[data-nianbao-tooltip]')?.style.display === 'block');
      await page.close();
    });

    test('a page that defined the element nianbao-tooltip itself still gets the tooltip', async () => {
      const page = await env.page();
      await addInitScript(page, () => {
        customElements.define('nianbao-tooltip', class extends HTMLElement {
          constructor() { super(); this.attachShadow({ mode: 'closed' }); }
        });
      });
      await goto(page, env.url(ANHUA, HOST));
      await pollEval(page, () => document.querySelectorAll('[data-nianbao-culprit]').length > 0, { timeout: 20000 });
      assert.equal(await page.evaluate(() => !!customElements.get('nianbao-tooltip')), true);
      await page.evaluate(() => document.querySelector('[data-nianbao-culprit]').scrollIntoView({ block: 'center' }));
      await page.hover('[data-nianbao-culprit]');
      await pollEval(page, () => document.querySelector('[data-nianbao-tooltip]')?.style.display === 'block');
      await page.screenshot({ path: resultPath(`looks-${name}-tooltip-taken-name.png`) });
      await page.close();
    });

    test('a report in a frame of a page on another site: the popup says so, with the frame address', async () => {
      const page = await env.page();
      const outer = name === 'chromium' ? `http://127.0.0.1:${env.port}/foreign-outer.html` : 'http://www.example.com/foreign-outer.html';
      await goto(page, outer);
      // The tab's address is not ours to read (no host access): find the tab by its stored report.
      const tabId = await until(async () => {
        const all = name === 'chromium'
          ? await env.inSw(() => chrome.storage.session.get(null))
          : await env.api(() => browser.storage.session.get(null));
        const hit = Object.entries(all).find(([, s]) => Object.values(s.frames ?? {}).some((f) => f.frameId !== 0 && f.report.agency === '安化县人民政府'));
        return hit && Number(hit[0].slice(4));
      }, { what: 'the framed report', timeout: 20000 });
      const popup = await openPopup(tabId);
      const note = await pollEval(popup, () => document.getElementById('frame-note')?.textContent);
      assert.ok(note.includes(`http://${HOST}/${ANHUA}`), note);
      assert.match(note, /另一网站|another site/);
      await sleep(100);
      await popup.screenshot({ path: resultPath(`looks-${name}-popup-foreign-frame.png`) });
      await popup.close();
      await page.close();
    });
  });
}

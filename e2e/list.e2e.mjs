// List pages of reports in real browsers (issue 8): the content script recognises a 年报 column,
// the small list reader (lister.js) sends the links it finds in the RENDERED page, and the popup
// offers 核对本栏目全部年报（N 份）, whose click opens review.html?tab=<tab> (the review page itself
// has its own tests: e2e/review.e2e.mjs). Pages:
//   - the real 平潭 column (test/fixtures/real/pingtan-list.html) at its own path under
//     www.pingtan.gov.cn; N is what the core's readColumn finds in the page as the browser rendered it;
//   - e2e/pages/late-list.html: no static link, its script draws 5 reports 1 s after load and 7 more
//     0.5 s later: the offer counts all 12;
//   - a 解读 page titled with a report and linking four (e2e/pages/jiedu.html) and a notice about
//     the reports (test/fixtures/not-notice.html): no offer.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BROWSERS, ROOT, goto, launch, openPopup, pollEval, resultPath, sleep, until } from './lib/browser.mjs';

const PINGTAN = 'www.pingtan.gov.cn';
const COLUMN_PATH = '/zwgk/zfxxgk/zfxxgknb/';
const LX = 'www.lx.gov.cn';
const routes = {
  [COLUMN_PATH]: (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    fs.createReadStream(path.join(ROOT, 'test/fixtures/real/pingtan-list.html')).pipe(res);
  },
};

/** The core's reading of a page (lib/list readColumn, jsdom, as the CLI reads it): { links, pages } | null. */
function readColumnOf(html, url) {
  const script = `
    import { JSDOM } from 'jsdom';
    import { readColumn } from './lib/list/index.ts';
    let input = '';
    for await (const c of process.stdin) input += c;
    const { html, url } = JSON.parse(input);
    process.stdout.write(JSON.stringify(readColumn(new JSDOM(html, { url }).window.document, url)));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, input: JSON.stringify({ html, url }) });
  return JSON.parse(out.toString());
}

const OFFER = /核对本栏目全部年报（(\d+) 份）|Check all (\d+) reports in this column/;

for (const name of BROWSERS) {
  describe(`list pages in ${name}`, () => {
    let env;
    before(async () => {
      const ext = process.env[`E2E_EXT_${name.toUpperCase()}`] || undefined;
      env = await launch(name, { routes, ext, ...(name === 'chromium' && { lang: 'zh-CN' }) });
    });
    after(async () => { await env?.close(); });

    async function open(url) {
      const page = await env.page();
      await goto(page, url);
      const tabId = await until(() => env.tabId(page), { what: 'tab id' });
      return { page, tabId };
    }

    /** The popup aimed at a tab, in a tab of its own, once it has rendered its state. */
    async function popupFor(tabId) {
      const popup = await openPopup(env, tabId);
      await pollEval(popup, () => document.querySelector('[data-state]')?.getAttribute('data-state'), { timeout: 15000 });
      return popup;
    }

    const offerCount = (popup) => popup.evaluate(() => document.querySelector('#review-column')?.textContent ?? null)
      .then((text) => (text ? Number(OFFER.exec(text)?.slice(1).find(Boolean)) : null));

    test('the real 平潭 column: the offer counts the reports the core reads in the rendered page; the click opens review.html?tab=N', async () => {
      const url = env.url(COLUMN_PATH, PINGTAN);
      const { page, tabId } = await open(url);
      const rendered = await page.evaluate(() => document.documentElement.outerHTML);
      const column = readColumnOf(rendered, url);
      assert.ok(column && column.links.length >= 3, 'the core reads the page as a column');
      const n = column.links.length; // 10 static entries (2016–2025); its second page is fetched by the review
      const state = await until(async () => {
        const s = await env.tabState(tabId);
        return s?.column?.links.length === n && s;
      }, { what: `the column of ${n} links in the background`, timeout: 20000 });
      assert.deepEqual(state.column.links.map((l) => l.url), column.links.map((l) => l.url));
      assert.deepEqual(state.column.pages, column.pages);
      assert.equal(state.column.url, url);
      assert.deepEqual(Object.keys(state.frames), [], 'a list page is no report: the analyser was not injected');
      const badge = await env.badge(tabId);
      assert.equal(badge.text, '', 'no number on the toolbar button of a list page');
      assert.match(badge.title, new RegExp(`年报栏目：${n} 份报告|Annual report column: ${n} reports`));
      // The page itself is left alone: no marks, no injected styles.
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-nianbao-finding], [data-nianbao-style]').length), 0);

      const popup = await popupFor(tabId);
      assert.equal(await popup.evaluate(() => document.querySelector('[data-state]').getAttribute('data-state')), 'column');
      assert.equal(await offerCount(popup), n);
      assert.equal(await popup.evaluate(() => !!document.querySelector('.state-not-report')), false, 'not shown as "not a report"');
      assert.equal(await popup.evaluate(() => document.activeElement?.id), 'review-column', 'Enter starts the review');
      await popup.screenshot({ path: resultPath(`${name}-popup-column.png`) });
      if (name === 'chromium') {
        await popup.emulateMedia({ colorScheme: 'dark' });
        await popup.screenshot({ path: resultPath(`${name}-popup-column-dark.png`) });
      }

      const reviewUrl = `${env.extUrl('review.html')}?tab=${tabId}`;
      let opened;
      if (name === 'chromium') {
        [opened] = await Promise.all([env.ctx.waitForEvent('page', { timeout: 10000 }), popup.keyboard.press('Enter')]);
        await until(() => opened.url() === reviewUrl, { what: `a tab at ${reviewUrl} (now ${opened.url()})`, timeout: 10000 });
        await opened.close();
      } else {
        // BiDi does not report extension pages' loads (bug 1755014): ask the tabs API for it.
        await popup.click('#review-column');
        const id = await until(() => env.api(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, reviewUrl),
          { what: `a tab at ${reviewUrl}`, timeout: 10000 });
        await env.api((tab) => browser.tabs.remove(tab), id);
      }
      await popup.close();
      await page.close();
    });

    test('a column whose list the page script draws after load: the offer counts every report, the second batch included', async () => {
      const url = env.url('late-list.html', LX);
      const { page, tabId } = await open(url);
      await pollEval(page, () => document.querySelectorAll('#list a').length === 12, { timeout: 10000 });
      const n = readColumnOf(await page.evaluate(() => document.documentElement.outerHTML), url).links.length;
      assert.equal(n, 12);
      await until(async () => (await env.tabState(tabId))?.column?.links.length === n, { what: `the column of ${n} links`, timeout: 20000 });
      const popup = await popupFor(tabId);
      assert.equal(await offerCount(popup), n);
      await popup.close();
      await page.close();
    });

    for (const [label, file] of [['a 解读 page titled with the report, linking four reports', 'jiedu.html'], ['a notice about the reports', 'not-notice.html']]) {
      test(`${label}: no offer`, async () => {
        const { page, tabId } = await open(env.url(file, LX));
        await sleep(3000); // past the late-list path: sniff's watch reads a 年报-titled page for a while
        assert.equal((await env.tabState(tabId))?.column ?? null, null);
        const popup = await popupFor(tabId);
        assert.equal(await popup.evaluate(() => document.querySelector('[data-state]').getAttribute('data-state')), 'notReport');
        assert.equal(await popup.evaluate(() => !!document.querySelector('#review-column')), false);
        assert.equal((await env.badge(tabId)).text, '');
        await popup.close();
        await page.close();
      });
    }
  });
}

// Issue 8 in real browsers: the extension keeps every report it reads (IndexedDB) and runs the
// history.* rules when the same agency's report for the year before is known. The real 平潭 2022
// page, and its 2023 page with 上年结转 (总计) changed to 7 (2022's 结转下年度 is 0), served under
// www.pingtan.gov.cn: visiting 2022 then 2023 marks 2023's 上年结转 cell and lists the finding in the
// popup; the popup counts and clears the kept reports; only the year before is ever compared.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { BROWSERS, ROOT, bestReport, goto, launch, pollEval, resultPath, sleep, until } from './lib/browser.mjs';

const FIX = path.join(ROOT, 'test/fixtures/real');
const read = (name) => fs.readFileSync(path.join(FIX, `${name}.html`), 'utf8');

/** 平潭 2023 with the 总计 cell of 二、上年结转 changed from 0 to 7 (as test/cli/site.ts does with a DOM). */
function pingtan2023Changed() {
  const html = read('pingtan-2023');
  const start = html.indexOf('二、上年结转政府信息公开申请数量');
  const end = html.indexOf('</tr>', start);
  const row = html.slice(start, end);
  const changed = row.replace(/>0(<\/p><\/td>)$/, '>7$1');
  assert.notEqual(changed, row, 'the 上年结转 row of pingtan-2023.html ends in its 总计 cell, 0');
  return html.slice(0, start) + changed + html.slice(end);
}

const HOST = 'www.pingtan.gov.cn';
const Y2022 = '/zwgk/zfxxgk/zfxxgknb/202302/t20230220_80629.htm';
const Y2023 = '/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm';
const serve = (body) => (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
};
const routes = { [Y2022]: serve(read('pingtan-2022')), [Y2023]: serve(pingtan2023Changed()) };

/** The page's cells marked by a rule (their text and their row's label), or null when none is. */
const MARKED = (rule) => {
  const cells = [...document.querySelectorAll('[data-nianbao-finding]')]
    .filter((el) => el.getAttribute('data-nianbao-finding').split(' ').includes(rule))
    .map((el) => ({ text: el.textContent.trim(), row: el.closest('tr')?.cells[0]?.textContent.trim() ?? '' }));
  return cells.length ? cells : null;
};
const historyRules = (report) => (report?.findings ?? []).map((f) => f.rule).filter((r) => r.startsWith('history.'));

for (const name of BROWSERS) {
  describe(`history (year against year) in ${name}`, () => {
    let env;
    before(async () => { env = await launch(name, { routes, ...(name === 'chromium' && { lang: 'zh-CN' }) }); });
    after(async () => { await env?.close(); });

    /** Opens a report page (the real ones have no finding of their own) and waits until the background holds its report. */
    async function visit(p) {
      const page = await env.page();
      await goto(page, env.url(p, HOST));
      const tabId = await until(() => env.tabId(page), { what: 'tab id' });
      await until(async () => bestReport(await env.tabState(tabId)), { what: 'report in the background', timeout: 20000 });
      return { page, tabId };
    }

    /** The popup aimed at a tab, reopened until its count of kept reports satisfies `ok` (the background keeps a report as it arrives). */
    async function popupFor(tabId, ok = () => true) {
      const popup = await env.page();
      if (name === 'chromium') await popup.setViewportSize({ width: 400, height: 640 });
      else await popup.setViewport({ width: 400, height: 640 });
      await until(async () => {
        if (name === 'chromium') await popup.goto(env.popupUrl(tabId));
        else await env.extPage(`popup.html?tabId=${tabId}`, popup);
        const count = await pollEval(popup, () => document.querySelector('#history-count')?.getAttribute('data-count'), { timeout: 10000 });
        return ok(Number(count));
      }, { what: 'the popup’s count of kept reports', timeout: 20000 });
      await pollEval(popup, () => document.querySelector('[data-state]')?.getAttribute('data-state'), { timeout: 10000 });
      return popup;
    }
    const countText = (popup) => popup.evaluate(() => document.querySelector('#history-count').textContent);
    const count = (popup) => popup.evaluate(() => Number(document.querySelector('#history-count').getAttribute('data-count')));
    const cardRules = (popup) => popup.evaluate(() => [...document.querySelectorAll('.finding')].flatMap((c) => c.dataset.rules.split(' ')));

    /** Clears the kept reports from a popup, as a user does. */
    async function clear(popup) {
      await popup.click('#history-clear');
      await pollEval(popup, () => document.querySelector('#history-count')?.getAttribute('data-count') === '0', { timeout: 10000 });
    }

    test('2022 then the changed 2023: 上年结转 is marked and listed; the popup counts and clears the kept reports', async () => {
      const y2022 = await visit(Y2022);
      const p2022 = await popupFor(y2022.tabId, (n) => n === 1);
      assert.deepEqual(historyRules(bestReport(await env.tabState(y2022.tabId))), []); // 2021 was never read
      await p2022.close();

      const started = Date.now();
      const y2023 = await visit(Y2023);
      const marked = await pollEval(y2023.page, MARKED, { arg: 'history.carryOver', timeout: 20000 });
      console.log(`# ${name}: visit 2023 → history.carryOver marked: ${Date.now() - started} ms`);
      assert.deepEqual(marked, [{ text: '7', row: '二、上年结转政府信息公开申请数量' }]);
      const report = await until(async () => {
        const r = bestReport(await env.tabState(y2023.tabId));
        return historyRules(r).includes('history.carryOver') && r;
      }, { what: 'the report with its history findings in the background' });
      const carry = report.findings.find((f) => f.rule === 'history.carryOver');
      assert.equal(carry.actual, 7);
      assert.equal(carry.expected, 0);

      const popup = await popupFor(y2023.tabId, (n) => n >= 2);
      assert.ok((await cardRules(popup)).includes('history.carryOver'), (await cardRules(popup)).join(' '));
      const text = await popup.evaluate(() => document.body.innerText);
      if (name === 'chromium') assert.match(text, /上年结转/);
      assert.match(await countText(popup), /已保存 2 份年报（用于与上年对比）|2 reports kept/);
      await popup.screenshot({ path: resultPath(`${name}-history-popup.png`), fullPage: true });
      await y2023.page.screenshot({ path: resultPath(`${name}-history-page.png`), clip: await y2023.page.evaluate(() => {
        const r = document.querySelector('[data-nianbao-finding~="history.carryOver"]').closest('table').getBoundingClientRect();
        return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: Math.min(r.height, 500) };
      }), fullPage: true }).catch(() => {}); // a picture for the README; not every driver clips a full page

      await clear(popup);
      assert.match(await countText(popup), /已保存 0 份年报|0 reports kept/);
      await popup.screenshot({ path: resultPath(`${name}-history-cleared.png`), fullPage: true });
      await popup.close();

      // 2023 again, after clearing: nothing to compare with (it is kept again, alone).
      for (const p of [y2022.page, y2023.page]) await p.close();
      const again = await visit(Y2023);
      const p2 = await popupFor(again.tabId, (n) => n === 1);
      await sleep(300); // the answer without a previous report has reached the page
      assert.equal(await again.page.evaluate(MARKED, 'history.carryOver'), null);
      assert.deepEqual(historyRules(bestReport(await env.tabState(again.tabId))), []);
      assert.ok(!(await cardRules(p2)).some((r) => r.startsWith('history.')));
      await clear(p2);
      for (const p of [p2, again.page]) await p.close();
    });

    test('2023 then 2022: 2022 is not compared with the year after', async () => {
      const y2023 = await visit(Y2023);
      const p1 = await popupFor(y2023.tabId, (n) => n === 1);
      await p1.close();
      const y2022 = await visit(Y2022);
      const p2 = await popupFor(y2022.tabId, (n) => n === 2);
      await sleep(300);
      assert.deepEqual(historyRules(bestReport(await env.tabState(y2022.tabId))), []);
      assert.ok(!(await cardRules(p2)).some((r) => r.startsWith('history.')));
      assert.equal(await y2022.page.evaluate(() => document.querySelectorAll('[data-nianbao-finding*="history."]').length), 0);
      assert.equal(await count(p2), 2);
      await clear(p2);
      for (const p of [p2, y2022.page, y2023.page]) await p.close();
    });
  });
}

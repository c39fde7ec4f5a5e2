// The popup, the clipboard and the draft page in real browsers (Chromium: everything, read back
// from the clipboard; Firefox: the popup renders and copying resolves, since reading the clipboard
// back would need clipboardRead). Pages are served under .gov.cn names by e2e/lib/browser.mjs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  BROWSERS, ROOT, launch, openPopup as popupFor, pollEval, resultPath, sleep, until,
} from './lib/browser.mjs';

// ---- A synthetic 2021-template report, laid out like a Word paste: the 安化县 2021 error ------
// （七）总计 is 0 in every column while its parts add up to 36 (自然人 and 总计).
const APPLICANTS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const td = (text, attrs = '') => `<td${attrs ? ` ${attrs}` : ''}><p class="MsoNormal"><span>${text}</span></p></td>`;
const values = (natural) => [natural, 0, 0, 0, 0, 0, natural].map((v) => td(v)).join('');

function table3() {
  const head = `<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'rowspan="3" colspan="3"')}${td('申请人情况', 'colspan="7"')}</tr>
<tr>${td('自然人', 'rowspan="2"')}${td('法人或其他组织', 'colspan="5"')}${td('总计', 'rowspan="2"')}</tr>
<tr>${APPLICANTS.slice(1).map((a) => td(a)).join('')}</tr>`;
  const rows = [];
  rows.push(`<tr>${td('一、本年新收政府信息公开申请数量', 'colspan="3"')}${values(36)}</tr>`);
  rows.push(`<tr>${td('二、上年结转政府信息公开申请数量', 'colspan="3"')}${values(0)}</tr>`);
  const groups = [
    ['（三）不予公开', ['1.属于国家秘密', 1], ['2.其他法律行政法规禁止公开', 0], ['3.危及“三安全一稳定”', 0], ['4.保护第三方合法权益', 1],
      ['5.属于三类内部事务信息', 0], ['6.属于四类过程性信息', 0], ['7.属于行政执法案卷', 0], ['8.属于行政查询事项', 0]],
    ['（四）无法提供', ['1.本机关不掌握相关政府信息', 2], ['2.没有现成信息需要另行制作', 0], ['3.补正后申请内容仍不明确', 0]],
    ['（五）不予处理', ['1.信访举报投诉类申请', 0], ['2.重复申请', 0], ['3.要求提供公开出版物', 0], ['4.无正当理由大量反复申请', 0],
      ['5.要求行政机关确认或重新出具已获取信息', 0]],
    ['（六）其他处理', ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 0],
      ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 0], ['3.其他', 0]],
  ];
  const resultRows = 2 + groups.reduce((n, g) => n + g.length - 1, 0) + 1;
  rows.push(`<tr>${td('三、本年度办理结果', `rowspan="${resultRows}"`)}${td('（一）予以公开', 'colspan="2"')}${values(30)}</tr>`);
  rows.push(`<tr>${td('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'colspan="2"')}${values(2)}</tr>`);
  for (const [label, ...subs] of groups) {
    subs.forEach(([sub, n], i) => rows.push(`<tr>${i === 0 ? td(label, `rowspan="${subs.length}"`) : ''}${td(sub)}${values(n)}</tr>`));
  }
  rows.push(`<tr>${td('（七）总计', 'colspan="2"')}${values(0)}</tr>`);
  rows.push(`<tr>${td('四、结转下年度继续办理', 'colspan="3"')}${values(0)}</tr>`);
  return `<table border="1" cellspacing="0" class="MsoNormalTable">${head}${rows.join('\n')}</table>`;
}

function table2() {
  const r = (cells) => `<tr>${cells.join('')}</tr>`;
  return `<table border="1" cellspacing="0">
${r([td('第二十条第（一）项', 'colspan="4"')])}
${r([td('信息内容'), td('本年制发件数'), td('本年废止件数'), td('现行有效件数')])}
${r([td('规章'), td(0), td(0), td(0)])}
${r([td('行政规范性文件'), td(5), td(1), td(40)])}
${r([td('第二十条第（五）项', 'colspan="4"')])}
${r([td('信息内容'), td('本年处理决定数量', 'colspan="3"')])}
${r([td('行政许可'), td(1200, 'colspan="3"')])}
${r([td('第二十条第（六）项', 'colspan="4"')])}
${r([td('信息内容'), td('本年处理决定数量', 'colspan="3"')])}
${r([td('行政处罚'), td(300, 'colspan="3"')])}
${r([td('行政强制'), td(12, 'colspan="3"')])}
${r([td('第二十条第（八）项', 'colspan="4"')])}
${r([td('信息内容'), td('本年收费金额（单位：万元）', 'colspan="3"')])}
${r([td('行政事业性收费'), td(0, 'colspan="3"')])}
</table>`;
}

function table4() {
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return `<table border="1" cellspacing="0">
<tr>${td('行政复议', 'colspan="5"')}${td('行政诉讼', 'colspan="10"')}</tr>
<tr>${five.map((h) => td(h, 'rowspan="2"')).join('')}${td('未经复议直接起诉', 'colspan="5"')}${td('复议后起诉', 'colspan="5"')}</tr>
<tr>${[...five, ...five].map((h) => td(h)).join('')}</tr>
<tr>${[1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0].map((v) => td(v)).join('')}</tr>
</table>`;
}

/** The tables as a reviewer would paste them from Word: no title. */
const DRAFT_TABLES = `<p class="MsoNormal">二、主动公开政府信息情况</p>${table2()}
<p class="MsoNormal">三、收到和处理政府信息公开申请情况</p>${table3()}
<p class="MsoNormal">四、政府信息公开行政复议、行政诉讼情况</p>${table4()}`;

const TITLE = '安化县人民政府2021年政府信息公开工作年度报告';
const REPORT_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>${TITLE}</title></head>
<body><div class="TRS_Editor"><h1>${TITLE}</h1>
<p>一、总体情况</p><p>2021年，安化县人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。</p>
${DRAFT_TABLES}
<p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>无。</p>
${'<p>（正文）</p>'.repeat(60)}
</div></body></html>`;
const PAGE_PATH = '/zfxxgk/ndbg/popup-e2e-2021.html';
const routes = {
  [PAGE_PATH]: (req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(REPORT_PAGE); },
};
const HOST = 'www.anhua.gov.cn';

/** The exports the popup promises, computed from the same code (lib/export) in Node via tsx. */
function expectedExports(report) {
  const script = `import { toTsv, toJson } from './lib/export/index.ts';
let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => { const r = JSON.parse(s);
process.stdout.write(JSON.stringify({ tsv: toTsv(r, { now: new Date() }), json: toJson(r) })); });`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, input: JSON.stringify(report) });
  return JSON.parse(out.toString());
}

const COPIED = /已复制|Copied/;
// One card per mistake: a card standing for several findings lists each finding's message below it.
const LISTED = () => [...document.querySelectorAll('.finding')].flatMap((c) => [...c.querySelectorAll(c.querySelector('.finding-details') ? '.finding-details li' : '.finding-message')].map((e) => e.textContent));
/** How many findings the cards stand for (language-neutral). */
const CARDED = () => [...document.querySelectorAll('.finding')].reduce((n, c) => n + Number(c.dataset.findings), 0);

for (const name of BROWSERS) {
  describe(`popup in ${name}`, () => {
    let env;
    // zh_CN is the default locale and what reviewers use (Chromium needs Debian's chromium-l10n for
    // it, else it falls back to en-US). Debian's Firefox ESR ships en-US only, so the checks below
    // accept either language and wait on language-neutral hooks (data-state, data-done).
    before(async () => {
      // E2E_EXT_CHROMIUM / E2E_EXT_FIREFOX: test a copy of the build while others rebuild .output.
      const ext = process.env[`E2E_EXT_${name.toUpperCase()}`] || undefined;
      env = await launch(name, { routes, ext, ...(name === 'chromium' && { lang: 'zh-CN' }) });
    });
    after(async () => { await env?.close(); });

    /** Opens the report page and the popup aimed at its tab (popup in a tab of its own). */
    async function openPopup() {
      const page = await env.page();
      await page.goto(env.url(PAGE_PATH, HOST), { waitUntil: 'domcontentloaded' });
      await pollEval(page, () => document.querySelectorAll('[data-nianbao-finding]').length > 0, { timeout: 20000 });
      const tabId = await until(() => env.tabId(page), { what: 'tab id' });
      const popup = await popupFor(env, tabId);
      await pollEval(popup, () => document.querySelector('[data-state]')?.getAttribute('data-state'), { timeout: 15000 });
      return { page, popup, tabId };
    }

    test('the popup shows the report and lists its findings', async () => {
      const { page, popup } = await openPopup();
      assert.equal(await popup.evaluate(() => document.querySelector('[data-state]').getAttribute('data-state')), 'problems');
      const text = await popup.evaluate(() => document.body.innerText);
      assert.match(text, /安化县人民政府/);
      assert.match(text, /2021 年度报告|2021 report/);
      assert.match(text, /2021 版模板|2021 template/);
      assert.match(text, /(新收|New requests)\s*36/);
      const listed = await popup.evaluate(LISTED);
      assert.ok(listed.length >= 4, `findings listed: ${listed.join(' | ')}`);
      assert.ok(listed.some((m) => /36/.test(m)));
      await popup.screenshot({ path: resultPath(`${name}-popup.png`), fullPage: true });
      if (name === 'chromium') {
        await popup.emulateMedia({ colorScheme: 'dark' });
        await popup.screenshot({ path: resultPath(`${name}-popup-dark.png`), fullPage: true });
      }
      await popup.close();
      await page.close();
    });

    if (name === 'chromium') {
      test('keyboard: Enter on a finding scrolls the page to the cell and highlights it; the toggle switches marks', async () => {
        const { page, popup } = await openPopup();
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await popup.focus('.sev-error button.finding-jump');
        await popup.keyboard.press('Enter');
        await pollEval(page, () => {
          const el = document.querySelector('[data-nianbao-flash]');
          if (!el) return false;
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        });
        const marks = await page.evaluate(() => document.querySelectorAll('[data-nianbao-finding]').length);
        await popup.click('#marks-toggle');
        await pollEval(page, () => document.querySelectorAll('[data-nianbao-finding]').length === 0);
        await popup.keyboard.press('Space'); // the checkbox keeps focus after the click
        await pollEval(page, (n) => document.querySelectorAll('[data-nianbao-finding]').length === n, { arg: marks });
        await popup.close();
        await page.close();
      });

      test('copy: the clipboard holds the promised TSV + HTML table, JSON and Markdown', async () => {
        await env.ctx.grantPermissions(['clipboard-read', 'clipboard-write']); // no origin: see toolchain.md §6
        const { page, popup } = await openPopup();
        // data-done names the button whose copy succeeded (the visible text is localised).
        const done = (id) => popup.waitForSelector(`#copy-status[data-done="${id}"]`, { timeout: 5000 });

        await popup.click('#copy-json');
        await done('copy-json');
        assert.match(await popup.textContent('#copy-status'), COPIED);
        const json = await popup.evaluate(() => navigator.clipboard.readText());
        const report = JSON.parse(json);
        assert.equal(report.schemaVersion, 1);
        assert.equal(report.agency, '安化县人民政府');
        assert.deepEqual(report.findings.map((f) => f.message).sort(), (await popup.evaluate(LISTED)).sort());
        const want = expectedExports(report);
        assert.equal(json, want.json);

        await popup.click('#copy-table');
        await done('copy-table');
        const flavours = await popup.evaluate(async () => {
          const [item] = await navigator.clipboard.read();
          const get = async (t) => (item.types.includes(t) ? (await item.getType(t)).text() : null);
          return { text: await get('text/plain'), html: await get('text/html') };
        });
        assert.equal(flavours.text, want.tsv);
        assert.match(flavours.text, /\r\n/);
        assert.match(flavours.text, /本年新收政府信息公开申请数量\t+36\t/);
        assert.match(flavours.html, /<table[\s>]/);
        assert.match(flavours.html, /自然人/);

        await popup.click('#copy-markdown');
        await done('copy-markdown');
        assert.match(await popup.evaluate(() => navigator.clipboard.readText()), /^\|.*自然人.*\|$/m);
        await popup.screenshot({ path: resultPath(`${name}-popup-copied.png`) });
        await popup.close();
        await page.close();
      });

      test('the draft page: pasted Word HTML is checked, problem cells are marked in the preview', async () => {
        const draft = await env.page();
        await draft.setViewportSize({ width: 1000, height: 900 });
        await draft.goto(env.extUrl('draft.html'));
        await draft.waitForSelector('#paste-zone');
        await draft.focus('#paste-zone');
        await draft.evaluate((html) => {
          const dt = new DataTransfer();
          dt.setData('text/html', `<html><body><!--StartFragment-->${html}<!--EndFragment--></body></html>`);
          dt.setData('text/plain', 'x');
          document.querySelector('#paste-zone').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
        }, DRAFT_TABLES);
        await draft.waitForSelector('[data-state="problems"]', { timeout: 10000 });
        const listed = await draft.evaluate(LISTED);
        assert.ok(listed.some((m) => /36/.test(m)), listed.join(' | '));
        // Playwright's CSS engine pierces the open shadow root of the preview.
        const marked = await draft.locator('#draft-preview [data-nianbao-finding]').count();
        assert.ok(marked >= 2, `marked cells in preview: ${marked}`);
        await draft.click('.sev-error button.finding-jump');
        await draft.waitForSelector('#draft-preview .nianbao-flash');
        await draft.screenshot({ path: resultPath(`${name}-draft.png`), fullPage: true });
        await draft.close();
      });
    } else {
      test('copy resolves in Firefox (writeText and write wrapped to capture what was written)', async () => {
        const { page, popup } = await openPopup();
        await popup.evaluate(() => {
          const c = navigator.clipboard;
          const writeText = c.writeText.bind(c);
          const write = c.write?.bind(c);
          c.writeText = (t) => { window.__copied = t; return writeText(t); };
          if (write) c.write = (items) => { window.__items = items.map((i) => [...i.types]); return write(items); };
        });
        await popup.click('#copy-json');
        await pollEval(popup, () => !!document.querySelector('#copy-status[data-done="copy-json"]'), { timeout: 5000 })
          .catch(async (e) => { throw new Error(`${e.message}; status: ${await popup.evaluate(() => document.querySelector('#copy-status').textContent)}`); });
        const report = JSON.parse(await popup.evaluate(() => window.__copied));
        assert.equal(report.agency, '安化县人民政府');
        // The English UI renders its own messages; the cards stand for every finding of the JSON.
        assert.equal(await popup.evaluate(CARDED), report.findings.length);
        await popup.click('#copy-table');
        await pollEval(popup, () => !!document.querySelector('#copy-status[data-done="copy-table"]'), { timeout: 5000 });
        const how = await popup.evaluate(() => window.__items ?? null);
        if (how) assert.deepEqual(how[0].sort(), ['text/html', 'text/plain']);
        await sleep(100);
        await popup.screenshot({ path: resultPath(`${name}-popup.png`) });
        await popup.close();
        await page.close();
      });
    }
  });
}

// Exports in real browsers: 复制表二/三/四, 复制表格, 复制核对意见 read back from the clipboard and
// 下载 Excel saved and read back with exceljs (Chromium); in Firefox the same buttons work, the
// copies carry both flavours and the workbook the popup built reads back. The report is the
// bundled 安化县 2021 page: （七）总计 left at 0, so the workbook has red cells and notes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { BROWSERS, ROOT, bestReport, collectConsole, goto, launch, pollEval, resultPath, until } from './lib/browser.mjs';

const FILE = 'seed-001-anhua-2021-word.html';
const HOST = 'www.anhua.gov.cn';
const TABLES = ['active', 'applications', 'reviewLitigation'];

/** What each button promises, from the same code (lib/export) in Node via tsx, dated today. */
function expected(report) {
  const script = `import { tableToTsv, tableToHtml, toTsv, toMemo, sourceLine } from './lib/export/index.ts';
let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => { const r = JSON.parse(s); const now = new Date();
const tables = Object.fromEntries(${JSON.stringify(TABLES)}.map((id) => [id, { text: tableToTsv(r, id, { now }), html: tableToHtml(r, id, { now }) }]));
process.stdout.write(JSON.stringify({ tables, all: toTsv(r, { now }), memo: toMemo(r, { now }), source: sourceLine(r, { now }) })); });`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, input: JSON.stringify(report) });
  return JSON.parse(out.toString());
}

/** The workbook's promises: sheets, the official merges, the culprit filled red with its note. */
async function checkWorkbook(bytes, want) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['表二', '表三', '表四', '问题清单']);
  for (const ws of wb.worksheets) assert.equal(ws.getCell('A1').value, want.source);
  const t3 = wb.getWorksheet('表三');
  const merges = t3.model.merges;
  assert.ok(merges.includes('A3:C5'), `勾稽 corner merged: ${merges.join(' ')}`);
  assert.ok(merges.includes('D3:J3'), '申请人情况 merged');
  let total;
  t3.eachRow((row) => row.eachCell((c) => { if (!total && c.value === '（七）总计') total = row; }));
  const natural = total.getCell(4);
  assert.equal(natural.value, 0);
  assert.equal(natural.fill?.fgColor?.argb, 'FFFFC7CE');
  const note = typeof natural.note === 'string' ? natural.note : natural.note.texts.map((t) => t.text).join('');
  assert.match(note, /^错误：/);
  assert.match(note, /36/);
  assert.equal(typeof total.getCell(5).value, 'number'); // numbers stay numbers
  const issues = wb.getWorksheet('问题清单');
  assert.deepEqual(issues.getRow(3).values.slice(1), ['序号', '严重程度', '单元格', '位置', '说明']);
  assert.equal(issues.getRow(4).values[2], '错误');
  return wb;
}

/** The same markup once both are parsed and serialised by the browser. */
const sameHtml = (page, got, want) => page.evaluate(([g, w]) => {
  const norm = (h) => new DOMParser().parseFromString(h, 'text/html').body.innerHTML.trim();
  return norm(g) === norm(w);
}, [got, want]);

for (const name of BROWSERS) {
  describe(`exports in ${name}`, () => {
    let env;
    before(async () => {
      const ext = process.env[`E2E_EXT_${name.toUpperCase()}`] || undefined;
      env = await launch(name, { ext, ...(name === 'chromium' && { lang: 'zh-CN' }) });
    });
    after(async () => { await env?.close(); });

    async function openPopup() {
      const page = await env.page();
      await goto(page, env.url(FILE, HOST));
      await pollEval(page, () => document.querySelectorAll('[data-nianbao-finding]').length > 0, { timeout: 20000 });
      const tabId = await until(() => env.tabId(page), { what: 'tab id' });
      const report = await until(async () => bestReport(await env.tabState(tabId)), { what: 'stored report' });
      let popup;
      const requests = [];
      if (name === 'chromium') {
        popup = await env.page();
        popup.on('request', (r) => requests.push(r.url()));
        await popup.setViewportSize({ width: 400, height: 600 });
        await popup.goto(env.popupUrl(tabId));
      } else {
        popup = await env.browser.newPage();
        await popup.setViewport({ width: 400, height: 600 });
        await env.extPage(`popup.html?tabId=${tabId}`, popup);
      }
      await pollEval(popup, () => !!document.querySelector('#copy-table-applications'), { timeout: 15000 });
      return { page, popup, report, requests };
    }
    const done = (popup, id) => pollEval(popup, (i) => !!document.querySelector(`#copy-status[data-done="${i}"]`), { timeout: 10000, arg: id });

    if (name === 'chromium') {
      test('per-table copies, copy all, the memo: both flavours read back from the clipboard', async () => {
        await env.ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
        const { page, popup, report } = await openPopup();
        const want = expected(report);
        const read = () => popup.evaluate(async () => {
          const [item] = await navigator.clipboard.read();
          const get = async (t) => (item.types.includes(t) ? (await item.getType(t)).text() : null);
          return { text: await get('text/plain'), html: await get('text/html') };
        });
        for (const id of TABLES) {
          await popup.click(`#copy-table-${id}`);
          await done(popup, `copy-table-${id}`);
          const got = await read();
          assert.equal(got.text, want.tables[id].text, id);
          // Chromium re-serialises the HTML flavour (a <meta charset> first, attributes requoted).
          assert.ok(await sameHtml(popup, got.html, want.tables[id].html), `${id} html`);
          assert.equal((got.html.match(/<table[\s>]/g) ?? []).length, 1);
        }
        await popup.click('#copy-table');
        await done(popup, 'copy-table');
        const all = await read();
        assert.equal(all.text, want.all);
        assert.equal(all.text.split('\r\n')[0], want.source);
        assert.equal((all.html.match(/<table[\s>]/g) ?? []).length, 3);
        await popup.click('#copy-memo');
        await done(popup, 'copy-memo');
        const memo = await read();
        // One point per mistake (the popup's grouping), each finding's message under it.
        const lines = memo.text.split('\r\n');
        assert.equal(lines[0], want.memo.text.split('\r\n')[0]);
        for (const l of want.memo.text.split('\r\n').slice(1, 7)) assert.ok(lines.includes(l), l);
        assert.match(memo.text, /\r\n1\. （七）总计一行为 0，[^\r]*\r\n {4}（1）/);
        for (const f of report.findings) assert.ok(memo.text.includes(f.message), f.message);
        assert.match(memo.html, /<p style="margin-left:2em">（1）/);
        await popup.close();
        await page.close();
      });

      test('下载 Excel: exceljs is fetched on the click, the file downloads and reads back', async () => {
        const { page, popup, report, requests } = await openPopup();
        const logs = collectConsole(popup);

        // Requests seen since the popup was opened (extension pages have no resource timing).
        const chunks = () => requests.filter((u) => /\/chunks\/xlsx-[\w-]+\.js$/.test(u));
        assert.ok(requests.some((u) => /\/chunks\/popup-/.test(u)), requests.join(' '));
        assert.deepEqual(chunks(), [], 'the workbook chunk is not part of the first load');
        const [download] = await Promise.all([popup.waitForEvent('download', { timeout: 20000 }), popup.click('#download-xlsx')]);
        await done(popup, 'download-xlsx');
        // The workbook code (and the table writer it shares with the review page's workbook) arrives on the click.
        assert.ok(chunks().some((u) => /\/chunks\/xlsx-(?!table-)[\w-]+\.js$/.test(u)), chunks().join(' '));
        assert.equal(new Set(chunks()).size, chunks().length, 'each chunk fetched once');
        assert.equal(download.suggestedFilename(), '安化县人民政府-2021-政府信息公开工作年度报告.xlsx');
        const file = resultPath(`${name}-export.xlsx`);
        await download.saveAs(file);
        await checkWorkbook(fs.readFileSync(file), expected(report));
        assert.deepEqual(logs.filter((m) => /^(error|pageerror)/.test(m)), []);
        await popup.screenshot({ path: resultPath(`${name}-popup-exports.png`), fullPage: true });
        await popup.close();
        await page.close();
      });
    } else {
      test('the buttons work: per-table and memo copies carry both flavours, the workbook built reads back', async () => {
        const { page, popup, report } = await openPopup();
        // Reading the clipboard back would need clipboardRead: capture what is written instead.
        await popup.evaluate(() => {
          const c = navigator.clipboard;
          const write = c.write?.bind(c);
          window.__items = [];
          if (write) c.write = (items) => { window.__items.push(items.map((i) => [...i.types].sort())); return write(items); };
          const create = URL.createObjectURL.bind(URL);
          URL.createObjectURL = (blob) => { window.__blob = blob; return create(blob); };
        });
        for (const id of [...TABLES.map((t) => `copy-table-${t}`), 'copy-memo']) {
          await popup.click(`#${id}`);
          await done(popup, id);
        }
        const items = await popup.evaluate(() => window.__items);
        // Firefox ESR 153 takes the async path: one ClipboardItem per copy, both flavours.
        assert.deepEqual(items, Array(4).fill([['text/html', 'text/plain']]));
        await popup.click('#download-xlsx');
        await done(popup, 'download-xlsx');
        const b64 = await popup.evaluate(async () => {
          const bytes = new Uint8Array(await window.__blob.arrayBuffer());
          let s = '';
          for (const b of bytes) s += String.fromCharCode(b);
          return btoa(s);
        });
        await checkWorkbook(Buffer.from(b64, 'base64'), expected(report));
        await popup.screenshot({ path: resultPath(`${name}-popup-exports.png`) });
        await popup.close();
        await page.close();
      });
    }
  });
}

// Issue 7 in real browsers: an attachment-only report page under a .gov.cn name → popup → 核对附件
// → the extension page fetches the PDF (or .docx), reads it and shows the marked official tables
// and the findings; and a .docx dropped on the draft page. In every browser of E2E_BROWSERS.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { BROWSERS, ROOT, goto, launch, pollEval, resultPath, until } from './lib/browser.mjs';

const FIX = path.join(ROOT, 'test/fixtures');
const VARIANT = fs.readFileSync(path.join(FIX, 'variant-attachment-pingtan-2025.html'), 'utf8');
const DIR = '/zwgk/ndbg/';
/** The real attachment-only page, its file links pointing at a file served beside it. */
const pageLinking = (file) => VARIANT.replaceAll('./P020260313365871187562.pdf', `./${file}`);
/** What the attachment's server saw: the extension fetches it without the site's cookies. */
const fileRequests = [];
const serve = (body, type) => (req, res) => { res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }); res.end(body); };
const routes = {
  [`${DIR}attachment-pdf.html`]: serve(pageLinking('P2023-hongze.pdf'), 'text/html; charset=utf-8'),
  [`${DIR}attachment-docx.html`]: serve(pageLinking('P2021-anhua.docx').replaceAll('.pdf</a>', '.docx</a>'), 'text/html; charset=utf-8'),
  [`${DIR}P2023-hongze.pdf`]: (req, res) => {
    fileRequests.push({ cookie: req.headers.cookie ?? null });
    serve(fs.readFileSync(path.join(FIX, 'pdf/hongze-2023.pdf')), 'application/pdf')(req, res);
  },
  [`${DIR}P2021-anhua.docx`]: serve(fs.readFileSync(path.join(FIX, 'docx/seed-001-anhua-2021-word.docx')), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
};
const HOST = 'www.pingtan.gov.cn';

/** What the attachment page shows once done (its tables sit in an open shadow root), else null. */
const SHOWN = () => {
  const root = document.querySelector('#attachment-preview')?.shadowRoot;
  const state = document.querySelector('[data-state]')?.getAttribute('data-state') ?? null;
  if (!state || (state === 'problems' && !root?.querySelector('[data-nianbao-finding]'))) return null;
  return {
    state: document.querySelector('[data-state]')?.getAttribute('data-state') ?? null,
    tables: root ? [...root.querySelectorAll('table')].map((t) => t.dataset.table) : [],
    marked: root ? [...root.querySelectorAll('[data-nianbao-finding]')].map((c) => ({ rules: c.getAttribute('data-nianbao-finding'), text: c.textContent, error: c.classList.contains('nianbao-error') })) : [],
    cards: [...document.querySelectorAll('.finding')].length,
    text: document.body.innerText,
  };
};

for (const name of BROWSERS) {
  describe(`attachments and files in ${name}`, () => {
    let env;
    before(async () => { env = await launch(name, { routes, ...(name === 'chromium' && { lang: 'zh-CN' }) }); });
    after(async () => { await env?.close(); });

    /** The popup aimed at the report page's tab, once the background holds its report. */
    async function popupFor(file) {
      const page = await env.page();
      await goto(page, env.url(`${DIR}${file}`, HOST));
      const tabId = await until(() => env.tabId(page), { what: 'tab id' });
      await until(async () => Object.keys((await env.tabState(tabId))?.frames ?? {}).length > 0, { what: 'report in the background', timeout: 20000 });
      let popup;
      if (name === 'chromium') {
        popup = await env.page();
        await popup.goto(env.popupUrl(tabId));
      } else {
        popup = await env.extPage(`popup.html?tabId=${tabId}`);
      }
      await pollEval(popup, () => !!document.querySelector('a.check-attachment'), { timeout: 15000 })
        .catch(async (e) => { throw new Error(`${e.message}; popup shows: ${await popup.evaluate(() => location.href + ' ' + document.readyState + ' ' + document.body.outerHTML.slice(0, 3000))}`); });
      return { page, popup };
    }

    /** Clicks 核对附件 (Chromium: the new tab it opens; Firefox: its address opened as an extension page). */
    async function checkAttachment(popup) {
      const href = await popup.evaluate(() => document.querySelector('a.check-attachment').href);
      const started = Date.now();
      let page;
      if (name === 'chromium') {
        [page] = await Promise.all([env.ctx.waitForEvent('page'), popup.click('a.check-attachment')]);
      } else {
        page = await env.extPage(href.replace(/^moz-extension:\/\/[^/]+\//, ''));
      }
      const shown = await pollEval(page, SHOWN, { timeout: 30000, interval: 20 });
      return { page, shown, ms: Date.now() - started, href };
    }

    test('a PDF attachment (洪泽 2023) is fetched, read and shown with its two 表四 总计 errors marked', async () => {
      const { page, popup } = await popupFor('attachment-pdf.html');
      await page.evaluate(() => { document.cookie = 'JSESSIONID=secret; path=/'; });
      fileRequests.length = 0;
      const { page: att, shown, ms, href } = await checkAttachment(popup);
      assert.deepEqual(fileRequests, [{ cookie: null }]);
      assert.match(href, /attachment\.html\?src=http%3A%2F%2Fwww\.pingtan\.gov\.cn%2Fzwgk%2Fndbg%2FP2023-hongze\.pdf$/);
      assert.equal(shown.state, 'problems', shown.text.slice(0, 400));
      assert.deepEqual(shown.tables, ['active', 'applications', 'reviewLitigation']);
      const totals = shown.marked.filter((m) => m.error && /reviewLitigation\.total/.test(m.rules));
      assert.ok(totals.length >= 2, JSON.stringify(shown.marked));
      assert.match(shown.text, /洪泽区/);
      assert.ok(shown.cards >= 2);
      console.log(`# ${name}: 核对附件 → marks (PDF, hongze-2023.pdf, 6 pages): ${ms} ms`);
      // Jump to cell: the first error card scrolls the table to its culprit and flashes it.
      await att.evaluate(() => document.querySelector('.sev-error button.finding-jump').click());
      await pollEval(att, () => !!document.querySelector('#attachment-preview').shadowRoot.querySelector('.nianbao-flash'), { timeout: 5000 });
      await att.screenshot({ path: resultPath(`${name}-attachment-pdf.png`), fullPage: true });
      for (const p of [att, popup, page]) await p.close();
    });

    test('a .docx attachment (安化 2021) shows the （七）总计 row marked, with the copy buttons', async () => {
      const { page, popup } = await popupFor('attachment-docx.html');
      const { page: att, shown, ms } = await checkAttachment(popup);
      assert.equal(shown.state, 'problems', shown.text.slice(0, 400));
      assert.ok(shown.marked.some((m) => m.error && /applications\.resultTotal/.test(m.rules) && m.text === '0'), JSON.stringify(shown.marked));
      assert.match(shown.text, /安化县/);
      assert.ok(await att.evaluate(() => !!document.querySelector('#copy-table')));
      console.log(`# ${name}: 核对附件 → marks (.docx): ${ms} ms`);
      for (const p of [att, popup, page]) await p.close();
    });

    /** The draft page with a file dropped on it (a DataTransfer holding a File, as a real drop has). */
    async function dropOnDraft(fixture, fileName, type) {
      const draft = name === 'chromium' ? await env.page() : await env.extPage('draft.html');
      if (name === 'chromium') await draft.goto(env.extUrl('draft.html'));
      await pollEval(draft, () => !!document.querySelector('#paste-zone'));
      const b64 = fs.readFileSync(path.join(FIX, fixture)).toString('base64');
      await draft.evaluate(([data, file, mime]) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], file, { type: mime }));
        document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, [b64, fileName, type]);
      return draft;
    }

    test('a PDF dropped on the draft page is read there with the bundled pdf.js: 洪泽 2023\'s two errors', async () => {
      const draft = await dropOnDraft('pdf/hongze-2023.pdf', '洪泽区2023年报.pdf', 'application/pdf');
      await pollEval(draft, () => document.querySelector('[data-state]')?.getAttribute('data-state') === 'problems', { timeout: 20000 })
        .catch(async (e) => { throw new Error(`${e.message}; page shows: ${await draft.evaluate(() => document.body.innerText.slice(0, 300))}`); });
      const marked = await draft.evaluate(() => [...document.querySelector('#draft-preview').shadowRoot.querySelectorAll('[data-nianbao-finding]')].map((c) => c.getAttribute('data-nianbao-finding')));
      assert.ok(marked.filter((r) => /reviewLitigation\.total/.test(r)).length >= 2, marked.join(' | '));
      await draft.close();
    });

    test('a .docx dropped on the draft page is read there and checked', async () => {
      const draft = await dropOnDraft('docx/seed-001-anhua-2021-word.docx', '安化县2021年报.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      await pollEval(draft, () => document.querySelector('[data-state]')?.getAttribute('data-state') === 'problems', { timeout: 15000 })
        .catch(async (e) => { throw new Error(`${e.message}; page shows: ${await draft.evaluate(() => document.body.innerText.slice(0, 300))}`); });
      const marked = await draft.evaluate(() => document.querySelector('#draft-preview').shadowRoot.querySelectorAll('.nianbao-error').length);
      assert.ok(marked >= 2, `marked cells: ${marked}`);
      assert.match(await draft.evaluate(() => document.body.innerText), /安化县2021年报\.docx/);
      await draft.close();
    });
  });
}

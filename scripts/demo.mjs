#!/usr/bin/env node
// npm run demo [-- --screenshot DIR] [--page FIXTURE.html]
//
// Builds the Chrome extension (unless .output/chrome-mv3 is newer than every source file), serves
// the bundled 安化县 2021 report (a real error: its （七）总计 row is all 0) as www.anhua.gov.cn, and
// opens Chromium with the extension on it. With a display: a window to try it in (close it to end).
// With --screenshot DIR (or no DISPLAY): headless; writes DIR/page.png (marked page, tooltip shown)
// and DIR/popup.png (the popup, opened as a tab with ?tabId=N), prints the findings, exits 0.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROME_EXT, ROOT, bestReport, goto, launchChromium, pollEval, sleep, until } from '../e2e/lib/browser.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const shotDir = opt('--screenshot');
const file = opt('--page') ?? 'seed-001-anhua-2021-word.html';
const headless = !!shotDir || !process.env.DISPLAY;

/** Newest modification time under the sources that go into the build. */
function newestSource() {
  let newest = 0;
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const n of fs.readdirSync(p)) walk(path.join(p, n));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['entrypoints', 'lib', 'components', 'public', 'wxt.config.ts', 'package.json']) walk(path.join(ROOT, p));
  return newest;
}

function ensureFreshBuild() {
  const manifest = path.join(CHROME_EXT, 'manifest.json');
  if (fs.existsSync(manifest) && fs.statSync(manifest).mtimeMs > newestSource()) {
    console.log('Using the existing build in .output/chrome-mv3 (newer than the sources).');
    return;
  }
  console.log('Building the Chrome extension (wxt build)…');
  try {
    execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'pipe' });
  } catch (e) {
    process.stderr.write(`${e.stdout ?? ''}${e.stderr ?? ''}`); // only a failed build is worth reading
    throw e;
  }
}

const SEV = { error: '错误', warning: '警告', info: '提示' };

async function main() {
  ensureFreshBuild();
  const env = await launchChromium({ headless, viewport: { width: 1280, height: 900 }, lang: process.env.DEMO_LANG ?? 'zh-CN' });
  try {
    const page = await env.page();
    const url = env.url(file, 'www.anhua.gov.cn');
    await goto(page, url);
    const tabId = await env.tabId(page);
    const report = await until(async () => bestReport(await env.tabState(tabId)), { what: 'the report', timeout: 20000 });
    const badge = await env.badge(tabId);
    console.log(`\n${url}\n${report.agency ?? '?'} ${report.year ?? '?'} · 模板 ${report.format ?? '?'} · 徽标「${badge.text}」 ${badge.title}`);
    for (const f of report.findings) console.log(`  [${SEV[f.severity] ?? f.severity}] ${f.rule} (${f.where}): ${f.message}`);
    if (!report.findings.length) console.log('  (no findings)');

    if (!headless) {
      const popup = await env.page();
      await popup.goto(env.popupUrl(tabId));
      await page.bringToFront();
      console.log(`\nChromium is open on the report; the popup is in the second tab (${env.popupUrl(tabId)}).\nClose the browser window to end the demo.`);
      await new Promise((r) => env.ctx.on('close', r));
      return;
    }

    const dir = path.resolve(shotDir ?? path.join(ROOT, 'test-results/demo'));
    fs.mkdirSync(dir, { recursive: true });
    // Show the likeliest culprit with its tooltip, as a reviewer would see it when hovering.
    // (the culprit named by the most rules: for 安化 the （七）总计 cell)
    const target = '[data-nianbao-demo]';
    const found = await page.evaluate(() => {
      const els = [...document.querySelectorAll('[data-nianbao-culprit]')];
      const best = els.sort((a, b) => b.dataset.nianbaoFinding.split(' ').length - a.dataset.nianbaoFinding.split(' ').length)[0];
      best?.setAttribute('data-nianbao-demo', '');
      best?.scrollIntoView({ block: 'center' });
      return !!best;
    });
    if (found) {
      await page.hover(target);
      await pollEval(page, () => document.querySelector('[data-nianbao-tooltip]')?.style.display === 'block', { timeout: 3000 }).catch(() => {});
    }
    await page.screenshot({ path: path.join(dir, 'page.png') });
    const popup = await env.page();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(env.popupUrl(tabId));
    await pollEval(popup, () => !document.querySelector('[aria-busy="true"]') && document.body.innerText.length > 20, { timeout: 10000 });
    await sleep(300);
    await popup.screenshot({ path: path.join(dir, 'popup.png'), fullPage: true });
    console.log(`\nScreenshots: ${path.join(dir, 'page.png')}, ${path.join(dir, 'popup.png')}`);
  } finally {
    await env.close();
  }
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });

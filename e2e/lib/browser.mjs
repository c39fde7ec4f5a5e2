// Shared E2E helpers: a fixture server for *.gov.cn names, and the two browsers with the built
// extension loaded. Used by every e2e/*.e2e.mjs (marks, popup, draft) so they launch the same way.
//
//   const env = await launchChromium();            // { ctx, extId, page(), sw(), badge(tabId), tabId(page), popupUrl(tabId), close() }
//   const env = await launchFirefox();             // { browser, uuid, page(), badge(tabId), tabId(url), popupUrl(tabId), extPage(path), close() }
//   const env = await launch('chromium' | 'firefox');  // same shape: page(), url(), tabId(page), badge(tabId), sendToTab(tabId, msg, frameId), popupUrl(tabId), close()
//   for (const name of BROWSERS) …                 // E2E_BROWSERS=chromium|firefox|chromium,firefox (npm run e2e:chromium sets it)
//   env.url('anhua-2021-a.html')                   // → http://www.anhua.gov.cn/anhua-2021-a.html (any *.gov.cn host works)
//
// Chromium: Debian's /usr/bin/chromium driven by playwright-core; *.gov.cn is mapped to the local
// server with --host-resolver-rules. Firefox ESR: puppeteer-core over WebDriver BiDi; the server
// doubles as Firefox's HTTP proxy, since Firefox has no host-resolver rule with a port.
// See /work/shared/notes/toolchain.md §6–7 for why each flag is there.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROME_EXT = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT = path.join(ROOT, process.env.FF_EXT ?? '.output/firefox-mv3');
export const GECKO_ID = 'nianbao@nianbao.example';
export const FIREFOX_UUID = '6e1ab0a0-2b4c-4d6e-8f00-5a1b0c0d0e0f';
export const RESULTS = path.join(ROOT, 'test-results');
/** Where fixture pages are looked up, in order: the shared fixtures first, then E2E-only pages. */
export const PAGE_DIRS = [path.join(ROOT, 'test/fixtures'), path.join(ROOT, 'e2e/pages')];
export const DEFAULT_HOST = 'www.anhua.gov.cn';

const TYPES = { '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.js': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif' };

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The file a request path names, from PAGE_DIRS (no directory escapes). */
export function findPage(urlPath) {
  const rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
  for (const dir of PAGE_DIRS) {
    const file = path.resolve(dir, rel);
    if (file.startsWith(dir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * Serves PAGE_DIRS for any host name (also when used as an HTTP proxy: the request line then holds
 * the absolute URL). `routes` maps a path to a handler (req, res) for dynamic pages (slow tables…).
 */
export async function startServer({ routes = {} } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`);
    requests.push(u.href);
    try {
      if (routes[u.pathname]) return routes[u.pathname](req, res, u);
      if (u.pathname === '/favicon.ico') { res.writeHead(204); return res.end(); } // no 404 noise in the console
      const file = findPage(u.pathname);
      if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }); return res.end('not found'); }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      fs.createReadStream(file).pipe(res);
    } catch (e) {
      res.writeHead(500); res.end(String(e));
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  return {
    server, port, requests,
    url: (file, host = DEFAULT_HOST) => `http://${host}/${file.replace(/^\/+/, '')}`,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

export function ensureBuilt(dir) {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${path.relative(ROOT, dir)} is missing: run "npm run build" first`);
  }
}

/** Polls fn in the page until it returns a truthy value (retrying through navigations). */
export async function pollEval(page, fn, { timeout = 15000, interval = 100, arg } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try { const v = await page.evaluate(fn, arg); if (v) return v; } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`pollEval timed out: ${String(fn).slice(0, 120)}${last ? ` (${last.message})` : ''}`);
    await sleep(interval);
  }
}

/** Polls an async Node-side function until it returns a truthy value. */
export async function until(fn, { timeout = 15000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try { const v = await fn(); if (v) return v; } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
    await sleep(interval);
  }
}

export function resultPath(name) {
  fs.mkdirSync(RESULTS, { recursive: true });
  return path.join(RESULTS, name);
}

/**
 * Chromium with the built MV3 extension. Options: headless (default: true unless HEADED=1),
 * ext (unpacked dir), server (reuse one), routes (for a new server), args (extra flags).
 */
export async function launchChromium({ headless = !process.env.HEADED, ext = CHROME_EXT, server, routes, args = [], viewport, lang } = {}) {
  ensureBuilt(ext);
  const { chromium } = await import('playwright-core');
  const srv = server ?? (await startServer({ routes }));
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-chromium-'));
  let ctx;
  const close = async () => {
    try { await ctx?.close(); } catch { /* already closed */ }
    if (!server) await srv.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    ctx = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless,
      viewport: viewport ?? { width: 1200, height: 900 },
      // UI language (extension _locales follow it): e.g. 'zh-CN'; Linux Chromium reads LANGUAGE.
      ...(lang && { locale: lang, env: { ...process.env, LANGUAGE: lang.replace('-', '_') } }),
      args: [
        `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
        `--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${srv.port}`,
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        ...(lang ? [`--lang=${lang}`] : []),
        ...args,
      ],
    });
    let [worker] = ctx.serviceWorkers();
    worker ??= await ctx.waitForEvent('serviceworker', { timeout: 15000 });
    const extId = new URL(worker.url()).host;
    /** The live service worker (MV3 may stop and restart it; the old handle then goes stale). */
    const sw = async () => ctx.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extId}/`))
      ?? ctx.waitForEvent('serviceworker', { timeout: 15000 });
    return {
      browserName: 'chromium', ctx, extId, server: srv, url: srv.url, port: srv.port, sw, close,
      page: () => ctx.newPage(),
      popupUrl: (tabId) => `chrome-extension://${extId}/popup.html${tabId != null ? `?tabId=${tabId}` : ''}`,
      extUrl: (p) => `chrome-extension://${extId}/${p.replace(/^\/+/, '')}`,
      /** The tab id of a Playwright page, looked up by its URL from the service worker. */
      tabId: async (page) => (await sw()).evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, page.url()),
      badge: async (tabId) => (await sw()).evaluate(async (id) => ({
        text: await chrome.action.getBadgeText({ tabId: id }),
        title: await chrome.action.getTitle({ tabId: id }),
        color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
      }), tabId),
      /** tabs.sendMessage from the extension (as the popup would): jump, toggle… */
      sendToTab: async (tabId, msg, frameId) => (await sw()).evaluate(([id, m, f]) =>
        chrome.tabs.sendMessage(id, m, f == null ? {} : { frameId: f }), [tabId, msg, frameId ?? null]),
      /** The background's stored state for a tab ({ frames: {id: {frameId, report}}, marksOn }), or null. */
      tabState: async (tabId) => (await sw()).evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId),
      /** Evaluates fn(arg) in the service worker. */
      inSw: async (fn, arg) => (await sw()).evaluate(fn, arg),
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * Firefox ESR with the built extension installed as a temporary add-on (WebDriver BiDi).
 * Extension pages never fire load events to BiDi (bug 1755014): extPage() starts the navigation
 * without awaiting it; use pollEval on the returned page.
 */
export async function launchFirefox({ headless = !process.env.HEADED, ext = FIREFOX_EXT, server, routes, prefs = {} } = {}) {
  ensureBuilt(ext);
  const { default: puppeteer } = await import('puppeteer-core');
  const srv = server ?? (await startServer({ routes }));
  let browser;
  const close = async () => {
    try { await browser?.close(); } catch { /* already closed */ }
    if (!server) await srv.close();
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': srv.port,
        'network.proxy.no_proxies_on': '', 'network.proxy.allow_hijacking_localhost': true,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        ...prefs,
      },
    });
    await browser.installExtension(ext);
    const base = `moz-extension://${FIREFOX_UUID}/`;
    const extPage = async (p, page) => {
      page ??= await browser.newPage();
      page.goto(base + p.replace(/^\/+/, ''), { timeout: 0 }).catch(() => {});
      await pollEval(page, (href) => location.href === href && document.readyState !== 'loading', { arg: base + p.replace(/^\/+/, '') });
      return page;
    };
    let helper;
    /** An extension page kept open to call extension APIs (badge, tabs) from. */
    const api = async (fn, arg) => {
      helper ??= await extPage('popup.html?tabId=-1');
      // puppeteer sends fn's source through BiDi script.callFunction, which the page's CSP allows.
      return until(async () => ({ v: await helper.evaluate(fn, arg) }), { what: 'extension API call' }).then((r) => r.v);
    };
    return {
      browserName: 'firefox', browser, uuid: FIREFOX_UUID, server: srv, url: srv.url, port: srv.port, close, extPage, api,
      page: () => browser.newPage(),
      popupUrl: (tabId) => `${base}popup.html${tabId != null ? `?tabId=${tabId}` : ''}`,
      extUrl: (p) => base + p.replace(/^\/+/, ''),
      tabId: async (pageOrUrl) => api(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id ?? null,
        typeof pageOrUrl === 'string' ? pageOrUrl : pageOrUrl.url()),
      sendToTab: async (tabId, msg, frameId) => api(([id, m, f]) =>
        browser.tabs.sendMessage(id, m, f == null ? {} : { frameId: f }), [tabId, msg, frameId ?? null]),
      tabState: async (tabId) => api(async (id) => (await browser.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId),
      badge: async (tabId) => api(async (id) => ({
        text: await browser.action.getBadgeText({ tabId: id }),
        title: await browser.action.getTitle({ tabId: id }),
        color: await browser.action.getBadgeBackgroundColor({ tabId: id }),
      }), tabId),
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** The report of the frame that holds the most of it (as the background picks it), or null. */
export function bestReport(state) {
  const score = (r) => (r.applications ? 8 : 0) + (r.active ? 4 : 0) + (r.reviewLitigation ? 2 : 0) + (r.legacy ? 2 : 0) + (r.detected ? 1 : 0);
  const frames = Object.values(state?.frames ?? {}).sort((a, b) => score(b.report) - score(a.report) || a.frameId - b.frameId);
  return frames[0]?.report ?? null;
}

/** Browsers to run, from E2E_BROWSERS ("chromium,firefox" by default); see package.json scripts. */
export const BROWSERS = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').map((b) => b.trim()).filter(Boolean);

/** launchChromium or launchFirefox by name: for suites that run the same steps in both. */
export function launch(name, opts) {
  if (name === 'chromium') return launchChromium(opts);
  if (name === 'firefox') return launchFirefox(opts);
  throw new Error(`unknown browser ${name}`);
}

/** The popup aimed at a tab, in a tab of its own at popup size (Firefox: extension pages through extPage). */
export async function openPopup(env, tabId, { width = 400, height = 600 } = {}) {
  if (env.browserName === 'chromium') {
    const popup = await env.page();
    await popup.setViewportSize({ width, height });
    await popup.goto(env.popupUrl(tabId));
    return popup;
  }
  const popup = await env.browser.newPage();
  await popup.setViewport({ width, height });
  await env.extPage(`popup.html?tabId=${tabId}`, popup);
  return popup;
}

/** Runs fn before any page script (Playwright addInitScript / Puppeteer evaluateOnNewDocument). */
export async function addInitScript(page, fn) {
  if (page.addInitScript) return page.addInitScript(fn);
  return page.evaluateOnNewDocument(fn);
}

/**
 * page.goto that tolerates Firefox's BiDi "Address rejected" error, raised when a subframe of a
 * saved real page (an https iframe the proxy cannot serve) fails although the page itself loaded.
 */
export async function goto(page, url, { waitUntil = 'domcontentloaded', timeout = 20000 } = {}) {
  try {
    await page.goto(url, { waitUntil, timeout });
  } catch (e) {
    await pollEval(page, (u) => location.href === u && document.readyState !== 'loading', { timeout: 5000, arg: url })
      .catch(() => { throw e; });
  }
  return page;
}

/** Collects console messages and page errors of a Playwright or Puppeteer page. */
export function collectConsole(page) {
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message ?? e}`));
  return messages;
}

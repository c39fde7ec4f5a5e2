import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * pdf.js's worker, CMaps and standard fonts, shipped inside the extension under pdfjs/ (no remote
 * code, no CDN); only the 核对附件 and 核对草稿 pages load them, and only for a PDF.
 */
function pdfjsFiles() {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const dir = (sub: string) =>
    readdirSync(join(root, sub)).map((f) => ({ absoluteSrc: join(root, sub, f), relativeDest: `pdfjs/${sub}/${f}` }));
  return [{ absoluteSrc: join(root, 'build/pdf.worker.min.mjs'), relativeDest: 'pdfjs/pdf.worker.min.mjs' }, ...dir('cmaps'), ...dir('standard_fonts')];
}

/** The only sites Nianbao reads (host access, the content script's matches). */
const GOV_CN = '*://*.gov.cn/*';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 for Firefox too: one code path (action, scripting.executeScript, storage.session) for
  // both browsers; Firefox ≥127 grants MV3 host permissions at install, and we require 140.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  // The sources zip (for AMO review) rebuilds the add-on; E2E screenshots are not sources.
  zip: { excludeSources: ['test-results/**'] },
  hooks: {
    'build:publicAssets': (_wxt, files) => void files.push(...pdfjsFiles()),
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // scripting: the background injects the analyser into a frame only once the page is a report.
    // contextMenus: 核对本页 / 复制表格 on report pages (Firefox takes the name as an alias of menus).
    permissions: ['storage', 'clipboardWrite', 'scripting', 'contextMenus'],
    host_permissions: [GOV_CN],
    // Opens the popup: Alt+Shift+H (H for 核对). Chromium silently leaves a suggested key unassigned
    // when it is one of its own (Alt+Shift+N is: measured in Chromium 156); E2E checks it is assigned.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandOpenPopup__' },
    },
    // public/icon/<size>.png are found by WXT for `icons`; the toolbar gets its own sizes.
    action: { default_title: '__MSG_extName__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // Declared by hand rather than as a WXT content script: WXT's content-script wrapper posts a
    // window message and dispatches a DOM event on every page (visible to the page's own scripts)
    // and pulls in the polyfill; sniff.js is an unlisted script with a plain IIFE and no side effects.
    content_scripts: [{ matches: [GOV_CN], js: ['sniff.js'], run_at: 'document_idle', all_frames: true }],
    ...(browser === 'firefox' && {
      // Firefox's MV3 default adds upgrade-insecure-requests, which turns 核对附件's fetch of an
      // http:// attachment (many .gov.cn sites have no https) into a failing https:// one.
      content_security_policy: { extension_pages: "script-src 'self'; object-src 'self';" },
      browser_specific_settings: {
        gecko: {
          id: 'nianbao@nianbao.example',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});

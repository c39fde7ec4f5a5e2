// Draws the toolbar/extensions-page icon (年 in a red seal) as SVG and rasterises it with the
// installed Chromium, so the PNGs under public/icon/ can be remade:  node scripts/make-icons.mjs
// The character is drawn as strokes, not text, so it does not depend on a Chinese font and stays
// crisp at 16 px. A grey variant marks a report with nothing readable (set by the background).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'public/icon');
const SIZES = [16, 32, 48, 128];
const VARIANTS = { '': '#c8102e', '-gray': '#80868b' };

/** 年 on a 32-unit grid: 丿, top 一, middle 一, short left 丨, long 一, centre 丨. */
const STROKES = [
  'M11.5 5 L7.5 11.5', // 丿
  'M10 7.5 H25', // top 一
  'M8.5 13 H23', // middle 一
  'M8.5 13 V19.5', // short left 丨
  'M4.5 19.5 H27.5', // long 一
  'M16.5 7.5 V28.5', // centre 丨
];

export function iconSvg(fill, size) {
  // Thicker strokes at small sizes so each stroke covers whole pixels.
  const w = size <= 16 ? 3.4 : size <= 32 ? 3 : 2.6;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
<rect x="1" y="1" width="30" height="30" rx="6" fill="${fill}"/>
<rect x="2.6" y="2.6" width="26.8" height="26.8" rx="4.6" fill="none" stroke="#fff" stroke-opacity=".55" stroke-width="${size <= 16 ? 0 : 1}"/>
<path d="${STROKES.join(' ')}" fill="none" stroke="#fff" stroke-width="${w}" stroke-linecap="square"/>
</svg>`;
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  fs.mkdirSync(OUT, { recursive: true });
  for (const [suffix, fill] of Object.entries(VARIANTS))
    for (const size of SIZES) {
      if (suffix && size > 32) continue; // the toolbar only asks for 16/32
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${iconSvg(fill, size)}`);
      const file = path.join(OUT, `${size}${suffix}.png`);
      await page.locator('svg').screenshot({ path: file, omitBackground: true });
      console.log(path.relative(ROOT, file), fs.statSync(file).size, 'bytes');
    }
} finally {
  await browser.close();
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { parseJsdom, type ParsedPage } from '../../lib/cli/dom';
import { parseHappy } from '../../lib/cli/dom-happy';
import { readColumn } from '../../lib/list';
import { FIXTURES } from '../helpers/fixtures';

/** Every fixture page, saved or made: the CLI's DOM must read each exactly as jsdom does. */
const pages = ['', 'real/'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.html'))
    .map((f) => dir + f.replace(/\.html$/, '')),
);

function read(parse: (html: string, url: string) => ParsedPage, html: string, url: string) {
  const dom = parse(html, url);
  try {
    const { report } = analyse(dom.document, url);
    return { report, column: readColumn(dom.document, url), title: dom.document.title };
  } finally {
    dom.close();
  }
}

describe('happy-dom reads every fixture as jsdom does', () => {
  it('covers the fixtures', () => expect(pages.length).toBeGreaterThan(50));
  for (const name of pages) {
    it(name, () => {
      const expected = join(FIXTURES, `${name}.expected.json`);
      const url = existsSync(expected) ? JSON.parse(readFileSync(expected, 'utf8')).url : 'https://www.example.gov.cn/zwgk/nb/';
      const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
      const happy = read(parseHappy, html, url);
      const jsdom = read(parseJsdom, html, url);
      // Model, findings (cells, messages) and list reading, key for key.
      expect(happy).toEqual(jsdom);
    });
  }
});

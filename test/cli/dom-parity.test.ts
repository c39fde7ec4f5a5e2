import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage, useParser } from '../../lib/cli/analyse-page';
import { parseJsdom, type ParsedPage } from '../../lib/cli/dom';
import { parseLinkedom } from '../../lib/cli/dom-linkedom';
import { readInput, type Page } from '../../lib/cli/read-input';
import { readColumn } from '../../lib/list';
import { FIXTURES, fixtureNames } from '../helpers/fixtures';

type Parse = (html: string, url: string) => ParsedPage;
/** The CLI's DOMs besides jsdom, the reference (NIANBAO_DOM=jsdom). */
const CANDIDATES: Record<string, Parse> = { linkedom: parseLinkedom };

/** Every fixture the CLI can be given: pages (saved and made), Word files, PDFs, text. */
const INPUTS: [dir: string, ext: string][] = [['', '.html'], ['real', '.html'], ['lists', '.html'], ['docx', '.docx'], ['pdf', '.pdf'], ['seeds', '.txt']];
const files = INPUTS.flatMap(([dir, ext]) =>
  (existsSync(join(FIXTURES, dir)) ? readdirSync(join(FIXTURES, dir)) : [])
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f)),
);

/** The page as the CLI reads it; a saved page at the address it was saved from. */
async function pageOf(file: string): Promise<Page> {
  const page = await readInput(join(FIXTURES, file));
  const expected = join(FIXTURES, file.replace(/\.html$/, '.expected.json'));
  return file.endsWith('.html') && existsSync(expected) ? { ...page, url: JSON.parse(readFileSync(expected, 'utf8')).url } : page;
}

/** The tree, node for node: names, namespaces, attributes in order, text and comments (no doctype: linkedom's is left out). */
function tree(doc: Document): string[] {
  const out: string[] = [];
  const walk = (n: Node, depth: string) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const e = c as Element;
        out.push(`${depth}<${e.nodeName} ${e.namespaceURI} ${Array.from(e.attributes, (a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ')}>`);
        walk(c, depth + ' ');
      } else if (c.nodeType !== 10) out.push(`${depth}${c.nodeType} ${JSON.stringify(c.nodeValue)}`);
    }
  };
  walk(doc, '');
  return out;
}

/** What the CLI makes of a page with one DOM: its report JSON, its reading as a list, its tree. */
function read(parse: Parse, page: Page) {
  let dom: ParsedPage | undefined;
  // analysePage itself (the CLI's path), keeping its document open to read it as a list too.
  useParser((html, url) => ({ document: (dom = parse(html, url)).document, close: () => {} }));
  try {
    const report = JSON.stringify(analysePage(page));
    const doc = dom!.document;
    const column = JSON.stringify(structuredClone(readColumn(doc, page.url)));
    return { report, column, title: doc.title, links: doc.links.length, tree: tree(doc) };
  } finally {
    dom?.close();
    useParser(parseLinkedom);
  }
}

describe('the fixtures the parity covers', () => {
  it('every fixture page, Word file, PDF and seed text', () => {
    expect(files.length).toBeGreaterThan(80);
    for (const name of fixtureNames()) expect(files).toContain(`${name}.html`);
    expect(files).toContain(join('real', 'pingtan-list.html'));
  });
});

for (const [name, parse] of Object.entries(CANDIDATES)) {
  describe(`${name} reads every fixture as jsdom does`, () => {
    for (const file of files)
      it(file, async () => {
        const page = await pageOf(file);
        const expected = read(parseJsdom, page);
        const got = read(parse, page);
        // Report JSON byte for byte (model, findings, cells, messages), list reading, then the tree.
        expect(got.report).toBe(expected.report);
        expect(got.column).toBe(expected.column);
        expect({ title: got.title, links: got.links }).toEqual({ title: expected.title, links: expected.links });
        expect(got.tree).toEqual(expected.tree);
      });

    it('reads the real list page into the same links and pages', async () => {
      const page = await pageOf(join('real', 'pingtan-list.html'));
      const column = JSON.parse(read(parse, page).column);
      expect(column.links.length).toBeGreaterThan(5);
      expect(column.pages.length).toBeGreaterThan(0);
      expect(column).toEqual(JSON.parse(read(parseJsdom, page).column));
    });

    it('answers the standard DOM members the core reads as jsdom does', () => {
      const html = `<title>
        年报 \t 列表 </title><body><p>a<!--c--><span>b<script>x</script></span>c</p>
        <svg><a href="s">svg link</a><foreignObject><p>f</p></foreignObject><title>svg</title></svg>
        <math><mi>m</mi></math><map><area href="/x"></map><a>no href</a><a href="">empty</a>
        <template><a href="t">in a template</a></template><table><tr><td>1</td></tr></table>
        <div class=" aside  nav aside\t" title="a &quot;b&quot; &amp; c">x &lt; y &amp;&nbsp;z</div><p class>q</p>
        <svg style="width:1em" class="icon  x"><rect class="r" style="fill:red"/></svg>
        <noscript><table><tr><td>no script</td></tr></table></noscript><textarea>&lt;b&gt;</textarea>`;
      const probe = (doc: Document) => {
        const seen: string[] = [];
        // The walk lib/detect/dom.ts makes: nextNode, and nextSibling/parentNode to skip a subtree.
        for (const show of [1, 4, 5, 128, 0xffffffff]) {
          const w = doc.createTreeWalker(doc.body!, show);
          for (let n = w.nextNode(), i = 0; n && i < 200; i++) {
            seen.push(`${show}:${n.nodeName}`);
            n = n.nodeName === 'SPAN' || n.nodeName === 'svg' ? (w.nextSibling() ?? w.parentNode()) : w.nextNode();
          }
          seen.push(`${show}:end:${w.currentNode.nodeName}`);
        }
        const names = Array.from(doc.querySelectorAll('body *'), (e) => `${e.nodeName}/${e.tagName}/${e.localName}/${e.namespaceURI}/${e.getAttribute('class')}/${e.id}`);
        // Attribute values and text as written (class too: linkedom keeps a class as its token set).
        const div = doc.querySelector('div')!;
        const texts = [div.getAttribute('title'), div.textContent, div.className, doc.querySelectorAll('[class*="nav aside"], [class=""]').length];
        for (const e of Array.from(doc.querySelectorAll('svg, rect'))) texts.push(`${e.getAttribute('class')}|${e.getAttribute('style')}|${e.attributes.length}`);
        return { seen, names, texts, title: doc.title, links: Array.from(doc.links, (a) => a.getAttribute('href')), head: doc.head?.nodeName, body: doc.body?.nodeName };
      };
      const frameset = (doc: Document) => ({ head: doc.head?.nodeName, body: doc.body?.nodeName, title: doc.title });
      for (const [markup, look] of [[html, probe], ['<frameset><frame src="a.html"></frameset>', frameset]] as const)
        expect(look(parse(markup, 'https://www.example.gov.cn/').document)).toEqual(look(parseJsdom(markup, 'https://www.example.gov.cn/').document));
    });
  });
}

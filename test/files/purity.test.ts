import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The file readers are core (bytes in, HTML out) and will run in an extension page too: no
 * browser or page globals, no Node built-ins (as test/conventions.test.ts asks of lib/ core).
 */
const ROOT = join(import.meta.dirname, '../..');
const FILES = ['docx.ts', 'docx-html.ts', 'docx-numbering.ts', 'docx-title.ts', 'docx-xml.ts', 'errors.ts', 'index.ts', 'xml-lite.ts', 'zip.ts'];
const source = (f: string) => readFileSync(join(ROOT, 'lib/files', f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe.each(FILES)('lib/files/%s', (file) => {
  it('uses no browser, page or Node globals', () => {
    const text = source(file);
    expect(text).not.toMatch(/from ['"](wxt|#imports|webextension-polyfill|preact|jsdom|node:[\w/]+)['"]/);
    const code = text.replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''"); // strings may say document.xml
    expect(code).not.toMatch(/(?<![\w.$])(document|window|location|navigator|browser|chrome|process|Buffer|require)\s*[.(]/);
  });
});

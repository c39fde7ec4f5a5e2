import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../lib/checks';
import { fixtureNames, loadExpected } from './helpers/fixtures';

/** Project conventions, enforced (refined-github style): a convention nobody tests decays. */
const ROOT = join(import.meta.dirname, '..');
const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((f) => {
    const p = join(dir, f);
    return statSync(join(ROOT, p)).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
const source = (p: string) => readFileSync(join(ROOT, p), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

/** The pure core: page → grid → model → findings → exports. The DOM arrives as an argument. */
const CORE = [
  'lib/analyse.ts', 'lib/history.ts', 'lib/grid.ts', 'lib/text.ts', 'lib/values.ts', 'lib/decode.ts', 'lib/text-input.ts',
  'lib/checks', 'lib/detect', 'lib/dom', 'lib/export', 'lib/files', 'lib/list', 'lib/model', 'lib/recognise', 'lib/review',
];
const coreFiles = CORE.flatMap((p) => (p.endsWith('.ts') ? [p] : files(p)));

describe('the core in lib/ is pure', () => {
  it.each(coreFiles)('%s uses no browser, page or Node globals', (file) => {
    const text = source(file);
    expect(text).not.toMatch(/from ['"](wxt|#imports|webextension-polyfill|preact|jsdom|node:[\w/]+)['"]/);
    const code = text.replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''"); // strings may say document.xml
    expect(code).not.toMatch(/(?<![\w.$])(document|window|location|navigator|browser|chrome|process|Buffer|require)\s*[.(]/);
  });

  it('keeps Zod to the schema and the JSON export', () => {
    const users = coreFiles.filter((f) => /from ['"]zod/.test(source(f)));
    expect(users.sort()).toEqual(['lib/model/schema.ts']);
  });
});

describe('the content script stays small', () => {
  it('imports only the cheap detector, the list-page test and the sniffing wiring', () => {
    const imports = [...source('entrypoints/sniff.ts').matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['@/lib/detect', '@/lib/list/links', '@/lib/messages', '@/lib/page/sniff']);
    // isListPage's module reads links with the detector's helpers (and the page's datastore
    // records), not the list reader's pagination.
    const listImports = [...source('lib/list/links.ts').matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(listImports.filter((i) => !i.startsWith('../detect') && i !== './records')).toEqual([]);
    const detectImports = files('lib/detect')
      .filter((f) => !f.endsWith('examples.ts'))
      .flatMap((f) => [...source(f).matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1]));
    expect(detectImports.filter((i) => !i.startsWith('.') && i !== '../text' && i !== '../model/types')).toEqual([]);
    expect(detectImports.filter((i) => i.startsWith('../') && !['../text', '../model/types'].includes(i))).toEqual([]);
  });
});

describe('checks: one rule per file, one registry', () => {
  const ruleFiles = files('lib/checks').filter((f) => /export default \w+;/.test(source(f)));

  it('registers every rule file, each named after its id', () => {
    expect(RULES.length).toBe(ruleFiles.length);
    const kebab = (id: string) => id.replace(/\./g, '-').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    expect(RULES.map((r) => `lib/checks/${kebab(r.id)}.ts`).sort()).toEqual(ruleFiles.map((f) => relative(ROOT, join(ROOT, f))).sort());
    for (const r of RULES) expect(source(`lib/checks/${kebab(r.id)}.ts`)).toContain(`'${r.id}'`);
  });

  it('gives every rule a title in both languages', () => {
    for (const lang of ['zh_CN', 'en']) {
      const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
      for (const r of RULES) expect(messages[`rule_${r.id.replace('.', '_')}`]?.message, `${lang} ${r.id}`).toBeTruthy();
    }
  });

  // github-url-detection style: every rule has pages where it must fire and pages where it must not.
  const expected = fixtureNames().map((n) => ({ name: n, e: loadExpected(n) })).filter((x) => x.e.detected);
  // history.* compare with last year's report, which no single page holds: see test/checks/history.test.ts.
  const NEEDS_PREVIOUS = new Set(['history.carryOver', 'history.inForceRollForward', 'history.identical']);
  it.each(RULES.filter((r) => !NEEDS_PREVIOUS.has(r.id)).map((r) => r.id))('%s fires on some fixture and is silent on others', (id) => {
    const fires = expected.filter((x) => x.e.findings?.some((f) => f.rule === id));
    const silent = expected.filter((x) => !x.e.findings?.some((f) => f.rule === id) && !x.e.findingsAllowed?.some((f) => f.rule === id));
    expect(fires.map((x) => x.name)).not.toEqual([]);
    expect(silent.length).toBeGreaterThan(0);
  });
});

describe('small files', () => {
  it.each(files('lib'))('%s is under 8 KB', (file) => {
    if (file.endsWith('examples.ts')) return; // detector examples are data
    expect(statSync(join(ROOT, file)).size).toBeLessThan(8192);
  });
});

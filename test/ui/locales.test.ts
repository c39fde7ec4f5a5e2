import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '../../public/_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (loc: string): Messages => JSON.parse(readFileSync(join(dir, loc, 'messages.json'), 'utf8'));

describe('_locales', () => {
  it('ships zh_CN (default) and en only, under Chrome locale names', () => {
    expect(readdirSync(dir).sort()).toEqual(['en', 'zh_CN']);
  });

  const zh = load('zh_CN');
  const en = load('en');

  it('have identical key sets', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('have non-empty messages, valid names, and the same placeholders', () => {
    for (const [loc, table] of [['zh_CN', zh], ['en', en]] as const) {
      for (const [key, entry] of Object.entries(table)) {
        expect(key, `${loc}:${key}`).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(entry.message.trim(), `${loc}:${key}`).not.toBe('');
        const used = [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1].toLowerCase()).sort();
        expect(used, `${loc}:${key} placeholders`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      }
    }
    for (const key of Object.keys(zh)) {
      expect(Object.keys(en[key].placeholders ?? {}).sort(), key).toEqual(Object.keys(zh[key].placeholders ?? {}).sort());
    }
  });

  it('name the extension as the manifest expects', () => {
    expect(zh.extName.message).toBe('年报 · 政府信息公开年报核对');
    expect(zh.extDescription.message).not.toBe('');
  });

  it('zh_CN reads as Chinese: no English words but product and format names, no rule ids', () => {
    // Names a Chinese user sees in their own UI too (file formats, programs, keys, the domain).
    const NAMES = new Set(['Excel', 'JSON', 'Markdown', 'CSV', 'TSV', 'HTML', 'html', 'Word', 'WPS', 'Ctrl', 'gov.cn', 'English', 'PDF', 'docx', 'doc', 'wps', 'ofd', 'http', 'https']);
    for (const [key, { message }] of Object.entries(zh)) {
      if (key === 'uiLang') continue;
      const words = message.replace(/\$\w+\$/g, '').match(/[A-Za-z][A-Za-z.]*[A-Za-z]/g) ?? [];
      expect(words.filter((w) => !NAMES.has(w)), key).toEqual([]);
      expect(message, key).not.toMatch(/\b(applications|reviewLitigation|active|legacy|value|structure|format|narrative|history)\.\w/);
    }
  });

  it('zh_CN wording a Chinese reader does not stumble on', () => {
    const all = Object.values(zh).map((e) => e.message).join('\n');
    expect(all).not.toMatch(/不是不小于|不小于 0 的/); // say 应为非负整数
    expect(all).not.toMatch(/年报(只|：)/); // the product is 年报核对 / 本扩展 in sentences
    expect(zh.yearValue.message.replace('$YEAR$', '2021') + ' · ' + zh.format_2021.message).toBe('2021 年度报告 · 2021 版模板');
    expect(zh.copied.message.replace('$WHAT$', zh.whatTable.message)).toBe('已复制：表格');
    expect(zh.uiLang.message).toBe('zh');
    expect(en.uiLang.message).toBe('en');
  });

  it('give every rule of rules.md a title in both languages', () => {
    const rules = [
      'applications.rowTotal', 'applications.resultTotal', 'applications.balance', 'applications.subtotal',
      'reviewLitigation.total', 'active.publishedAboveTotal', 'legacy.sum', 'value.invalid', 'structure.missing',
      'value.blank', 'value.unit', 'active.inForceBelowIssued', 'active.regulationsBelowLevel', 'format.outdated',
      'narrative.mismatch', 'history.carryOver', 'history.inForceRollForward', 'history.identical',
      'structure.image', 'structure.attachment',
    ];
    for (const r of rules) expect(zh[`rule_${r.replace(/\./g, '_')}`], r).toBeDefined();
  });
});

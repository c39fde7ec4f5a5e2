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

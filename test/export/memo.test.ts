import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { toMemo } from '../../lib/export';
import { sample2021 } from './sample-report';

const NOW = new Date(2026, 10, 29);

describe('核对意见', () => {
  it('states who, which year, where and when, then each finding numbered in plain Chinese', () => {
    const r = sample2021();
    r.findings.push({ ...r.findings[0], message: '（七）总计一行为 0' }, { ...r.findings[0] }); // a repeated message is said once
    const { text } = toMemo(r, { now: NOW });
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('关于《五华县人民政府2021年政府信息公开工作年度报告》的核对意见');
    expect(lines).toContain('发布机关：五华县人民政府');
    expect(lines).toContain('报告年度：2021 年度');
    expect(lines).toContain('网页地址：https://www.example.gov.cn/xxgk/t20220125_1.html');
    expect(lines).toContain('核对日期：2026-11-29');
    const at = (s: string) => lines.indexOf(s);
    expect(at('一、表格数据有误，请核实更正')).toBeGreaterThan(at('核对日期：2026-11-29'));
    expect(lines[at('一、表格数据有误，请核实更正') + 1]).toBe(`1. ${r.findings[0].message}`);
    expect(lines[at('一、表格数据有误，请核实更正') + 2]).toBe('2. （七）总计一行为 0');
    expect(lines[at('一、表格数据有误，请核实更正') + 3]).toBe('');
    expect(lines[at('二、请核实') + 1]).toBe('1. 表三有 1 个空白单元格');
    expect(lines[at('三、其他情况') + 1]).toBe('1. 附件 | 报告.pdf');
    // No rule ids or model keys, no English words.
    expect(text).not.toMatch(/applications|value\.|structure\.|natural|error|warning/);
  });

  it('says when nothing was found', () => {
    const r = { ...sample2021(), findings: [] };
    const { text } = toMemo(r, { now: NOW });
    expect(text).toContain('经核对该报告中的统计表，未发现数据不一致的问题。');
    expect(text).not.toContain('一、');
  });

  it('has an HTML flavour of escaped paragraphs, one per line of text, for Word', () => {
    const r = sample2021();
    r.findings[0].message = '<b>x</b> & 1\n2';
    const { text, html } = toMemo(r, { now: NOW });
    const doc = new JSDOM(html).window.document;
    const ps = [...doc.body.children];
    expect(ps.every((p) => p.tagName === 'P')).toBe(true);
    expect(ps.map((p) => p.textContent)).toEqual(text.split('\r\n').filter(Boolean));
    expect(doc.querySelectorAll('p b')).toHaveLength(1); // the title only
    expect(html).toContain('1. &lt;b&gt;x&lt;/b&gt; &amp; 1 2');
  });

  it('takes its points from the caller (mistakes grouped by the UI), details indented under each', () => {
    const items = [
      { severity: 'error' as const, text: '（七）总计一行为 0，自然人、总计两列与各项之和不符', details: ['自然人：…', '总计：…'] },
      { severity: 'warning' as const, text: '表三有 1 个单元格留空' },
    ];
    const { text, html } = toMemo(sample2021(), { now: NOW, items });
    expect(text).toContain('一、表格数据有误，请核实更正\r\n1. （七）总计一行为 0，自然人、总计两列与各项之和不符\r\n    （1）自然人：…\r\n    （2）总计：…\r\n\r\n二、请核实\r\n1. 表三有 1 个单元格留空\r\n');
    expect(text).not.toContain('三、其他情况');
    expect(html).toContain('<p style="margin-left:2em">（2）总计：…</p>');
  });
});

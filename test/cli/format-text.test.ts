import { describe, expect, it } from 'vitest';
import { formatFailure, formatReport, show } from '../../lib/cli/format-text';
import { useColor } from '../../lib/cli/paint';
import { sample2019, sample2021, sampleLegacy } from '../export/sample-report';

describe('formatReport', () => {
  it('shows agency, year, template, key figures, grouped findings and a summary', () => {
    const text = formatReport(sample2021(), 'page.html');
    const lines = text.split('\n');
    expect(lines[0]).toBe('== page.html ==');
    expect(text).toContain('机关：五华县人民政府\n年度：2021\n模板：2021 版（国办公开办函〔2021〕30号）');
    expect(text).toContain('表三（总计列）：新收 615，上年结转 675，办理结果总计 1995，结转下年度 2055');
    expect(text).toContain('表四：行政复议总计 10；行政诉讼总计：未经复议直接起诉 26，复议后起诉 45');
    expect(text).toContain('表二：规章 制发 1/废止 2/现行有效 3；行政规范性文件 制发 4/废止 “/”/现行有效 6；行政许可 决定 7');
    expect(text).toContain('行政事业性收费 金额（万元） 51447.2 万元');
    const err = lines.indexOf('错误（1）');
    expect(err).toBeGreaterThan(0);
    expect(lines[err + 1]).toMatch(/^ {2}✗ 自然人：新收 100 .* \[applications\.balance\]$/);
    expect(lines.indexOf('警告（1）')).toBeGreaterThan(err);
    expect(lines.indexOf('提示（1）')).toBeGreaterThan(lines.indexOf('警告（1）'));
    expect(text).toContain('结论：1 个错误，1 个警告，1 条提示');
    expect(text).not.toMatch(/\x1b\[/);
  });

  it('names the 2019 and legacy templates and shows blank and absent cells', () => {
    expect(formatReport(sample2019(), 'x')).toContain('模板：2019 版（国办公开办函〔2019〕60号）');
    expect(formatReport(sample2019(), 'x')).toContain('结论：未发现问题');
    expect(formatReport(sample2019(), 'x')).toContain('其他对外管理服务事项 上年项目 10/增/减 -475/决定 12');
    const legacy = formatReport(sampleLegacy(), 'x');
    expect(legacy).toContain('模板：2019 年以前的统计表');
    expect(legacy).toContain('统计表：3 行，列 2016年度 / 历年累计');
    expect(legacy).toContain('收到申请数：12 / 300 件');
    expect(show(undefined)).toBe('缺');
    expect(show({ value: null, text: '' })).toBe('空');
  });

  it('says clearly when the page is not a report', () => {
    const r = { ...sample2021(), detected: false, findings: [] };
    expect(formatReport(r, 'x')).toContain('不是政府信息公开工作年度报告');
    expect(formatReport(r, 'x')).not.toContain('机关');
  });

  it('names the file a report was read from, under the page’s heading', () => {
    const lines = formatReport(sample2019(), 'https://x.gov.cn/t1.htm', false, 'https://x.gov.cn/P1.pdf').split('\n');
    expect(lines.slice(0, 3)).toEqual(['== https://x.gov.cn/t1.htm ==', '附件已读取 / read from the attachment：https://x.gov.cn/P1.pdf', '机关：靖远县人民政府']);
    expect(formatReport(sample2019(), 'x')).not.toContain('附件已读取');
  });

  it('uses colour only when asked', () => {
    expect(formatReport(sample2021(), 'x', true)).toMatch(/\x1b\[31m错误（1）\x1b\[39m/);
    expect(formatFailure('x', 'boom', false)).toBe('== x ==\n无法读取 / cannot read: boom\n');
    expect(useColor(true, {})).toBe(true);
    expect(useColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(useColor(true, { NO_COLOR: '' })).toBe(true);
    expect(useColor(false, {})).toBe(false);
    expect(useColor(undefined, {})).toBe(false);
  });
});

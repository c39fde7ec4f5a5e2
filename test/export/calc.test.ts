import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tableLayout, toCsv, toHtmlTable, toTsv } from '../../lib/export';
import { toXlsx } from '../../lib/export/xlsx';
import { c, sample2019 } from './sample-report';

/**
 * What LibreOffice Calc really does with our flavours: each file goes through Calc's own import
 * (HTML as pasted HTML is, CSV/TSV as text import) and comes back as flat ODS. Runs where
 * LibreOffice is installed (apt-get install libreoffice-calc-nogui); skipped elsewhere.
 */
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
const dir = mkdtempSync(join(tmpdir(), 'nianbao-calc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CalcCell {
  text: string;
  type: string;
  formula: boolean;
  span: number;
}

/** Rows of the first sheet after Calc imported `file` with `filter`. */
function calcXml(name: string, content: string | Uint8Array, filter?: string): string {
  writeFileSync(join(dir, name), content);
  const infilter = filter ? [`--infilter=${filter}`] : [];
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...infilter, '--convert-to', 'fods', '--outdir', dir, join(dir, name)], {
    stdio: 'ignore',
    timeout: 60_000,
  });
  return readFileSync(join(dir, name.replace(/\.\w+$/, '.fods')), 'utf8');
}

function calcRows(name: string, content: string, filter: string): CalcCell[][] {
  const xml = calcXml(name, content, filter);
  const body = xml.slice(xml.indexOf('<office:body>'));
  return [...body.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(([, row]) =>
    [...row.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)].map(([, attrs, inner = '']) => ({
      text: inner.replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim(),
      type: /office:value-type="(\w+)"/.exec(attrs)?.[1] ?? '',
      formula: attrs.includes('table:formula'),
      span: Number(/number-columns-spanned="(\d+)"/.exec(attrs)?.[1] ?? 1),
    })),
  );
}

function hostile() {
  const r = sample2019(); // 本年增/减: 453, -475, -2 (from 减2)
  r.active!.regulations.made = c(null, '=HYPERLINK("http://evil.example","点我")');
  r.active!.regulations.published = c(null, '@SUM(1+1)');
  return r;
}

describe.skipIf(!SOFFICE)('LibreOffice Calc imports', () => {
  it('the HTML flavour: no formula, signed numbers as numbers, each table on its own columns', () => {
    const rows = calcRows('all.html', `<html><head><meta charset="utf-8"></head><body>${toHtmlTable(hostile())}</body></html>`, 'HTML (StarCalc)');
    const cells = rows.flat();
    expect(cells.filter((x) => x.formula)).toEqual([]);
    expect(cells.find((x) => x.text.includes('HYPERLINK'))).toMatchObject({ type: 'string', text: '\'=HYPERLINK("http://evil.example","点我")' });
    for (const n of ['453', '-475', '-2']) expect(cells.find((x) => x.text === n)?.type, n).toBe('float');
    // 表三: a 3-wide label, then 7 single-column numbers; 表四: 15 single-column numbers.
    const received = rows.find((r) => r[0]?.text === '一、本年新收政府信息公开申请数量')!;
    expect(received.slice(0, 8).map((x) => [x.span, x.type])).toEqual([[3, 'string'], ...Array(7).fill([1, 'float'])]);
    const review = rows.find((r) => r.filter((x) => x.type === 'float').length === 15)!;
    expect(review.slice(0, 15).every((x) => x.span === 1)).toBe(true);
    // A blank row before each table's title.
    const at = rows.findIndex((r) => r[0]?.text === '三、收到和处理政府信息公开申请情况');
    expect(rows[at - 1].every((x) => x.text === '')).toBe(true);
  });

  it.each([
    ['all.csv', () => toCsv(hostile()), 'Text - txt - csv (StarCalc):44,34,76,1'],
    ['all.tsv', () => toTsv(hostile()), 'Text - txt - csv (StarCalc):9,34,76,1'],
  ])('%s: no formula, signed numbers as numbers', (name, make, filter) => {
    const cells = calcRows(name, make(), filter).flat();
    expect(cells.filter((x) => x.formula)).toEqual([]);
    expect(cells.find((x) => x.text.startsWith("'@SUM"))?.type).toBe('string');
    for (const n of ['453', '-475', '-2']) expect(cells.find((x) => x.text === n)?.type, n).toBe('float');
  });

  it('the .xlsx: Calc opens it with the merges, the notes and no formula', async () => {
    const r = hostile();
    r.findings = [{ rule: 'x', severity: 'error', where: '', message: '自然人：新收 100 不符', cells: [{ table: 'applications', row: 'resultTotal', column: 'natural' }] }];
    const xml = calcXml('book.xlsx', await toXlsx(r, { now: new Date(2026, 10, 29) }));
    const sheets = [...xml.matchAll(/<table:table table:name="([^"]+)"/g)].map((m) => m[1]);
    expect(sheets).toEqual(['表二', '表三', '表四', '问题清单']);
    expect(xml).not.toContain('table:formula');
    expect(xml).toMatch(/<office:annotation[\s\S]*?错误：自然人：新收 100 不符[\s\S]*?<\/office:annotation>/);
    const result = tableLayout(r, 'applications')!.rows.flat().find((x) => x.text === '三、本年度办理结果')!;
    expect(xml).toContain(`table:number-rows-spanned="${result.rowSpan}"`);
    expect(xml).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;)'); // kept as text
  });
});

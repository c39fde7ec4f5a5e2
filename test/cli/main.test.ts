import { describe, expect, it } from 'vitest';
import { InputError } from '../../lib/cli/errors';
import { parseArgs, run, type Io } from '../../lib/cli/main';
import type { Page } from '../../lib/cli/read-input';
import type { Report } from '../../lib/model/types';
import { sample2019, sample2021 } from '../export/sample-report';

/** `run` with fake reading and analysis: input names choose the outcome. */
function harness(reports: Record<string, Report>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    color: false,
    read: async (input) => {
      if (input.startsWith('missing')) throw new InputError('找不到文件 / file not found');
      if (input === 'slow') await new Promise((r) => setTimeout(r, 50)); // finishes last, printed in order anyway
      return { input, url: `https://x.gov.cn/${input}`, html: '', charset: 'utf-8' } satisfies Page;
    },
    analyse: (page) => {
      if (!reports[page.input]) throw new Error(`boom\n    at stack`);
      return reports[page.input];
    },
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('parseArgs', () => {
  it('reads check, --json and inputs; rejects the rest', () => {
    expect(parseArgs(['check', 'a.html', '--json', 'https://b'])).toEqual({ json: true, inputs: ['a.html', 'https://b'] });
    expect(parseArgs(['check', '--', '--odd-name.html'])).toEqual({ json: false, inputs: ['--odd-name.html'] });
    expect(parseArgs(['--help'])).toEqual({ help: true });
    expect(parseArgs(['check', '-h'])).toEqual({ help: true });
    expect(parseArgs([])).toHaveProperty('error');
    expect(parseArgs(['check'])).toHaveProperty('error');
    expect(parseArgs(['check', '--jsn', 'a'])).toMatchObject({ error: expect.stringContaining('--jsn') });
    expect(parseArgs(['verify', 'a'])).toMatchObject({ error: expect.stringContaining('verify') });
  });
});

describe('run', () => {
  const clean = sample2019(); // no findings
  const bad = sample2021(); // one error finding

  it('exits 0 when no report has an error, 1 when one has', async () => {
    expect(await run(['check', 'clean'], harness({ clean }).io)).toBe(0);
    const h = harness({ clean, bad });
    expect(await run(['check', 'clean', 'bad'], h.io)).toBe(1);
    expect(h.out()).toContain('== clean ==');
    expect(h.out().indexOf('== clean ==')).toBeLessThan(h.out().indexOf('== bad =='));
    expect(h.err()).toBe('');
  });

  it('exits 2 when an input cannot be read, with a one-line message on stderr', async () => {
    const h = harness({ bad });
    expect(await run(['check', 'bad', 'missing.html'], h.io)).toBe(2);
    expect(h.err()).toBe('nianbao: missing.html: 找不到文件 / file not found\n');
  });

  it('prints one JSON array in input order, with error objects for unreadable inputs', async () => {
    const h = harness({ clean, bad, slow: clean });
    expect(await run(['check', '--json', 'slow', 'missing.html', 'bad', 'https://a.gov.cn/x'], { ...h.io, read: h.io.read })).toBe(2);
    const json = JSON.parse(h.out());
    expect(json).toHaveLength(4);
    expect(json[0]).toEqual(clean);
    expect(json[1]).toEqual({ source: { url: expect.stringMatching(/^file:\/\/.*missing\.html$/) }, error: '找不到文件 / file not found' });
    expect(json[2]).toEqual(bad);
    expect(json[3]).toEqual({ source: { url: 'https://a.gov.cn/x' }, error: '分析失败 / analysis failed: boom' });
  });

  it('prints usage for --help (0) and for usage errors (2)', async () => {
    const help = harness({});
    expect(await run(['--help'], help.io)).toBe(0);
    expect(help.out()).toContain('nianbao check [--json]');
    for (const argv of [[], ['check'], ['check', '--nope', 'a'], ['frobnicate']]) {
      const h = harness({});
      expect(await run(argv, h.io)).toBe(2);
      expect(h.err()).toContain('用法 / usage');
      expect(h.out()).toBe('');
    }
  });

  it('warns on stderr when a report does not match the schema, but still prints it', async () => {
    const odd = { ...sample2019(), schemaVersion: 2 } as unknown as Report;
    const h = harness({ odd });
    expect(await run(['check', '--json', 'odd'], h.io)).toBe(0);
    expect(h.err()).toMatch(/does not match the schema/);
    expect(JSON.parse(h.out())[0].schemaVersion).toBe(2);
  });
});

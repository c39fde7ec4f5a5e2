import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { safeParseReport } from '../model/schema';
import type { Report } from '../model/types';
import { withHistory } from '../history';
import { InputError } from './errors';
import { formatFailure, formatReport } from './format-text';
import { useColor } from './paint';
import { isUrl, readInput, type Page, type ReadOptions } from './read-input';
import { USAGE } from './usage';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
  read: (input: string, opts?: ReadOptions) => Promise<Page>;
  analyse: (page: Page) => Report;
}

type Outcome = { input: string; report: Report } | { input: string; error: string };

const PARALLEL = 4; // a few pages at once; politer to small .gov.cn servers than all at once

export function parseArgs(argv: string[]): { json: boolean; inputs: string[] } | { help: true } | { error: string } {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return { help: true };
  if (command !== 'check') return { error: command ? `未知命令 / unknown command: ${command}` : '缺少命令 / missing command' };
  let json = false;
  const inputs: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--') inputs.push(...rest.slice(i + 1)), (i = rest.length);
    else if (a === '--json') json = true;
    else if (a === '-h' || a === '--help') return { help: true };
    else if (a.startsWith('-') && a !== '-') return { error: `未知选项 / unknown option: ${a}` };
    else inputs.push(a);
  }
  return inputs.length ? { json, inputs } : { error: '缺少输入 / no input given' };
}

async function process1(input: string, io: Io): Promise<Outcome> {
  try {
    const report = io.analyse(await io.read(input));
    if (!report || typeof report !== 'object') throw new Error('no report');
    return { input, report };
  } catch (err) {
    const msg = err instanceof InputError ? err.message : `分析失败 / analysis failed: ${String((err as Error)?.message ?? err).split('\n')[0]}`;
    return { input, error: msg };
  }
}

/** Start every input with at most `PARALLEL` in flight; the promises stay in input order. */
function inOrder(inputs: string[], io: Io): Promise<Outcome>[] {
  const gates: Promise<unknown>[] = [];
  return inputs.map((input, i) => {
    const p = (i >= PARALLEL ? gates[i - PARALLEL] : Promise.resolve()).then(() => process1(input, io));
    gates.push(p.catch(() => undefined));
    return p;
  });
}

const sourceUrl = (input: string) => (isUrl(input) ? input : pathToFileURL(resolve(input)).href);

/** The whole command; returns the exit status (0 clean, 1 an error finding, 2 unreadable input or usage). */
export async function run(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if ('help' in args) return io.stdout(USAGE), 0;
  if ('error' in args) return io.stderr(`${args.error}\n\n${USAGE}`), 2;
  let unreadable = false;
  let errors = false;
  const json: unknown[] = [];
  const outcomes: Outcome[] = [];
  for (const pending of inOrder(args.inputs, io)) outcomes.push(await pending);
  // Reports of one agency for consecutive years, checked together, are compared (history.*).
  const read = outcomes.flatMap((o) => ('report' in o ? [o.report] : []));
  const compared = withHistory(read);
  const linked = new Map(read.map((r, i) => [r, compared[i]]));
  for (const o of outcomes) {
    if ('report' in o) o.report = linked.get(o.report) ?? o.report;
    if ('error' in o) {
      unreadable = true;
      io.stderr(`nianbao: ${o.input}: ${o.error}\n`);
      if (args.json) json.push({ source: { url: sourceUrl(o.input) }, error: o.error });
      else io.stdout(formatFailure(o.input, o.error, io.color) + '\n');
      continue;
    }
    errors ||= o.report.findings.some((f) => f.severity === 'error');
    const valid = safeParseReport(o.report);
    if (!valid.success) io.stderr(`nianbao: ${o.input}: 报告不符合模型 / report does not match the schema:\n${valid.error}\n`);
    if (args.json) json.push(o.report);
    else io.stdout(formatReport(o.report, o.input, io.color) + '\n');
  }
  if (args.json) io.stdout(JSON.stringify(json, null, 2) + '\n');
  return unreadable ? 2 : errors ? 1 : 0;
}

/** Entry point for bin/nianbao.mjs. */
export async function main(argv: string[]): Promise<number> {
  // Loaded here, not at the top, so usage errors and tests of `run` need neither jsdom nor the core.
  const { analysePage } = await import('./analyse-page');
  return run(argv, {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    color: useColor(process.stdout.isTTY, process.env),
    read: readInput,
    analyse: analysePage,
  });
}

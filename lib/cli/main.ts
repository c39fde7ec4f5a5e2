import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { safeParseReport } from '../model/schema';
import type { Report } from '../model/types';
import type { Column } from '../list';
import { ATTACHMENT_NOT_READ } from '../export/review-rows';
import { reviewItems } from '../export/review-rows';
import { withHistory } from '../history';
import type { Outcome } from '../review/types';
import { parseArgs, type Args } from './args';
import { checkOne, readers } from './check-one';
import { expand } from './column';
import { formatFailure, formatHistory, formatReport } from './format-text';
import { useColor } from './paint';
import { isUrl, readInput, type Page, type ReadOptions } from './read-input';
import { USAGE } from './usage';

export { parseArgs } from './args';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
  read: (input: string, opts?: ReadOptions) => Promise<Page>;
  analyse: (page: Page) => Report;
  /** The page as a list of reports, or null; without it no input is a list. */
  list?: (page: Page) => Column | null;
  /** A progress line on stderr (a terminal only). */
  progress?: { start: (total: number) => void; total: (n: number) => void; tick: () => void; stop: () => void; log?: (line: string) => void };
  /** Pause after each request to one host, ms (default 200). */
  pauseMs?: number;
  /** Writes --xlsx / --csv files (default: none, the option is refused). */
  writeOutputs?: (args: Args, outcomes: Outcome[]) => Promise<void>;
}

export type { Outcome } from '../review/types';

const sourceUrl = (input: string) => (isUrl(input) ? input : pathToFileURL(resolve(input)).href);

/** The whole command; returns the exit status (0 clean, 1 an error finding, 2 unreadable input or usage). */
export async function run(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if ('help' in args) return io.stdout(USAGE), 0;
  if ('error' in args) return io.stderr(`${args.error}\n\n${USAGE}`), 2;
  if ((args.xlsx || args.csv) && !io.writeOutputs) return io.stderr('--xlsx/--csv 不可用 / not available here\n'), 2;
  const read = readers(args, io);
  const warn = (m: string) => (io.progress?.log ?? io.stderr)(`nianbao: ${m}\n`);
  io.progress?.start(args.inputs.length);
  let total = args.inputs.length;
  // Every input starts now (lists expand while reports are read); results are taken in input order.
  const slots = args.inputs.map((input) =>
    expand(input, { read, list: io.list, warn }).then((entries) => {
      if (entries.length !== 1 || entries[0].input !== input) io.progress?.total((total += entries.length - 1));
      return entries.map((e) => checkOne(e, read, io).finally(() => io.progress?.tick()));
    }),
  );
  const outcomes: Outcome[] = [];
  const json = args.json;
  for (const slot of slots)
    for (const pending of await slot) {
      const o = await pending;
      outcomes.push(o);
      const name = o.input;
      const where = `${name}${o.list ? `（栏目 / list ${o.list}）` : ''}`;
      if ('error' in o) {
        warn(`${where}: ${o.error}`);
        if (!json) io.stdout(formatFailure(name, o.error, io.color) + '\n');
        continue;
      }
      const valid = safeParseReport(o.report);
      if (!valid.success) warn(`${name}: 报告不符合模型 / report does not match the schema:\n${valid.error}`);
      if (o.attachmentError) warn(`${where}: ${ATTACHMENT_NOT_READ}：${o.attachmentError}`);
      if (!json) io.stdout(formatReport(o.report, name, io.color, o.attachment) + '\n');
    }
  io.progress?.stop();
  // Reports of one agency for consecutive years, checked together, are compared (history.*):
  // known only once all are read, so text output lists them after the reports.
  const read1 = outcomes.flatMap((o) => ('report' in o ? [o.report] : []));
  const compared = withHistory(read1);
  const linked = new Map(read1.map((r, i) => [r, compared[i]]));
  for (const o of outcomes) {
    if (!('report' in o)) continue;
    const after = linked.get(o.report) ?? o.report;
    if (!json && after !== o.report) io.stdout(formatHistory(after, o.report, o.input, io.color) + '\n');
    o.report = after;
  }
  if (json) io.stdout(JSON.stringify(reviewItems(outcomes, sourceUrl), null, 2) + '\n');
  if (args.xlsx || args.csv) {
    try {
      await io.writeOutputs!(args, outcomes);
    } catch (err) {
      warn(`无法写入文件 / cannot write output: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
      return 2;
    }
  }
  const unreadable = outcomes.some((o) => 'error' in o || o.attachmentError);
  const errors = outcomes.some((o) => 'report' in o && o.report.findings.some((f) => f.severity === 'error'));
  return unreadable ? 2 : errors ? 1 : 0;
}

/** Entry point for bin/nianbao.mjs. */
export async function main(argv: string[]): Promise<number> {
  // Loaded here, not at the top, so usage errors and tests of `run` need neither a DOM nor the core.
  const { analysePage, listOf, useParser } = await import('./analyse-page');
  // NIANBAO_DOM=jsdom: jsdom itself (the same tree and reports, ~5× slower a page, ~0.5 s to load).
  if (process.env.NIANBAO_DOM === 'jsdom') useParser((await import('./dom')).parseJsdom);
  const { writeOutputs } = await import('./outputs');
  const { progressLine } = await import('./progress');
  return run(argv, {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    color: useColor(process.stdout.isTTY, process.env),
    read: readInput,
    analyse: analysePage,
    list: listOf,
    progress: process.stderr.isTTY ? progressLine(process.stderr) : undefined,
    writeOutputs,
  });
}

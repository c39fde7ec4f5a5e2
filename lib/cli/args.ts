/** The command line: `check [--json] [--concurrency N] [--timeout S] [--xlsx FILE] [--csv FILE] <input>…`. */
export interface Args {
  json: boolean;
  inputs: string[];
  /** Requests at a time to one host (default 3). */
  concurrency?: number;
  /** Seconds a URL may take (default 20). */
  timeout?: number;
  xlsx?: string;
  csv?: string;
}

export type Parsed = Args | { help: true } | { error: string };

const VALUED = new Set(['--concurrency', '--timeout', '--xlsx', '--csv']);

export function parseArgs(argv: string[]): Parsed {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return { help: true };
  if (command !== 'check') return { error: command ? `未知命令 / unknown command: ${command}` : '缺少命令 / missing command' };
  const args: Args = { json: false, inputs: [] };
  for (let i = 0; i < rest.length; i++) {
    let a = rest[i];
    let value: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0 && VALUED.has(a.slice(0, eq))) [a, value] = [a.slice(0, eq), a.slice(eq + 1)];
    if (a === '--') args.inputs.push(...rest.slice(i + 1)), (i = rest.length);
    else if (a === '--json') args.json = true;
    else if (a === '-h' || a === '--help') return { help: true };
    else if (VALUED.has(a)) {
      value ??= rest[++i];
      if (value === undefined || value === '') return { error: `${a} 需要一个值 / ${a} needs a value` };
      if (a === '--xlsx' || a === '--csv') args[a === '--xlsx' ? 'xlsx' : 'csv'] = value;
      else {
        const n = Number(value);
        const ok = a === '--concurrency' ? Number.isInteger(n) && n >= 1 && n <= 16 : n > 0 && n <= 600;
        if (!ok) return { error: `${a} 的值无效 / invalid ${a}: ${value}` };
        args[a === '--concurrency' ? 'concurrency' : 'timeout'] = n;
      }
    } else if (a.startsWith('-') && a !== '-') return { error: `未知选项 / unknown option: ${a}` };
    else args.inputs.push(a);
  }
  return args.inputs.length ? args : { error: '缺少输入 / no input given' };
}

#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the CLI and the extension share one source.
// The tsconfig is named explicitly: tsx would otherwise look in the cwd, and its paths
// (the "@/" alias) must resolve from anywhere.
import { register as registerHook } from 'node:module';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
registerHook('./dir-import-hook.mjs', import.meta.url); // registered last, so it runs before tsx

let code = 2;
try {
  const { main } = await import('../lib/cli/main.ts');
  code = await main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`nianbao: 内部错误 / internal error: ${String(err?.message ?? err).split('\n')[0]}\n`);
}
// Exit explicitly once output is flushed: fetch's keep-alive sockets would hold the process ~4 s.
const flushed = (stream) => new Promise((done) => stream.write('', done));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);

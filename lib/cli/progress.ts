import cliProgress from 'cli-progress';

/** A one-line progress bar on a terminal's stderr: done / total, growing as lists expand. */
export function progressLine(stream: NodeJS.WriteStream) {
  const bar = new cliProgress.SingleBar(
    { stream, format: '核对 / checking [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  );
  return {
    start: (total: number) => bar.start(total, 0),
    total: (n: number) => bar.setTotal(n),
    tick: () => bar.increment(),
    stop: () => bar.stop(),
    // A message clears the bar's line first; the next tick draws the bar again below it.
    log: (line: string) => void stream.write(`\r\x1b[2K${line}`),
  };
}

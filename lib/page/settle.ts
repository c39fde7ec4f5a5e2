/**
 * Waits for the DOM to settle, with a ceiling: each change restarts the short wait, but a burst
 * never defers the call past `maxWaitMs` after its first change. Government pages scroll tickers
 * and redraw clocks every 10–100 ms; with a plain debounce they would never be read.
 */
export function settle(fn: () => void, waitMs: number, maxWaitMs: number): { poke: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first = 0;
  const fire = () => {
    timer = undefined;
    first = 0;
    fn();
  };
  return {
    poke() {
      const now = Date.now();
      if (!first) first = now;
      clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(waitMs, first + maxWaitMs - now)));
    },
    cancel() {
      clearTimeout(timer);
      first = 0;
    },
  };
}

/**
 * Exact arithmetic for counts and 万元 amounts: values are scaled to integers by their
 * largest number of decimals, so 0.1 + 0.2 equals 0.3 (rules.md: never compare as floats).
 */
function decimals(n: number): number {
  const s = String(n);
  if (s.includes('e')) return 0;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

function scaleOf(values: number[]): number {
  return 10 ** Math.min(12, Math.max(0, ...values.map(decimals)));
}

/** Sum exactly (null counts as 0). */
export function sum(values: (number | null | undefined)[]): number {
  const v = values.map((x) => x ?? 0);
  const scale = scaleOf(v);
  return v.reduce((a, x) => a + Math.round(x * scale), 0) / scale;
}

/** Exact equality of two decimal numbers. */
export function same(a: number, b: number): boolean {
  const scale = scaleOf([a, b]);
  return Math.round(a * scale) === Math.round(b * scale);
}

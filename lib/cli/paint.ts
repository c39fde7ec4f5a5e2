/** ANSI styling that is a no-op when colour is off (pipe, file, NO_COLOR). */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  error(s: string): string;
  warning(s: string): string;
  info(s: string): string;
  ok(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const plain = (s: string) => s;

export function paint(color: boolean): Paint {
  if (!color) return { bold: plain, dim: plain, error: plain, warning: plain, info: plain, ok: plain };
  return { bold: sgr(1, 22), dim: sgr(2, 22), error: sgr(31, 39), warning: sgr(33, 39), info: sgr(36, 39), ok: sgr(32, 39) };
}

/** https://no-color.org: colour only on a TTY, and not when NO_COLOR is set to anything non-empty. */
export function useColor(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  return !!isTTY && !env.NO_COLOR;
}

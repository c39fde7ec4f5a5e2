import { useEffect, useRef, useState } from 'preact/hooks';

export interface Status {
  text: string;
  ok: boolean;
  /** The button's id on success: data-done, a language-neutral hook for E2E tests. */
  what: string;
}

/** The live region's message, cleared after a few seconds (a newer one replaces it at once). */
export function useStatus(ms = 4000) {
  const [status, setStatus] = useState<Status | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = (text: string, ok: boolean, what = '') => {
    setStatus({ text, ok, what });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(null), ms);
  };
  return [status, announce] as const;
}

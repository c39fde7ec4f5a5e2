import { useEffect, useRef } from 'preact/hooks';
import { markCopies, sanitiseTables } from '@/lib/ui/draft';
import type { Analysis } from '@/lib/analyse';

/** Scoped by the shadow root: the draft's own markup cannot restyle the page, nor the reverse. */
const PREVIEW_CSS = `
:host { display: block; overflow: auto; }
table { border-collapse: collapse; margin: 0 0 12px; font-size: 13px; }
td, th { border: 1px solid var(--border, #999); padding: 2px 6px; vertical-align: middle; }
p { margin: 0; }
[data-nianbao-finding] { outline: 2px solid #d93025; outline-offset: -2px; background: rgb(217 48 37 / 0.14); }
.nianbao-warning { outline: 2px dashed #b26a00; background: rgb(255 176 32 / 0.18); }
.nianbao-info { outline: 2px dotted #4a6fa5; background: rgb(74 111 165 / 0.14); }
.nianbao-flash { box-shadow: 0 0 0 4px #0b57d0; }
`;

export interface PreviewHandle {
  show(key: string): void;
}

/** The draft's tables, sanitised, with problem cells marked; `handle` lets the findings jump here. */
export function Preview({ doc, analysis, handle }: { doc: Document; analysis: Analysis; handle: { current: PreviewHandle | null } }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    root.replaceChildren();
    const style = document.createElement('style');
    style.textContent = PREVIEW_CSS;
    const { fragment, copies } = sanitiseTables(doc, document);
    const byRef = markCopies(analysis.report.findings, analysis.elements, copies, analysis.report);
    root.append(style, fragment);
    handle.current = {
      show(key) {
        const cell = byRef.get(key) as HTMLElement | undefined;
        if (!cell) return;
        const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
        cell.scrollIntoView?.({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
        cell.classList.add('nianbao-flash');
        setTimeout(() => cell.classList.remove('nianbao-flash'), 1600);
      },
    };
  }, [doc, analysis]);
  return <div ref={host} class="preview" id="draft-preview" />;
}

import { useLayoutEffect, useRef } from 'preact/hooks';

/** Scoped by the shadow root: the draft's own markup cannot restyle the page, nor the reverse. */
const PREVIEW_CSS = `
:host { display: block; overflow: auto; }
table { border-collapse: collapse; margin: 0 0 12px; font-size: 13px; }
td, th { border: 1px solid var(--border, #999); padding: 2px 6px; vertical-align: middle; }
th { font-weight: normal; text-align: left; }
p { margin: 0; }
.layout-title { font-weight: 600; margin: 8px 0 4px; }
.layout-note { margin: -6px 0 12px; font-size: 12px; }
[data-nianbao-finding] { outline: 2px solid #d93025; outline-offset: -2px; background: rgb(217 48 37 / 0.14); }
.nianbao-warning { outline: 2px dashed #b26a00; background: rgb(255 176 32 / 0.18); }
.nianbao-info { outline: 2px dotted #4a6fa5; background: rgb(74 111 165 / 0.14); }
.nianbao-flash { box-shadow: 0 0 0 4px #0b57d0; }
`;

export interface PreviewHandle {
  show(key: string): void;
}

/** What a preview shows: tables built into this document, and refKey → the cell drawn for it. */
export type BuildPreview = (into: Document) => { fragment: DocumentFragment; byRef: Map<string, Element> };

/**
 * Tables (a draft's, sanitised, or a report's in the official layout) with problem cells marked,
 * in a shadow root; `handle` lets the findings jump here. `build` runs again only when it changes.
 */
export function Preview({ build, handle, id = 'draft-preview' }: { build: BuildPreview; handle: { current: PreviewHandle | null }; id?: string }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    root.replaceChildren();
    const style = document.createElement('style');
    style.textContent = PREVIEW_CSS;
    const { fragment, byRef } = build(document);
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
  }, [build]);
  return <div ref={host} class="preview" id={id} />;
}

/**
 * The hover/focus tooltip: a plain <div> on <html> with a closed shadow root, position:fixed and
 * pointer-events:none, so it never shifts layout, never takes clicks, and page CSS cannot reach
 * inside it. A plain element, not a custom one: a page that defines an element of our name first
 * (customElements.define('nianbao-tooltip', …)) would otherwise own it and break attachShadow.
 * Created on first use, removed with the marks.
 */
import { STYLE_ATTR } from './styles';

/** Marks the host; it also carries STYLE_ATTR, which the late-table watcher skips as our own. */
export const TOOLTIP_ATTR = 'data-nianbao-tooltip';

export interface Tooltip {
  show(target: Element, lines: string[]): void;
  /** Follows the shown target after a scroll (hides it when it left the viewport). */
  reposition(): void;
  hide(): void;
  remove(): void;
}

// Inline !important so page CSS (e.g. `* { position: relative }`) cannot move or show the host;
// the box itself is styled inside the closed shadow root.
const HOST_CSS = [
  'position:fixed', 'z-index:2147483647', 'pointer-events:none', 'top:0', 'left:0', 'display:none',
  'margin:0', 'padding:0', 'border:0', 'width:auto', 'height:auto', 'transform:none', 'opacity:1', 'visibility:visible',
].map((d) => `${d}!important`).join(';');

const BOX_CSS = `
.box{font:13px/1.45 system-ui,"Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;color:#fff;
background:#202124;border:1px solid #5f6368;border-radius:6px;padding:6px 9px;max-width:360px;
box-shadow:0 2px 8px rgba(0,0,0,.35);white-space:normal;word-break:break-word}
p{margin:0}p+p{margin-top:4px}`;

export function createTooltip(doc: Document): Tooltip {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let current: Element | null = null;
  const place = (target: Element) => {
    const b = box!;
    const view = doc.defaultView;
    const r = target.getBoundingClientRect();
    const vw = view?.innerWidth ?? 800;
    const vh = view?.innerHeight ?? 600;
    if (r.bottom < 0 || r.top > vh) return hide();
    host!.style.setProperty('display', 'block', 'important');
    const w = b.offsetWidth;
    const h = b.offsetHeight;
    const left = Math.max(4, Math.min(r.left, vw - w - 4));
    const below = r.bottom + 6;
    const top = below + h <= vh ? below : Math.max(4, r.top - h - 6);
    host!.style.setProperty('left', `${left}px`, 'important');
    host!.style.setProperty('top', `${top}px`, 'important');
  };
  const hide = () => {
    current = null;
    host?.style.setProperty('display', 'none', 'important');
  };
  const ensure = () => {
    if (host?.isConnected && box) return box;
    host = doc.createElement('div');
    host.setAttribute(TOOLTIP_ATTR, '');
    host.setAttribute(STYLE_ATTR, '');
    host.setAttribute('style', HOST_CSS);
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = BOX_CSS;
    box = doc.createElement('div');
    box.className = 'box';
    box.setAttribute('role', 'tooltip');
    root.append(style, box);
    doc.documentElement.append(host);
    return box;
  };
  return {
    show(target, lines) {
      const b = ensure();
      b.replaceChildren(...lines.map((line) => Object.assign(doc.createElement('p'), { textContent: line })));
      current = target;
      place(target);
    },
    reposition() {
      if (current && box) place(current);
    },
    hide,
    remove() {
      host?.remove();
      host = box = current = null;
    },
  };
}

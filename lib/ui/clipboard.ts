/**
 * Writes text to the clipboard, with an HTML flavour when given, so Excel and WPS paste a laid-out
 * table while plain editors get TSV. Two paths:
 * 1. the async Clipboard API (extension pages are secure contexts; needs the click's activation);
 * 2. a `copy` event set up synchronously and fired by execCommand('copy'), for when the API is
 *    missing or refuses (older Firefox without ClipboardItem, http pages, lost activation).
 * Resolves with the path that worked; rejects when neither did.
 */
export interface Flavours {
  text: string;
  html?: string;
}

export type CopyPath = 'clipboard' | 'execCommand';

export async function copyFlavours(data: Flavours, nav: Navigator = navigator, doc: Document = document): Promise<CopyPath> {
  // execCommand must run inside the user's click, before any await gives it up: try it first when
  // the async API cannot carry what we need, and otherwise keep it as the fallback.
  const clip = nav.clipboard;
  const canWriteHtml = !!clip?.write && typeof ClipboardItem !== 'undefined';
  if (!clip || (data.html && !canWriteHtml)) {
    if (copyWithEvent(data, doc)) return 'execCommand';
    if (!clip) throw new Error('clipboard unavailable');
  }
  try {
    if (data.html && canWriteHtml) {
      await clip.write([
        new ClipboardItem({
          'text/plain': new Blob([data.text], { type: 'text/plain' }),
          'text/html': new Blob([data.html], { type: 'text/html' }),
        }),
      ]);
    } else {
      await clip.writeText(data.text);
    }
    return 'clipboard';
  } catch (err) {
    if (copyWithEvent(data, doc)) return 'execCommand';
    throw err;
  }
}

/** The legacy path: a one-shot copy listener fills both flavours, execCommand triggers it. */
export function copyWithEvent(data: Flavours, doc: Document = document): boolean {
  let filled = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', data.text);
    if (data.html) e.clipboardData.setData('text/html', data.html);
    e.preventDefault();
    filled = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    const ok = typeof doc.execCommand === 'function' && doc.execCommand('copy');
    return ok && filled;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
}

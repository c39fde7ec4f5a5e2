/**
 * Injected into the page's frame with scripting.executeScript, so it must stand alone (it is
 * serialised: no imports, no outer variables). A one-shot copy listener fills both flavours and
 * stops the page's own copy handlers (some sites block copying); navigator.clipboard is the fallback.
 */
export function copyInPage(text: string, html: string): boolean | Promise<boolean> {
  let filled = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.clipboardData.setData('text/html', html);
    e.preventDefault();
    e.stopImmediatePropagation();
    filled = true;
  };
  window.addEventListener('copy', onCopy, true);
  try {
    document.execCommand('copy');
  } catch {
    // fall through to the async API
  } finally {
    window.removeEventListener('copy', onCopy, true);
  }
  if (filled) return true;
  return navigator.clipboard ? navigator.clipboard.writeText(text).then(() => true, () => false) : false;
}

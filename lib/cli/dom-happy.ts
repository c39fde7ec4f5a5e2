import { Window } from 'happy-dom';
import type { ParsedPage } from './dom';

/**
 * happy-dom, opt-in (NIANBAO_DOM=happy-dom): ~2× faster than jsdom on 200–350 KB Word pages in a
 * batch and reads every fixture the same (test/cli/dom-parity.test.ts), but its tree is not jsdom's
 * (fewer links on some real pages), so the default stays the reference DOM. No script runs, no file (script, style, image, frame) loads, and
 * any request it would still make is answered 403 here, without the network.
 */
export function parseHappy(html: string, url: string): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
      fetch: { interceptor: { beforeAsyncRequest: async ({ window: w }) => new w.Response('', { status: 403 }) } },
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => void window.happyDOM.close() };
}


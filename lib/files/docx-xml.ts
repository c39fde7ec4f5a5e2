import type { XmlElement } from './xml-lite';

/**
 * Small helpers over a parsed WordprocessingML document. Elements are matched by local name, so
 * any prefix (w:, ns0:) and both the transitional and the strict namespace read the same.
 */

export const kids = (el: XmlElement, name?: string): XmlElement[] => {
  const out: XmlElement[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!name || c.localName === name) out.push(c);
  return out;
};

export const kid = (el: XmlElement | null | undefined, name: string): XmlElement | null => {
  for (let c = el?.firstElementChild ?? null; c; c = c.nextElementSibling) if (c.localName === name) return c;
  return null;
};

/** An attribute by local name (w:val, w:type …). */
export function attr(el: XmlElement | null | undefined, name: string): string | null {
  if (!el) return null;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) if (attrs[i].localName === name) return attrs[i].value;
  return null;
}

/** A toggle property (<w:vanish/>, <w:vanish w:val="0"/>) is on unless its value says off. */
export const isOn = (el: XmlElement | null): boolean => !!el && !/^(0|false|off)$/i.test(attr(el, 'val') ?? '');

/** A positive integer attribute (gridSpan, gridBefore), else `fallback`; clamped like HTML's colspan. */
export function intVal(el: XmlElement | null, fallback: number, max = 1000): number {
  const n = Number.parseInt(attr(el, 'val') ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
}

export { escapeHtml } from '../text';

/** Containers whose content prints in place (content controls, smart tags, insertions, fields). */
export const TRANSPARENT = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'ins', 'moveTo', 'hyperlink', 'fldSimple', 'bdo', 'dir']);

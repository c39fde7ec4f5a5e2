import type { Run } from './pdf-load';

/**
 * Text set in a vertical font (WPS writes the tall "三、本年度办理结果" label so) from the
 * operator list itself: pdf.js's text layer loses glyphs of such runs under a flipped text
 * matrix (洪泽区 2023 gives only "三、本年"). Each shown glyph is placed by the text matrix,
 * its line moves and its vertical advance; nothing else is read here.
 */
type Mat = number[];
const mul = (m: Mat, n: Mat): Mat => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const ID: Mat = [1, 0, 0, 1, 0, 0];
const MAX_GLYPHS = 2000;

export function verticalRuns(list: { fnArray: number[]; argsArray: any[] }, OPS: Record<string, number>, base: Mat): Run[] {
  const out: Run[] = [];
  const stack: Mat[] = [];
  let ctm = base, tm = ID, tlm = ID, size = 0;
  for (let i = 0; i < list.fnArray.length && out.length < MAX_GLYPHS; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? base;
    else if (fn === OPS.transform && args?.length === 6) ctm = mul(ctm, args);
    else if (fn === OPS.beginText) tm = tlm = ID;
    else if (fn === OPS.setFont && typeof args?.[1] === 'number') size = args[1];
    else if (fn === OPS.setTextMatrix) {
      const m = Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0]) ? Array.from(args[0] as ArrayLike<number>) : args;
      if (m?.length === 6) tm = tlm = m;
    } else if ((fn === OPS.moveText || fn === OPS.setLeadingMoveText) && args?.length === 2) tm = tlm = mul(tlm, [1, 0, 0, 1, args[0], args[1]]);
    else if (fn === OPS.showText && Array.isArray(args?.[0])) {
      const glyphs = args[0];
      if (!glyphs.some((g: any) => g && typeof g === 'object' && g.vmetric)) continue;
      let dy = 0;
      for (const g of glyphs) {
        if (typeof g === 'number') dy -= (g / 1000) * size;
        else if (g && typeof g === 'object') {
          const m = mul(ctm, mul(tm, [size, 0, 0, size, 0, dy]));
          const em = Math.hypot(m[2], m[3]);
          const [x, y] = [m[4], m[5]];
          if (g.unicode?.trim() && Number.isFinite(x) && Number.isFinite(y) && em > 0) {
            out.push({ str: g.unicode, x: x - em / 2, y, w: em, h: em, size: em, vertical: true });
          }
          dy += ((g.vmetric?.[0] ?? -1000) / 1000) * size;
        }
      }
      tm = mul(tm, [1, 0, 0, 1, 0, dy]);
    }
  }
  return out;
}

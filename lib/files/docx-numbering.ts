import { attr, intVal, kid, kids } from './docx-xml';
import type { XmlElement } from './xml-lite';

/**
 * Word's automatic numbering: the "一、" of 一、总体情况 or the "1." of 1.属于国家秘密, which Word
 * draws from numbering.xml and never stores in the text. Printed text has them, and readers
 * (section headings, narrative, row labels) need them, so paragraphs get their number back.
 */
interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

interface Num {
  /** Counters are shared by every list of one abstract numbering unless a list restarts. */
  key: string;
  levels: Level[];
}

const CN = '〇一二三四五六七八九';
const LEGAL = '零壹贰叁肆伍陆柒捌玖';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const ZODIAC = '子丑寅卯辰巳午未申酉戌亥';
const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function chinese(n: number, digits: string, ten: string): string {
  if (n <= 0 || n >= 100) return String(n);
  const [t, u] = [Math.floor(n / 10), n % 10];
  return (t > 1 ? digits[t] : '') + (t ? ten : '') + (u ? digits[u] : '');
}

function roman(n: number): string {
  let s = '';
  for (const [v, r] of ROMAN) for (; n >= v && s.length < 20; n -= v) s += r;
  return s;
}

function letters(n: number): string {
  return n > 0 ? String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.min(Math.ceil(n / 26), 5)) : '';
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'bullet':
    case 'none':
      return '';
    case 'chineseCounting': case 'chineseCountingThousand': case 'taiwaneseCounting': case 'taiwaneseCountingThousand': case 'japaneseCounting': case 'ideographDigital':
      return chinese(n, CN, '十');
    case 'chineseLegalSimplified':
      return chinese(n, LEGAL, '拾');
    case 'ideographTraditional':
      return TIANGAN[n - 1] ?? String(n);
    case 'ideographZodiac':
      return ZODIAC[n - 1] ?? String(n);
    case 'decimalEnclosedCircle': case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth': case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerLetter': return letters(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    default:
      return String(n);
  }
}

function levels(abstract: XmlElement | undefined): Level[] {
  const out: Level[] = [];
  for (const lvl of abstract ? kids(abstract, 'lvl') : []) {
    const i = Number(attr(lvl, 'ilvl') ?? out.length);
    if (!(i >= 0 && i < 9)) continue;
    const suff = attr(kid(lvl, 'suff'), 'val');
    out[i] = {
      start: intVal(kid(lvl, 'start'), 1, 1e6),
      format: attr(kid(lvl, 'numFmt'), 'val') ?? 'decimal',
      text: attr(kid(lvl, 'lvlText'), 'val') ?? '',
      suffix: suff === 'nothing' ? '' : ' ',
    };
  }
  return out;
}

export class Numbering {
  private nums = new Map<string, Num>();
  private styles = new Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }>();
  private counters = new Map<string, number[]>();

  constructor(numbering: XmlElement | null, styles: XmlElement | null) {
    const abstracts = new Map<string, XmlElement>();
    for (const a of numbering ? kids(numbering, 'abstractNum') : []) abstracts.set(attr(a, 'abstractNumId') ?? '', a);
    for (const n of numbering ? kids(numbering, 'num') : []) {
      const abstractId = attr(kid(n, 'abstractNumId'), 'val') ?? '';
      const lv = levels(abstracts.get(abstractId)).map((l) => ({ ...l }));
      let restarts = false;
      for (const o of kids(n, 'lvlOverride')) {
        const i = Number(attr(o, 'ilvl'));
        const start = kid(o, 'startOverride');
        if (start && lv[i]) (lv[i].start = intVal(start, 1, 1e6)), (restarts = true);
        const own = levels(o)[i]; // a whole level redefined for this list
        if (own) lv[i] = own;
      }
      const id = attr(n, 'numId') ?? '';
      this.nums.set(id, { key: restarts ? `num:${id}` : `abs:${abstractId}`, levels: lv });
    }
    for (const s of styles ? kids(styles, 'style') : []) {
      const numPr = kid(kid(s, 'pPr'), 'numPr');
      const ilvl = attr(kid(numPr, 'ilvl'), 'val');
      this.styles.set(attr(s, 'styleId') ?? '', { numId: attr(kid(numPr, 'numId'), 'val'), ilvl: ilvl === null ? null : Number(ilvl), basedOn: attr(kid(s, 'basedOn'), 'val') });
    }
  }

  /** The number a paragraph prints before its text ('' for none), counting as Word does. */
  next(p: XmlElement): string {
    const pPr = kid(p, 'pPr');
    const numPr = kid(pPr, 'numPr');
    let numId = attr(kid(numPr, 'numId'), 'val');
    let ilvl = Number(attr(kid(numPr, 'ilvl'), 'val') ?? NaN);
    // A heading style may carry the numbering (标题 1 → 一、): follow basedOn a few steps.
    for (let style = attr(kid(pPr, 'pStyle'), 'val'), k = 0; style && k < 10 && (numId === null || Number.isNaN(ilvl)); k++) {
      const s = this.styles.get(style);
      if (!s) break;
      numId ??= s.numId;
      if (Number.isNaN(ilvl) && s.ilvl !== null) ilvl = s.ilvl;
      style = s.basedOn;
    }
    const num = numId ? this.nums.get(numId) : undefined;
    if (!num) return ''; // numId 0: numbering switched off
    if (!(ilvl >= 0 && ilvl < 9)) ilvl = 0;
    const lv = num.levels;
    if (!lv[ilvl]) return '';
    const c = this.counters.get(num.key) ?? [];
    c[ilvl] = (c[ilvl] ?? lv[ilvl].start - 1) + 1;
    c.length = ilvl + 1; // deeper levels start again
    this.counters.set(num.key, c);
    const text = lv[ilvl].text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      return lv[i] ? formatNumber(c[i] ?? lv[i].start, lv[i].format) : '';
    });
    return text && lv[ilvl].format !== 'bullet' && lv[ilvl].format !== 'none' ? text + lv[ilvl].suffix : '';
  }
}

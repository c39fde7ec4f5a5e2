import { makePdf } from './pdf-helpers';

/**
 * A report PDF drawn at test time from cell values (model path → text): the title, 表二, 表三
 * and 表四 of the 2021 template in ruled grids (every cell a stroked box), the Chinese set in
 * the non-embedded STSong-Light with the UniGB-UCS2-H CMap (so pdf.js needs its packaged CMaps).
 */
type Placed = { r: number; c: number; rs?: number; cs?: number; text: string };

const hex = (s: string) => `<${Array.from(s).map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
const SIZE = 6;
const ROW = 16;

function grid(x0: number, top: number, widths: number[], cells: Placed[]): string {
  const xs = widths.reduce((a, w) => [...a, a[a.length - 1] + w], [x0]);
  let s = '0 0 0 RG 0.5 w ';
  for (const c of cells) {
    const x = xs[c.c], w = xs[c.c + (c.cs ?? 1)] - x;
    const y = 842 - top - (c.r + (c.rs ?? 1)) * ROW, h = (c.rs ?? 1) * ROW;
    s += `${x} ${y} ${w} ${h} re S `;
    if (c.text) s += `BT /F2 ${SIZE} Tf ${x + 2} ${y + h / 2 - SIZE / 3} Td ${hex(c.text)} Tj ET `;
  }
  return s;
}

const GROUPS: [string, string, [string, string][]][] = [
  ['denied', '（三）不予公开', [['stateSecret', '1.属于国家秘密'], ['lawForbidden', '2.其他法律行政法规禁止公开'], ['safetyStability', '3.危及“三安全一稳定”'], ['thirdParty', '4.保护第三方合法权益'], ['internalAffairs', '5.属于三类内部事务信息'], ['processInfo', '6.属于四类过程性信息'], ['enforcementFile', '7.属于行政执法案卷'], ['queryMatter', '8.属于行政查询事项']]],
  ['unavailable', '（四）无法提供', [['notHeld', '1.本机关不掌握相关政府信息'], ['needsCreation', '2.没有现成信息需要另行制作'], ['unclear', '3.补正后申请内容仍不明确']]],
  ['notProcessed', '（五）不予处理', [['complaint', '1.信访举报投诉类申请'], ['repeated', '2.重复申请'], ['publication', '3.要求提供公开出版物'], ['excessive', '4.无正当理由大量反复申请'], ['confirmation', '5.要求行政机关确认或重新出具已获取信息']]],
  ['other', '（六）其他处理', [['noCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'], ['noFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'], ['other', '3.其他']]],
];
const APPLICANTS = ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'];
const RESULTS = ['upheld', 'corrected', 'other', 'pending', 'total'];

function table2(v: (k: string) => string): string {
  const cells: Placed[] = [];
  let r = 0;
  const block = (title: string, header: string[], items: [string, string, string[]][]) => {
    cells.push({ r: r++, c: 0, cs: 4, text: title });
    cells.push({ r, c: 0, text: '信息内容' }, ...header.map((h, i) => ({ r, c: 1 + i, cs: header.length === 1 ? 3 : 1, text: h })));
    r++;
    for (const [key, label, cols] of items) {
      cells.push({ r, c: 0, text: label }, ...cols.map((col, i) => ({ r, c: 1 + i, cs: cols.length === 1 ? 3 : 1, text: v(`active.${key}.${col}`) })));
      r++;
    }
  };
  block('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], [['regulations', '规章', ['issued', 'repealed', 'inForce']], ['normativeDocuments', '行政规范性文件', ['issued', 'repealed', 'inForce']]]);
  block('第二十条第（五）项', ['本年处理决定数量'], [['licensing', '行政许可', ['decisions']]]);
  block('第二十条第（六）项', ['本年处理决定数量'], [['punishment', '行政处罚', ['decisions']], ['coercion', '行政强制', ['decisions']]]);
  block('第二十条第（八）项', ['本年收费金额（单位：万元）'], [['fees', '行政事业性收费', ['amount']]]);
  return grid(60, 120, [160, 100, 100, 100], cells);
}

function table3(v: (k: string) => string, split?: Split): string[] {
  const cells: Placed[] = [
    { r: 0, c: 0, rs: 3, cs: 3, text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' },
    { r: 0, c: 3, cs: 7, text: '申请人情况' }, { r: 1, c: 3, rs: 2, text: '自然人' }, { r: 1, c: 4, cs: 5, text: '法人或其他组织' }, { r: 1, c: 9, rs: 2, text: '总计' },
    ...['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text, i) => ({ r: 2, c: 4 + i, text })),
  ];
  let r = 3;
  const row = (path: string, label: Placed[]) => {
    cells.push(...label, ...APPLICANTS.map((col, i) => ({ r, c: 3 + i, text: v(`applications.${path}.${col}`) })));
    r++;
  };
  row('newReceived', [{ r, c: 0, cs: 3, text: '一、本年新收政府信息公开申请数量' }]);
  row('carriedOver', [{ r, c: 0, cs: 3, text: '二、上年结转政府信息公开申请数量' }]);
  cells.push({ r, c: 0, rs: 22, text: '三、本年度办理结果' });
  row('granted', [{ r, c: 1, cs: 2, text: '（一）予以公开' }]);
  row('partiallyGranted', [{ r, c: 1, cs: 2, text: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' }]);
  for (const [group, label, subs] of GROUPS) {
    cells.push({ r, c: 1, rs: subs.length, text: label });
    for (const [key, sub] of subs) row(`${group}.${key}`, [{ r, c: 2, text: sub }]);
  }
  row('resultTotal', [{ r, c: 1, cs: 2, text: '（七）总计' }]);
  row('carriedForward', [{ r, c: 0, cs: 3, text: '四、结转下年度继续办理' }]);
  const widths = [35, 45, 215, ...APPLICANTS.map(() => 40)];
  if (!split) return [grid(15, 60, widths, cells)];
  // A page break after row `at`: cells spanning it go on as blank cells below the break
  // (what Word prints), under the three header rows again when the header repeats.
  const top = split.repeatHeader ? cells.filter((c) => c.r + (c.rs ?? 1) <= 3) : [];
  const shift = top.length ? 3 : 0;
  const before = cells.filter((c) => c.r < split.at).map((c) => ({ ...c, rs: Math.min(c.rs ?? 1, split.at - c.r) }));
  const after = cells
    .filter((c) => c.r + (c.rs ?? 1) > split.at)
    .map((c) => ({ ...c, r: Math.max(c.r, split.at) - split.at + shift, rs: c.r + (c.rs ?? 1) - Math.max(c.r, split.at), text: c.r < split.at ? '' : c.text }));
  return [grid(15, 60, widths, before), grid(15, 40, widths, [...top, ...after])];
}

/** Where 表三 breaks over two pages, and whether its header rows repeat after the break. */
export interface Split {
  at: number;
  repeatHeader: boolean;
}

function table4(v: (k: string) => string): string {
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const cells: Placed[] = [
    { r: 0, c: 0, cs: 5, text: '行政复议' }, { r: 0, c: 5, cs: 10, text: '行政诉讼' },
    { r: 1, c: 5, cs: 5, text: '未经复议直接起诉' }, { r: 1, c: 10, cs: 5, text: '复议后起诉' },
    ...heads.map((text, c) => ({ r: 1, c, rs: 2, text })),
  ];
  ['review', 'litigationDirect', 'litigationAfterReview'].forEach((g, k) => {
    if (k) heads.forEach((text, i) => cells.push({ r: 2, c: 5 * k + i, text }));
    RESULTS.forEach((col, i) => cells.push({ r: 3, c: 5 * k + i, text: v(`reviewLitigation.${g}.${col}`) }));
  });
  return grid(30, 540, Array.from({ length: 15 }, () => 35), cells);
}

export function reportPdf(title: string, values: Record<string, string>, split?: Split): Uint8Array {
  const v = (k: string) => values[k] ?? '';
  const heading = (text: string, y: number, size = 10) => `BT /F2 ${size} Tf 60 ${842 - y} Td ${hex(text)} Tj ET `;
  const t3 = table3(v, split);
  const t4 = heading('四、政府信息公开行政复议、行政诉讼情况', 530) + table4(v);
  // With a break, page 2 ends with the first part (and a page number), page 3 opens with the rest.
  return makePdf([
    heading(title, 60, 16) + heading('二、主动公开政府信息情况', 100) + table2(v),
    heading('三、收到和处理政府信息公开申请情况', 45) + t3[0] + (t3.length > 1 ? heading('- 2 -', 800) : t4),
    ...(t3.length > 1 ? [t3[1] + t4] : []),
  ]);
}

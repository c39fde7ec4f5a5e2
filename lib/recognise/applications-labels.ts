import type { ApplicantColumn, GroupKey } from '../model/types';

/**
 * How pages print the 表三 labels, after `norm` (NFKC, no whitespace, simplified, straight
 * quotes). Variants and typos seen on real pages are listed here, not in code.
 */

/** Rows outside the result groups, first match wins (order matters). */
export const TOP_ROWS: [path: string, words: string[]][] = [
  ['newReceived', ['本年新收', '新收政府信息', '新收申请']],
  ['carriedForward', ['结转下年度', '下年度继续', '转下年']],
  ['carriedOver', ['上年结转', '上一年结转', '上年度结转']],
  ['partiallyGranted', ['部分公开']],
  ['granted', ['予以公开']],
];

export const RESULT_TOTAL_WORDS = ['总计', '合计', '(七)'];
export const SUBTOTAL_WORDS = ['小计'];

export const GROUP_WORDS: [GroupKey, string[]][] = [
  ['denied', ['不予公开']],
  ['unavailable', ['无法提供']],
  ['notProcessed', ['不予处理']],
  ['other', ['其他处理']],
];

/** Sub-rows by their distinctive words; `null` words mean "only by its number in the group". */
export const SUB_ROWS: Record<GroupKey, [key: string, words: string[] | null][]> = {
  denied: [
    ['stateSecret', ['国家秘密']],
    ['lawForbidden', ['法律行政法规', '禁止公开', '其他法律', '行政止公开']],
    ['safetyStability', ['三安全', '一稳定']],
    ['thirdParty', ['第三方']],
    ['internalAffairs', ['内部事务']],
    ['processInfo', ['过程性']],
    ['enforcementFile', ['执法案卷']],
    ['queryMatter', ['查询事项']],
  ],
  unavailable: [
    ['notHeld', ['不掌握']],
    ['needsCreation', ['现成信息', '另行制作', '另行']],
    ['unclear', ['不明确']],
  ],
  notProcessed: [
    ['complaint', ['信访', '举报投诉']],
    ['repeated', ['重复申请']],
    ['publication', ['出版物']],
    ['excessive', ['大量反复']],
    ['confirmation', ['重新出具', '确认']],
  ],
  other: [
    ['noCorrection', ['不补正']],
    ['noFee', ['缴纳费用', '收费通知']],
    ['other', null],
  ],
};

/** Header words that mark a 表三 header row. */
export const HEADER_WORDS = ['自然人', '申请人情况', '商业企业', '法人或其他组织'];

/** Column keys by header text: tested on the column's header path, first match wins. */
export const COLUMN_WORDS: [ApplicantColumn, string[]][] = [
  ['natural', ['自然人']],
  ['commercial', ['商业', '企业']],
  ['research', ['科研']],
  ['publicInterest', ['公益', '社会组织']],
  ['legalService', ['法律服务']],
  ['total', ['总计', '合计']],
];
/** 法人或其他组织 · 其他: the leaf header is just 其他. */
export const OTHER_ORG_LEAF = ['其他', '其它'];

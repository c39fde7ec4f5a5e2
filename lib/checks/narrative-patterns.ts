/**
 * How the prose states the table's figures. Matching runs on norm()ed text (half-width digits
 * and commas), one clause at a time; a figure is the first number after the keyword, with only
 * the allowed filler in between, followed by a unit.
 */

/** Sentences about more than the body's own table (全区 alone may be the body itself: 平潭). */
export const WIDER_SCOPE = [
  '全市', '全省', '全州', '全盟', '全国', '各级', '全区各', '全县各', '全镇各', '各部门', '各乡镇', '各镇', '各街道',
  '各县', '各区', '各市', '各地', '各单位', '各级各', '县直', '市直', '区直', '省直', '系统', '所属', '下属', '成员单位',
  '全县政府', '全市政府',
];

/** Clauses on other subjects that also "收到 … 件". */
export const OTHER_SUBJECT = ['咨询', '热线', '留言', '信访', '举报', '投诉', '工单', '来信', '来电', '建议', '提案', '主动公开', '网民', '复议', '诉讼'];

/** Approximations are not figures to check. */
export const APPROXIMATE = /^(余|多|左右)|(约|近|超过|逾|上)$/;

export type Target = 'newReceived' | 'resultTotal' | 'carriedForward' | 'review' | 'litigation';

export interface FigurePattern {
  target: Target;
  /** Keyword, filler and the number (group 1), then the unit. */
  re: RegExp;
  /** Application figures must be about 申请 (in the clause, or the sentence for follow-on clauses). */
  needs: 'clause' | 'sentence' | 'disclosure';
}

const UNIT = '(?:件|例|次|宗|个|份)(?!次)';
const CASE_UNIT = '(?:起|件|次|宗|个|例)(?!次)';

/** In priority order: "收到并答复申请36例" is the number received. */
export const FIGURES: FigurePattern[] = [
  { target: 'newReceived', re: new RegExp(`(?:收到|新收|受理|接到|接收)[^\\d]{0,24}?(\\d+)${UNIT}`), needs: 'clause' },
  // Only "forward" wording: 结转至/到 …, 结转下年度 …; a bare "结转 N 件" may be last year's.
  {
    target: 'carriedForward',
    re: new RegExp(`结转(?:(?:至|到)(?:下一?年度?|次年|明年)?|下一?年度?|次年|明年)(?:继续办理)?(?:的)?(?:申请)?(\\d+)${UNIT}`),
    needs: 'sentence',
  },
  { target: 'resultTotal', re: new RegExp(`(?:办结|办理完毕|答复完毕|答复)(?:了)?(?:各类)?(?:依申请公开)?(?:政府信息公开)?(?:申请)?(?:共|数为|数)?(\\d+)${UNIT}`), needs: 'sentence' },
  { target: 'review', re: new RegExp(`行政复议(?:案件|申请|案)?(?:共计|共|数量为|为)?(\\d+)${CASE_UNIT}`), needs: 'disclosure' },
  { target: 'litigation', re: new RegExp(`行政诉讼(?:案件|案)?(?:共计|共|数量为|为)?(\\d+)${CASE_UNIT}`), needs: 'disclosure' },
];

/** Review and litigation figures count only when the sentence is about 信息公开 (not all cases). */
export const DISCLOSURE = /信息公开|依申请|公开申请/;
/** Not the number handled in total: only the on-time or late part of it. */
export const PARTIAL_HANDLED = /按时|延期|逾期|超期/;

import type { ApplicantColumn, GroupKey, ReviewColumn, ReviewGroup } from './types';

/**
 * Official Chinese labels of every model key, for messages and for exports laid out like the
 * official tables. Matching patterns (the variants pages print) live with the recognisers.
 */
export const APPLICANT_COLUMN_LABELS: Record<ApplicantColumn, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalService: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
};

/** 表三 rows in template order: [path, label, group label]. Group rows are not listed. */
export interface ApplicationRowDef {
  path: string;
  label: string;
  group?: GroupKey;
  /** Only in that format ("2019": other is one row; "2021": three sub-rows). */
  format?: '2019' | '2021';
}

export const GROUP_LABELS: Record<GroupKey, string> = {
  denied: '（三）不予公开',
  unavailable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  other: '（六）其他处理',
};

export const APPLICATION_ROWS: ApplicationRowDef[] = [
  { path: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
  { path: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
  { path: 'granted', label: '（一）予以公开' },
  { path: 'partiallyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  { path: 'denied.stateSecret', label: '1.属于国家秘密', group: 'denied' },
  { path: 'denied.lawForbidden', label: '2.其他法律行政法规禁止公开', group: 'denied' },
  { path: 'denied.safetyStability', label: '3.危及“三安全一稳定”', group: 'denied' },
  { path: 'denied.thirdParty', label: '4.保护第三方合法权益', group: 'denied' },
  { path: 'denied.internalAffairs', label: '5.属于三类内部事务信息', group: 'denied' },
  { path: 'denied.processInfo', label: '6.属于四类过程性信息', group: 'denied' },
  { path: 'denied.enforcementFile', label: '7.属于行政执法案卷', group: 'denied' },
  { path: 'denied.queryMatter', label: '8.属于行政查询事项', group: 'denied' },
  { path: 'unavailable.notHeld', label: '1.本机关不掌握相关政府信息', group: 'unavailable' },
  { path: 'unavailable.needsCreation', label: '2.没有现成信息需要另行制作', group: 'unavailable' },
  { path: 'unavailable.unclear', label: '3.补正后申请内容仍不明确', group: 'unavailable' },
  { path: 'notProcessed.complaint', label: '1.信访举报投诉类申请', group: 'notProcessed' },
  { path: 'notProcessed.repeated', label: '2.重复申请', group: 'notProcessed' },
  { path: 'notProcessed.publication', label: '3.要求提供公开出版物', group: 'notProcessed' },
  { path: 'notProcessed.excessive', label: '4.无正当理由大量反复申请', group: 'notProcessed' },
  { path: 'notProcessed.confirmation', label: '5.要求行政机关确认或重新出具已获取信息', group: 'notProcessed' },
  {
    path: 'other.noCorrection',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    group: 'other',
    format: '2021',
  },
  {
    path: 'other.noFee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    group: 'other',
    format: '2021',
  },
  { path: 'other.other', label: '3.其他', group: 'other', format: '2021' },
  { path: 'other', label: '（六）其他处理', format: '2019' },
  { path: 'resultTotal', label: '（七）总计' },
  { path: 'carriedForward', label: '四、结转下年度继续办理' },
];

/** Short labels for messages ("新收", "结转下年度" …). */
export const APPLICATION_SHORT_LABELS: Record<string, string> = {
  newReceived: '新收',
  carriedOver: '上年结转',
  granted: '予以公开',
  partiallyGranted: '部分公开',
  resultTotal: '办理结果总计',
  carriedForward: '结转下年度',
  other: '其他处理',
};

export const REVIEW_GROUP_LABELS: Record<ReviewGroup, string> = {
  review: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReview: '行政诉讼（复议后起诉）',
};

export const REVIEW_COLUMN_LABELS: Record<ReviewColumn, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

/** 表二 layout per format: blocks of [item key, label] with their columns [key, label]. */
export interface ActiveBlock {
  heading: string;
  columns: [string, string][];
  items: [string, string][];
}

export const ACTIVE_LAYOUT: Record<'2021' | '2019', ActiveBlock[]> = {
  '2021': [
    {
      heading: '第二十条第（一）项',
      columns: [
        ['issued', '本年制发件数'],
        ['repealed', '本年废止件数'],
        ['inForce', '现行有效件数'],
      ],
      items: [
        ['regulations', '规章'],
        ['normativeDocuments', '行政规范性文件'],
      ],
    },
    { heading: '第二十条第（五）项', columns: [['decisions', '本年处理决定数量']], items: [['licensing', '行政许可']] },
    {
      heading: '第二十条第（六）项',
      columns: [['decisions', '本年处理决定数量']],
      items: [
        ['punishment', '行政处罚'],
        ['coercion', '行政强制'],
      ],
    },
    { heading: '第二十条第（八）项', columns: [['amount', '本年收费金额（单位：万元）']], items: [['fees', '行政事业性收费']] },
  ],
  '2019': [
    {
      heading: '第二十条第（一）项',
      columns: [
        ['made', '本年新制作数量'],
        ['published', '本年新公开数量'],
        ['totalPublic', '对外公开总数量'],
      ],
      items: [
        ['regulations', '规章'],
        ['normativeDocuments', '规范性文件'],
      ],
    },
    {
      heading: '第二十条第（五）项',
      columns: [
        ['previousItems', '上一年项目数量'],
        ['change', '本年增/减'],
        ['decisions', '处理决定数量'],
      ],
      items: [
        ['licensing', '行政许可'],
        ['otherServices', '其他对外管理服务事项'],
      ],
    },
    {
      heading: '第二十条第（六）项',
      columns: [
        ['previousItems', '上一年项目数量'],
        ['change', '本年增/减'],
        ['decisions', '处理决定数量'],
      ],
      items: [
        ['punishment', '行政处罚'],
        ['coercion', '行政强制'],
      ],
    },
    {
      heading: '第二十条第（八）项',
      columns: [
        ['previousItems', '上一年项目数量'],
        ['change', '本年增/减'],
      ],
      items: [['fees', '行政事业性收费']],
    },
    {
      heading: '第二十条第（九）项',
      columns: [
        ['projects', '采购项目数量'],
        ['amount', '采购总金额'],
      ],
      items: [['procurement', '政府集中采购']],
    },
  ],
};

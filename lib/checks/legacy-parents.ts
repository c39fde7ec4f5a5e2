/**
 * The pre-2019 statistics table's sums (国办发〔2014〕32号 rows, formats.md): each parent row
 * and the label patterns of its enumerated children, matched on labels without numbering.
 */
export interface LegacyParent {
  parent: RegExp;
  children: RegExp[];
}

const OUTCOMES = [/^维持具体行政行为/, /^被依法纠错/, /^其他情形/];

export const LEGACY_PARENTS: LegacyParent[] = [
  { parent: /^收到申请(总)?数/, children: [/^当面申请/, /^传真申请/, /^(网络|网上)申请/, /^信函申请/] },
  { parent: /^申请办结(总)?数/, children: [/^按时办结/, /^延期办结/] },
  {
    parent: /^申请答复(总)?数/,
    children: [
      /^属于已主动公开范围/,
      /^同意公开/,
      /^同意部分公开/,
      /^不同意公开/,
      /^不属于本行政机关/,
      /^申请信息不存在/,
      /^告知作出更改补充/,
      /^告知通过其他途径办理/,
    ],
  },
  {
    parent: /^不同意公开答复数/,
    children: [/^涉及国家秘密/, /^涉及商业秘密/, /^涉及个人隐私/, /^危及国家安全/, /^不是.{0,2}条例.{0,2}所指/, /^法律法规规定的其他情形/],
  },
  { parent: /^(因政府信息公开申请)?(提起|申请)?行政复议(数量|数|案件数)/, children: OUTCOMES },
  { parent: /^(因政府信息公开申请)?(提起)?行政诉讼(数量|数|案件数)/, children: OUTCOMES },
  { parent: /^从事政府信息公开工作(的)?人员(总)?数/, children: [/^专职人员/, /^兼职人员/] },
];

/**
 * The generic rule (pre-2014 provincial rows) skips parents whose numbered rows are not a
 * partition: one item may be published through several channels, and so on.
 */
export const NOT_A_PARTITION: RegExp[] = [/主动公开/, /渠道|方式|途径/, /回应|解读/, /会议|培训/, /其中/];

/** A section heading of the legacy table ("三、依申请公开情况"): a block ends there. */
export const SECTION_HEADING = /^[一二三四五六七八九十]+、/;

import type { ApplicantRow, Cell, Report } from '../../lib/model/types';
import { APPLICANT_COLUMNS } from '../../lib/model/types';

/** Sample reports for export and CLI tests; values are distinct so a misplaced one is caught. */

export const c = (value: number | null, text = value === null ? '' : String(value), unit?: string): Cell =>
  unit ? { value, text, unit } : { value, text };

/** A 表三 row whose cells are base, base+1, … in column order; total = sum of the six. */
export function row(base: number): ApplicantRow {
  const r: ApplicantRow = {};
  APPLICANT_COLUMNS.slice(0, 6).forEach((k, i) => (r[k] = c(base + i)));
  r.total = c(6 * base + 15);
  return r;
}

export function sample2021(): Report {
  return {
    schemaVersion: 1,
    source: { url: 'https://www.example.gov.cn/xxgk/t20220125_1.html', title: '五华县人民政府2021年政府信息公开工作年度报告' },
    detected: true,
    agency: '五华县人民政府',
    year: 2021,
    format: '2021',
    sections: ['一', '二', '三', '四', '五', '六'],
    active: {
      regulations: { issued: c(1), repealed: c(2), inForce: c(3) },
      normativeDocuments: { issued: c(4), repealed: c(null, '/'), inForce: c(6) },
      licensing: { decisions: c(7) },
      punishment: { decisions: c(8) },
      coercion: { decisions: c(9) },
      fees: { amount: c(51447.2, '51447.2 万元', '万元') },
    },
    applications: {
      columns: [...APPLICANT_COLUMNS],
      rows: {
        newReceived: row(100),
        carriedOver: row(110),
        granted: row(120),
        partiallyGranted: row(130),
        denied: { stateSecret: row(140), lawForbidden: row(150), safetyStability: row(160), thirdParty: row(170),
          internalAffairs: row(180), processInfo: row(190), enforcementFile: row(200), queryMatter: row(210) },
        unavailable: { notHeld: row(220), needsCreation: row(230), unclear: row(240) },
        notProcessed: { complaint: row(250), repeated: row(260), publication: row(270), excessive: row(280), confirmation: row(290) },
        other: { noCorrection: row(300), noFee: row(310), other: row(320) },
        resultTotal: row(330),
        carriedForward: { ...row(340), natural: c(null, '') },
      },
    },
    reviewLitigation: {
      review: { upheld: c(1), corrected: c(2), other: c(3), pending: c(4), total: c(10) },
      litigationDirect: { upheld: c(5), corrected: c(6), other: c(7), pending: c(8), total: c(26) },
      litigationAfterReview: { upheld: c(9), corrected: c(11), other: c(12), pending: c(13), total: c(45) },
    },
    legacy: null,
    findings: [
      { rule: 'applications.balance', severity: 'error', where: 'natural', message: '自然人：新收 100 + 结转 110 = 210，但办理结果总计 330 + 结转下年度 0 = 330',
        expected: 210, actual: 330, cells: [{ table: 'applications', row: 'resultTotal', column: 'natural' }] },
      { rule: 'value.blank', severity: 'warning', where: 'applications', message: '表三有 1 个空白单元格', cells: [] },
      { rule: 'structure.attachment', severity: 'info', where: 'page', message: '附件 | 报告.pdf', cells: [] },
    ],
  };
}

export function sample2019(): Report {
  const r = sample2021();
  r.year = 2020;
  r.format = '2019';
  r.agency = '靖远县人民政府';
  r.active = {
    regulations: { made: c(1), published: c(2), totalPublic: c(3) },
    normativeDocuments: { made: c(4), published: c(5), totalPublic: c(6) },
    licensing: { previousItems: c(7), change: c(453, '+453'), decisions: c(9) },
    otherServices: { previousItems: c(10), change: c(-475, '-475'), decisions: c(12) },
    punishment: { previousItems: c(13), change: c(115, '增 115'), decisions: c(15) },
    coercion: { previousItems: c(16), change: c(-2, '减2'), decisions: c(18) },
    fees: { previousItems: c(19), change: c(null, '-') },
    procurement: { projects: c(21), amount: c(4166.241619) },
  };
  r.applications!.rows.other = row(300);
  r.applications!.subtotals = { denied: row(900) };
  r.findings = [];
  return r;
}

export function sampleLegacy(): Report {
  return {
    ...sample2021(),
    year: 2016,
    format: 'legacy',
    active: null,
    applications: null,
    reviewLitigation: null,
    legacy: {
      columns: ['2016年度', '历年累计'],
      rows: [
        { label: '收到申请数', unit: '件', values: [c(12), c(300)] },
        { label: '1.当面申请数', unit: '件', values: [c(2), c(null, '—')] },
        { label: '=HYPERLINK("x")\t"引号"\n换行', values: [c(-3, '-3'), c(null, '')] },
      ],
    },
    findings: [],
  };
}

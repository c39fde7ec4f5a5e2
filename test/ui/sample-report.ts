import type { ApplicantRow, Cell, Report } from '@/lib/model/types';

/**
 * Hand-built reports for the UI tests (they do not depend on the core's parser). The problem
 * report mirrors 安化县 2021: （七）总计 left at 0 while its parts add up to 36.
 */
const c = (value: number | null, text = value === null ? '' : String(value)): Cell => ({ value, text });
const row = (natural: number, total = natural): ApplicantRow => ({
  natural: c(natural),
  commercial: c(0),
  research: c(0),
  publicInterest: c(0),
  legalService: c(0),
  otherOrg: c(0),
  total: c(total),
});

export function problemReport(): Report {
  return {
    schemaVersion: 1,
    source: { url: 'http://www.anhua.gov.cn/2021.html', title: '安化县人民政府2021年政府信息公开工作年度报告' },
    detected: true,
    agency: '安化县人民政府',
    year: 2021,
    format: '2021',
    sections: ['一', '二', '三', '四', '五', '六'],
    active: {
      regulations: { issued: c(0), repealed: c(0), inForce: c(0) },
      normativeDocuments: { issued: c(5), repealed: c(1), inForce: c(40) },
      licensing: { decisions: c(1200) },
      fees: { amount: { value: 51447.2, text: '51447.2', unit: '万元' } },
    },
    applications: {
      columns: ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'],
      rows: {
        newReceived: row(36),
        carriedOver: row(0),
        granted: row(30),
        partiallyGranted: row(2),
        denied: { stateSecret: row(1), thirdParty: row(1) },
        unavailable: { notHeld: row(2) },
        notProcessed: { repeated: row(0) },
        other: { noCorrection: row(0), noFee: row(0), other: row(0) },
        resultTotal: row(0),
        carriedForward: row(0),
      },
    },
    reviewLitigation: {
      review: { upheld: c(1), corrected: c(0), other: c(0), pending: c(0), total: c(1) },
      litigationDirect: { upheld: c(0), corrected: c(0), other: c(0), pending: c(0), total: c(0) },
      litigationAfterReview: { upheld: c(0), corrected: c(0), other: c(0), pending: c(0), total: c(0) },
    },
    legacy: null,
    findings: [
      {
        rule: 'applications.resultTotal',
        severity: 'error',
        where: 'natural',
        message: '自然人：（七）总计应为 36（各项办理结果之和），表中为 0',
        expected: 36,
        actual: 0,
        cells: [{ table: 'applications', row: 'resultTotal', column: 'natural' }],
      },
      {
        rule: 'applications.balance',
        severity: 'error',
        where: 'total',
        message: '总计：新收 36 + 结转 0 = 36，但办理结果总计 0 + 结转下年度 0 = 0',
        expected: 36,
        actual: 0,
        cells: [
          { table: 'applications', row: 'resultTotal', column: 'total' },
          { table: 'applications', row: 'newReceived', column: 'total' },
        ],
      },
      {
        rule: 'value.blank',
        severity: 'warning',
        where: 'active',
        message: '表二有 1 个单元格留空',
        cells: [{ table: 'active', row: 'regulations', column: 'issued' }],
      },
    ],
  };
}

export function cleanReport(): Report {
  const r = problemReport();
  r.applications!.rows.resultTotal = row(36);
  r.findings = [];
  return r;
}

export function imageReport(): Report {
  return {
    ...problemReport(),
    active: null,
    applications: null,
    reviewLitigation: null,
    images: 3,
    findings: [{ rule: 'structure.image', severity: 'info', where: 'report', message: '统计表是图片（3 张），无法核对', cells: [] }],
  };
}

export function attachmentReport(): Report {
  return {
    ...problemReport(),
    active: null,
    applications: null,
    reviewLitigation: null,
    attachments: [{ url: 'http://www.anhua.gov.cn/files/2021-report.pdf', text: '2021年度报告.pdf' }],
    findings: [{ rule: 'structure.attachment', severity: 'info', where: 'report', message: '年报是附件：2021年度报告.pdf', cells: [] }],
  };
}

export function notReport(): Report {
  return { ...problemReport(), detected: false, agency: null, year: null, format: null, sections: [], active: null, applications: null, reviewLitigation: null, findings: [] };
}

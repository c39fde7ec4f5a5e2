import type { Report } from '../model/types';

// Invalid on Windows (and "/" everywhere), plus control characters.
const INVALID = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** "五华县人民政府-2020-政府信息公开工作年度报告.csv": safe on Windows, macOS and Linux. */
export function exportFileName(report: Report, ext: string): string {
  const who = report.agency || report.source.title.replace(/\d{4}\s*年.*$/, '') || '';
  const parts = [who, report.year ? String(report.year) : '', '政府信息公开工作年度报告']
    .map((p) => p.replace(INVALID, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return `${parts.join('-').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 150)}.${ext}`;
}

export const csvFileName = (report: Report) => exportFileName(report, 'csv');

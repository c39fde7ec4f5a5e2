import type { Report } from '../model/types';
import { formatLabel } from './format-label';

/** Where a copy came from, so a pasted table can be traced back to its page and day. */
export interface SourceInfo {
  agency: string;
  /** "2021 年度报告", or '' when the year is unknown. */
  year: string;
  /** "2021 版模板（国办公开办函〔2021〕30号）". */
  template: string;
  url: string;
  /** "2026-11-29" (local date), or '' when no date was given. */
  checked: string;
}

/** Options every export shares. */
export interface SourceOptions {
  /** The day the page was checked. The core never reads the clock itself (tests stay deterministic). */
  now?: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date, as a reviewer writes it in a memo. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "2021 版（国办…）" reads as the template once 模板 is said: "2021 版模板（国办…）". */
function templateLabel(report: Report): string {
  const label = formatLabel(report.format);
  return report.format === '2021' || report.format === '2019' ? label.replace(' 版', ' 版模板') : `模板：${label}`;
}

export function sourceInfo(report: Report, options: SourceOptions = {}): SourceInfo {
  const agency = report.agency || report.source.title.replace(/\d{4}\s*年.*$/, '').trim() || '机关未识别';
  return {
    agency,
    year: report.year ? `${report.year} 年度报告` : '',
    template: templateLabel(report),
    url: report.source.url,
    checked: options.now ? isoDate(options.now) : '',
  };
}

/** One line: "来源：五华县人民政府 · 2021 年度报告 · 2021 版模板（…） · https://… · 核对日期 2026-11-29". */
export function sourceLine(report: Report, options: SourceOptions = {}): string {
  const s = sourceInfo(report, options);
  const parts = [s.agency, s.year, s.template, s.url, s.checked && `核对日期 ${s.checked}`].filter(Boolean);
  return `来源：${parts.join(' · ')}`.replace(/[\t\r\n]+/g, ' ');
}

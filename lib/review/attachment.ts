/** Attachment-only reports in a review: which file to read instead of the page. */
import type { Link, Report } from '../model/types';

const extOf = (s: string) => /\.([a-z0-9]{3,4})$/i.exec(s.replace(/[?#].*$/, '').trim())?.[1].toLowerCase() ?? '';

/** 'docx' / 'pdf' by the address, else by the link text (a /download?id=7 link named "….pdf"). */
function readable(link: Link): 'docx' | 'pdf' | null {
  const byUrl = extOf(link.url);
  const e = byUrl === 'docx' || byUrl === 'pdf' ? byUrl : /^(doc|wps|ofd)$/.test(byUrl) ? '' : extOf(link.text);
  return e === 'docx' || e === 'pdf' ? e : null;
}

const REPORT_NAME = /年[报報]|年度[报報]告/;

/**
 * The one .pdf/.docx attachment to read for a report whose tables are in an attachment
 * (structure.attachment), else null. Pages that link several files: the one named as the report
 * first (not its 解读 or a form), then a .docx before a PDF (Word tables are read exactly), then
 * page order. http(s) only: a saved page's relative links point at files that were not saved.
 */
export function attachmentUrl(report: Report): string | null {
  if (!report.detected || !report.findings.some((f) => f.rule === 'structure.attachment')) return null;
  const files = (report.attachments ?? []).filter((l) => /^https?:\/\//i.test(l.url) && readable(l));
  const rank = (l: Link) => (REPORT_NAME.test(l.text) && !/解读/.test(l.text) ? 0 : 2) + (readable(l) === 'docx' ? 0 : 1);
  const best = files.map((l, i) => ({ l, i })).sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i)[0];
  return best?.l.url ?? null;
}

/**
 * The report read from the attachment, standing for the page: agency and year from the page when
 * the file does not say them (a PDF titled only 年度报告), so history.* still pairs it.
 */
export function fromAttachment(page: Report, file: Report): Report {
  return { ...file, agency: file.agency ?? page.agency, year: file.year ?? page.year };
}

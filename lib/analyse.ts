import { runChecks } from './checks';
import { articleRoot, countContentImages, detectAttachments, detectReport } from './detect';
import { isHiddenTable, tableInput } from './dom/table-input';
import { toGrid } from './grid';
import type { Format, Report } from './model/types';
import { readActive } from './recognise/active';
import { readApplications } from './recognise/applications';
import { readLegacy } from './recognise/legacy';
import { findSections, narrativeText } from './recognise/narrative';
import { readReview } from './recognise/review';
import { identityFromBody } from './recognise/identity';
import { fromGrid, Sink, type STable } from './recognise/stable';
import { textLines, textTables } from './recognise/text-tables';

/** The result of reading one page: the model, and each model cell's source element. */
export interface Analysis {
  report: Report;
  /** refKey(cellRef) → the element the cell was read from (for marks and jump-to-cell). */
  elements: Map<string, Element>;
}

export interface AnalyseOptions {
  /** Last year's report of the same agency, for the history.* rules. */
  previous?: Report | null;
  /** Read the tables even when the page does not say it is a report (a pasted draft). */
  assumeReport?: boolean;
}

// Bounds for hostile pages: real reports have a handful of tables of under 100 rows.
const MAX_TABLES = 200;
const MAX_ROWS = 2000;

/** Page → report model with findings. Pure: the DOM arrives as an argument. */
export function analyse(doc: Document, url: string, options: AnalyseOptions = {}): Analysis {
  const detection = detectReport(doc, url);
  const report: Report = {
    schemaVersion: 1,
    source: { url, title: detection.title },
    detected: detection.isReport || !!options.assumeReport,
    agency: detection.agency,
    year: detection.year,
    format: null,
    sections: [],
    active: null,
    applications: null,
    reviewLitigation: null,
    legacy: null,
    findings: [],
  };
  const sink = new Sink();
  if (!report.detected) return { report, elements: sink.elements };

  const root = articleRoot(doc) ?? doc.body ?? doc.documentElement;
  const lines = textLines(root);
  report.sections = findSections(lines);
  const tables = readTables(doc);
  if (report.agency === null || report.year === null) {
    const found = identityFromBody(lines, tables);
    report.agency ??= found.agency;
    report.year ??= found.year;
  }
  report.active = readActive(tables, sink);
  report.applications = readApplications(tables, sink);
  report.reviewLitigation = readReview(tables, sink);
  if (!report.active || !report.applications || !report.reviewLitigation) {
    // Tables pasted as text lines: read what the real tables did not give.
    const pasted = textTables(lines);
    report.active ??= readActive(pasted, sink);
    report.applications ??= readApplications(pasted, sink);
    report.reviewLitigation ??= readReview(pasted, sink);
  }
  if (!report.applications) report.legacy = readLegacy(tables, sink);
  report.format = formatOf(report);
  // Listed whether or not tables were read (the popup offers 核对附件 beside the page's tables
  // too); the blocks beside the article are searched only when no table was read.
  const noTables = !report.active && !report.applications && !report.reviewLitigation && !report.legacy;
  const attachments = detectAttachments(doc, url, root, noTables);
  if (attachments.length) report.attachments = attachments;
  if (noTables) {
    const images = countContentImages(doc);
    if (images) report.images = images;
    const frames = root.querySelectorAll('iframe, frame').length;
    if (frames) report.frames = frames;
  }
  report.findings = runChecks({ report, narrative: narrativeText(lines), previous: options.previous ?? null });
  return { report, elements: sink.elements };
}

function readTables(doc: Document): STable[] {
  const out: STable[] = [];
  for (const table of Array.from(doc.querySelectorAll('table')).slice(0, MAX_TABLES)) {
    if (isHiddenTable(table)) continue;
    out.push(fromGrid(toGrid(tableInput(table, MAX_ROWS))));
  }
  return out;
}

/** The template, from the columns and rows only one of them has. */
function formatOf(report: Report): Format | null {
  const a = report.active ?? {};
  const cols = new Set(Object.values(a).flatMap((item) => Object.keys(item)));
  const other = report.applications?.rows.other;
  if (cols.has('issued') || cols.has('inForce') || (other && ('noCorrection' in other || 'noFee' in other))) return '2021';
  if (cols.has('made') || cols.has('totalPublic') || cols.has('previousItems') || a.procurement) return '2019';
  if (other && 'total' in other) return '2019';
  if (report.applications || report.reviewLitigation) return report.year !== null && report.year <= 2020 ? '2019' : '2021';
  if (report.legacy) return 'legacy';
  // No table read: the template the year called for (a 2013 report told in prose is legacy).
  const y = report.year;
  return y === null ? null : y >= 2021 ? '2021' : y >= 2019 ? '2019' : 'legacy';
}

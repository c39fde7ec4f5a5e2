import { ACTIVE_LAYOUT, APPLICATION_ROWS } from '../model/labels';
import { APPLICANT_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS, type CellRef, type Finding, type Report } from '../model/types';
import { appRow, ref } from './cells';
import { imageOrAttachmentOnly } from './no-tables';
import type { Rule } from './types';
import { TABLE_LABELS, cellLabel, colLabel, groupLabel, rowLabel } from './wording';

const ID = 'structure.missing';

const finding = (where: string, message: string, cells: CellRef[] = []): Finding => ({
  rule: ID,
  severity: 'error',
  where,
  message,
  cells,
});

function applications(report: Report, format: '2019' | '2021'): Finding[] {
  const apps = report.applications!;
  const out: Finding[] = [];
  for (const col of APPLICANT_COLUMNS)
    if (!apps.columns.includes(col)) out.push(finding(col, `表三缺少“${colLabel(col)}”列`));
  for (const def of APPLICATION_ROWS.filter((d) => !d.format || d.format === format)) {
    const row = appRow(apps, def.path);
    if (!row) {
      out.push(finding(def.path, `表三缺少“${rowLabel(def.path)}”行`));
      continue;
    }
    const lost = apps.columns.filter((c) => !row[c]);
    const kept = APPLICANT_COLUMNS.filter((c) => row[c]).map((c) => ref('applications', def.path, c));
    if (lost.length) out.push(finding(def.path, `表三“${rowLabel(def.path)}”行缺少：${lost.map(colLabel).join('、')}`, kept));
  }
  return out;
}

function reviewLitigation(report: Report): Finding[] {
  const rl = report.reviewLitigation!;
  const out: Finding[] = [];
  for (const g of REVIEW_GROUPS) {
    if (!rl[g]) out.push(finding(g, `表四缺少“${groupLabel(g)}”`));
    else
      for (const c of REVIEW_COLUMNS)
        if (!rl[g]![c]) out.push(finding(`${g}.${c}`, `表四缺少“${cellLabel(report, ref('reviewLitigation', g, c))}”`));
  }
  return out;
}

function active(report: Report, format: '2019' | '2021'): Finding[] {
  const out: Finding[] = [];
  for (const block of ACTIVE_LAYOUT[format])
    for (const [item, name] of block.items) {
      const cols = report.active![item];
      if (!cols) out.push(finding(item, `表二缺少“${name}”行（${block.heading}）`));
      else
        for (const [col, label] of block.columns)
          if (!cols[col]) out.push(finding(`${item}.${col}`, `表二缺少“${name}·${label}”`));
    }
  return out;
}

/** A table, row or column of the 2019/2021 template is missing or could not be read. */
export const structureMissing: Rule = {
  id: ID,
  severity: 'error',
  title: '表格、行或列缺失，或无法读取',
  run({ report }) {
    // No table read at all: the year says which template the page should have had.
    const format = report.format ?? templateForYear(report.year);
    // Legacy tables vary by province and year: nothing is "missing" there.
    if (!report.detected || (format !== '2019' && format !== '2021')) return [];
    if (imageOrAttachmentOnly(report)) return [];
    const out: Finding[] = [];
    for (const t of ['active', 'applications', 'reviewLitigation'] as const)
      if (!report[t]) out.push(finding(t, `缺少${TABLE_LABELS[t]}，或无法读取`));
    if (report.active) out.push(...active(report, format));
    if (report.applications) out.push(...applications(report, format));
    if (report.reviewLitigation) out.push(...reviewLitigation(report));
    return out;
  },
};
export default structureMissing;

function templateForYear(year: number | null): '2019' | '2021' | null {
  if (year === null) return null;
  return year >= 2021 ? '2021' : year >= 2019 ? '2019' : null;
}

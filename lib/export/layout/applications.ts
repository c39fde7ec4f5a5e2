import { APPLICANT_COLUMN_LABELS, APPLICATION_ROWS, GROUP_LABELS, type ApplicationRowDef } from '../../model/labels';
import { APPLICANT_COLUMNS, OTHER_KEYS, type ApplicantRow, type Applications, type GroupKey, type Report } from '../../model/types';
import { cellText } from '../cell-text';
import { label, type GridCell, type TableLayout } from './types';
import { value } from './value';

/** The printed 勾稽 note that fills the official table's corner cell. */
export const BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const RESULT = '三、本年度办理结果';
const OUTSIDE_RESULT = ['newReceived', 'carriedOver', 'carriedForward'];

interface Line {
  label: string;
  /** The model's row path ("denied.stateSecret", "subtotals.denied"), as findings name it. */
  path: string;
  group?: GroupKey;
  /** Under 三、本年度办理结果 (everything but 一、二、四). */
  inResult: boolean;
  cells: ApplicantRow | undefined;
}

/** Which template's row list: the shape of `other` decides (one row in 2019), then the format. */
function rowsFormat(report: Report, apps: Applications): '2019' | '2021' {
  const other = apps.rows.other as Record<string, unknown> | undefined;
  if (other && Object.keys(other).length) return OTHER_KEYS.some((k) => k in other) ? '2021' : '2019';
  return report.format === '2019' ? '2019' : '2021';
}

function lines(report: Report, apps: Applications): Line[] {
  const get = (path: string) =>
    path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], apps.rows) as ApplicantRow | undefined;
  const format = rowsFormat(report, apps);
  const defs = APPLICATION_ROWS.filter((d: ApplicationRowDef) => !d.format || d.format === format);
  const out: Line[] = [];
  defs.forEach((d, i) => {
    out.push({ label: d.label, path: d.path, group: d.group, inResult: !OUTSIDE_RESULT.includes(d.path), cells: get(d.path) });
    // Optional 小计 rows go after their group's last sub-row.
    const sub = d.group && d.group !== defs[i + 1]?.group ? apps.subtotals?.[d.group] : undefined;
    if (sub) out.push({ label: '小计', path: `subtotals.${d.group}`, group: d.group, inResult: true, cells: sub });
  });
  return out;
}

/** 表三 as printed: 3 label columns (top level, group, item) then the 7 applicant columns. */
export function applicationsLayout(report: Report): TableLayout | null {
  const apps = report.applications;
  if (!apps) return null;
  const header: GridCell[][] = [
    [{ ...label(BALANCE_NOTE, 3, 3), noFill: true }, label('申请人情况', 7)],
    [label('自然人', 1, 2), label('法人或其他组织', 5), label('总计', 1, 2)],
    APPLICANT_COLUMNS.slice(1, 6).map((k) => label(APPLICANT_COLUMN_LABELS[k])),
  ];
  const all = lines(report, apps);
  const resultCount = all.filter((l) => l.inResult).length;
  const body: GridCell[][] = [];
  const flatRows: { label: string; values: string[] }[] = [];
  let resultStarted = false;
  all.forEach((l, i) => {
    const labels: GridCell[] = [];
    const path: string[] = [];
    if (!l.inResult) labels.push(label(l.label, 3));
    else {
      path.push(RESULT);
      if (!resultStarted) labels.push(label(RESULT, 1, resultCount));
      resultStarted = true;
      if (!l.group) labels.push(label(l.label, 2));
      else {
        path.push(GROUP_LABELS[l.group]);
        if (all[i - 1]?.group !== l.group) labels.push(label(GROUP_LABELS[l.group], 1, all.filter((x) => x.group === l.group).length));
        labels.push(label(l.label));
      }
    }
    path.push(l.label);
    body.push([...labels, ...APPLICANT_COLUMNS.map((k) => value(l.cells?.[k], 1, { table: 'applications', row: l.path, column: k }))]);
    flatRows.push({ label: path.join(' / '), values: APPLICANT_COLUMNS.map((k) => cellText(l.cells?.[k])) });
  });
  const columns = APPLICANT_COLUMNS.map((k) =>
    k === 'natural' || k === 'total' ? APPLICANT_COLUMN_LABELS[k] : `法人或其他组织 / ${APPLICANT_COLUMN_LABELS[k]}`,
  );
  return {
    id: 'applications',
    title: '三、收到和处理政府信息公开申请情况',
    width: 10,
    headerRows: 3,
    rows: [...header, ...body],
    flat: { rowHeader: '项目', columns, rows: flatRows },
  };
}

import type { CellRef, Report } from '../model/types';
import { num, ref } from './cells';
import type { Target } from './narrative-patterns';
import { relations } from './relations';

/** What a target means in the table: its cells and the values the prose may rightly state. */
export interface Reading {
  label: string;
  cells: CellRef[];
  accepted: number[];
}

export function reading(report: Report, target: Target): Reading | null {
  const apps = report.applications?.rows;
  const rl = report.reviewLitigation;
  // The parts' sum is accepted too: a wrong total is already an error of its own rule.
  const partsOf = (rule: string, where: string) =>
    relations(report).filter((r) => r.rule === rule && r.where === where).map((r) => r.rhsSum);
  const app = (row: 'newReceived' | 'resultTotal' | 'carriedForward', label: string, extra: number[] = []): Reading | null => {
    const cell = apps?.[row]?.total;
    if (!cell || cell.value === null) return null;
    return { label, cells: [ref('applications', row, 'total')], accepted: [cell.value, ...extra] };
  };
  switch (target) {
    case 'newReceived':
      // "共收到申请 38 件" may include last year's carried-over ones.
      return app('newReceived', '表三“一、本年新收”总计', [num(apps?.newReceived?.total) + num(apps?.carriedOver?.total)]);
    case 'resultTotal':
      return app('resultTotal', '表三“（七）总计”总计', partsOf('applications.resultTotal', 'total'));
    case 'carriedForward':
      return app('carriedForward', '表三“四、结转下年度”总计');
    case 'review': {
      const cell = rl?.review?.total;
      if (!cell || cell.value === null) return null;
      return { label: '表四行政复议总计', cells: [ref('reviewLitigation', 'review', 'total')], accepted: [cell.value, ...partsOf('reviewLitigation.total', 'review')] };
    }
    case 'litigation': {
      const d = rl?.litigationDirect?.total;
      const a = rl?.litigationAfterReview?.total;
      if (!d || !a || d.value === null || a.value === null) return null;
      const parts = ['litigationDirect', 'litigationAfterReview'].map((g) => partsOf('reviewLitigation.total', g)[0] ?? 0);
      return {
        label: '表四行政诉讼（直接起诉 + 复议后起诉）总计',
        cells: [ref('reviewLitigation', 'litigationDirect', 'total'), ref('reviewLitigation', 'litigationAfterReview', 'total')],
        accepted: [d.value + a.value, parts[0] + parts[1]],
      };
    }
  }
}

import type { Cell, Report } from '../model/types';

/** 表二 items of 第二十条第（一）项, with their official names for messages. */
export const DOCUMENT_ITEMS: [string, string][] = [
  ['regulations', '规章'],
  ['normativeDocuments', '规范性文件'],
];

/** A 表二 cell, when the page has it and it holds a number. */
export function activeValue(report: Report, item: string, col: string): { cell: Cell; value: number } | null {
  const cell = report.active?.[item]?.[col];
  return cell && cell.value !== null ? { cell, value: cell.value } : null;
}

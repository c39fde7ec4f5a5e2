import type { Format } from '../model/types';

/** The template in words, as users and reviewers name it. */
export function formatLabel(format: Format | null): string {
  switch (format) {
    case '2021':
      return '2021 版（国办公开办函〔2021〕30号）';
    case '2019':
      return '2019 版（国办公开办函〔2019〕60号）';
    case 'legacy':
      return '2019 年以前的统计表';
    default:
      return '未识别';
  }
}

export const SEVERITY_LABELS = { error: '错误', warning: '警告', info: '提示' } as const;

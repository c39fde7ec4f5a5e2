import type { Format } from '../model/types';
import type { Rule } from './types';

const ID = 'format.outdated';

/** Which template a report year must use: the first year each template applies from, newest first. */
export const TEMPLATE_BY_YEAR: { from: number; format: Format; name: string }[] = [
  { from: 2021, format: '2021', name: '2021 年版格式（国办公开办函〔2021〕30号）' },
  { from: 2019, format: '2019', name: '2019 年版格式（国办公开办函〔2019〕60号）' },
  { from: 0, format: 'legacy', name: '2019 年以前的统计表' },
];

const templateFor = (year: number) => TEMPLATE_BY_YEAR.find((t) => year >= t.from)!;
const nameOf = (f: Format) => TEMPLATE_BY_YEAR.find((t) => t.format === f)!.name;

/** The template does not match the year the report covers (either direction). */
export const formatOutdated: Rule = {
  id: ID,
  severity: 'warning',
  title: '报告所用表格格式与年度不符',
  run({ report }) {
    const { year, format } = report;
    if (year === null || year === undefined || !format) return [];
    const want = templateFor(year);
    if (want.format === format) return [];
    return [
      {
        rule: ID,
        severity: 'warning',
        where: 'format',
        message: `${year} 年度报告使用了${nameOf(format)}，应使用${want.name}`,
        cells: [],
      },
    ];
  },
};
export default formatOutdated;

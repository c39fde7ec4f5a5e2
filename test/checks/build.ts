import { ACTIVE_LAYOUT, APPLICATION_ROWS } from '../../lib/model/labels';
import {
  APPLICANT_COLUMNS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type ApplicantRow,
  type Applications,
  type Cell,
  type Report,
} from '../../lib/model/types';

/** A cell as the reader makes it: the number and its printed text. */
export const cell = (value: number | null, text = value === null ? '' : String(value)): Cell => ({ value, text });

/** 表三 row paths of a format, in template order (25 rows in 2021, 23 in 2019). */
export const rowPaths = (format: '2019' | '2021') =>
  APPLICATION_ROWS.filter((r) => !r.format || r.format === format).map((r) => r.path);

/** 表三 from one 7-number array per row (template order). Omitted rows are all zero. */
export function applications(format: '2019' | '2021', rows: Record<string, number[]>): Applications {
  const out: Record<string, unknown> = {};
  for (const path of rowPaths(format)) {
    const nums = rows[path] ?? [0, 0, 0, 0, 0, 0, 0];
    const row: ApplicantRow = Object.fromEntries(APPLICANT_COLUMNS.map((c, i) => [c, cell(nums[i])]));
    const [head, tail] = path.split('.');
    if (tail) out[head] = { ...(out[head] as object), [tail]: row };
    else out[head] = row;
  }
  return { columns: [...APPLICANT_COLUMNS], rows: out };
}

/** 表四 from its 15 numbers in page order. */
export function reviewLitigation(nums: number[]): Report['reviewLitigation'] {
  return Object.fromEntries(
    REVIEW_GROUPS.map((g, gi) => [g, Object.fromEntries(REVIEW_COLUMNS.map((c, ci) => [c, cell(nums[gi * 5 + ci])]))]),
  );
}

/** 表二 from its cells in layout order (numbers, or [number, text] for signed/unit texts). */
export function active(format: '2019' | '2021', values: (number | [number, string])[]): Report['active'] {
  const out: Record<string, Record<string, Cell>> = {};
  let k = 0;
  for (const block of ACTIVE_LAYOUT[format])
    for (const [item] of block.items)
      for (const [col] of block.columns) {
        const v = values[k++];
        out[item] = { ...out[item], [col]: Array.isArray(v) ? cell(v[0], v[1]) : cell(v) };
      }
  return out;
}

export function report(parts: Partial<Report>): Report {
  return {
    schemaVersion: 1,
    source: { url: 'https://example.gov.cn/t20210125_1.html', title: '' },
    detected: true,
    agency: null,
    year: null,
    format: null,
    sections: ['一', '二', '三', '四', '五', '六'],
    active: null,
    applications: null,
    reviewLitigation: null,
    legacy: null,
    findings: [],
    ...parts,
  };
}

export const clone = <T>(x: T): T => structuredClone(x);

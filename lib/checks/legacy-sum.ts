import type { Finding, LegacyRow, Report } from '../model/types';
import { isBlank, ref } from './cells';
import { same, sum } from './decimal';
import { bare, numbering } from './legacy-labels';
import { LEGACY_PARENTS, NOT_A_PARTITION, SECTION_HEADING, type LegacyParent } from './legacy-parents';
import type { Rule } from './types';

const ID = 'legacy.sum';
/** How far below its parent a child may be (nested blocks sit in between). */
const REACH = 20;

const isKnownParent = (row: LegacyRow) => LEGACY_PARENTS.some((p) => p.parent.test(bare(row.label)));

/** Children of a known parent: the following rows matching its child patterns, each once. */
function knownChildren(rows: LegacyRow[], i: number, p: LegacyParent): number[] | null {
  const found: (number | undefined)[] = p.children.map(() => undefined);
  for (let j = i + 1; j < rows.length && j <= i + REACH && found.includes(undefined); j++) {
    const label = bare(rows[j].label);
    const k = p.children.findIndex((re, n) => found[n] === undefined && re.test(label));
    if (k >= 0) found[k] = j;
    else if (SECTION_HEADING.test(rows[j].label) || isKnownParent(rows[j])) break;
  }
  return found.every((j) => j !== undefined) ? (found as number[]) : null;
}

/** Generic (pre-2014 rows): the consecutive rows numbered 1, 2, … right after a "…数" parent. */
function numberedChildren(rows: LegacyRow[], i: number): number[] | null {
  const label = bare(rows[i].label);
  if (!/(数|数量)$/.test(label) || NOT_A_PARTITION.some((re) => re.test(rows[i].label))) return null;
  const first = numbering(rows[i + 1]?.label ?? '');
  if (!first || first.n !== 1 || numbering(rows[i].label)?.style === first.style) return null;
  const out: number[] = [];
  let j = i + 1;
  for (; j < rows.length; j++) {
    const m = numbering(rows[j].label);
    if (!m || m.style !== first.style || m.n !== out.length + 1) break;
    out.push(j);
  }
  // A following row in the same style (a restart, a gap) means we cannot tell the block's end.
  if (j < rows.length && numbering(rows[j].label)?.style === first.style) return null;
  return out.length >= 2 ? out : null;
}

function check(report: Report, i: number, kids: number[]): Finding[] {
  const { rows, columns } = report.legacy!;
  const out: Finding[] = [];
  const width = Math.max(columns.length, rows[i].values.length);
  for (let c = 0; c < width; c++) {
    const parent = rows[i].values[c];
    const cells = kids.map((k) => rows[k].values[c]);
    if (!parent || cells.some((x) => !x)) continue;
    // "/" in a parent or in every child: that column is not reported for this block.
    if (parent.value === null && !isBlank(parent)) continue;
    if (cells.every((x) => x.value === null && !isBlank(x))) continue;
    const total = sum(cells.map((x) => x.value));
    if (same(total, parent.value ?? 0)) continue;
    const col = columns[c] ? `（${columns[c]}）` : '';
    const parts = kids.map((k, n) => `${bare(rows[k].label)} ${cells[n].value ?? 0}`).join(' + ');
    const head = isBlank(parent) ? '留空' : `为 ${parent.value}`;
    out.push({
      rule: ID,
      severity: 'error',
      where: rows[i].label,
      message: `${rows[i].label}${col}：${head}，但 ${parts} = ${total}`,
      expected: total,
      actual: parent.value ?? 0,
      cells: [i, ...kids].map((r) => ref('legacy', String(r), String(c))),
    });
  }
  return out;
}

/** Pre-2019 statistics table: a parent row = Σ its enumerated children, per value column. */
export const legacySum: Rule = {
  id: ID,
  severity: 'error',
  title: '统计表：合计行应等于其各分项之和',
  run({ report }) {
    const rows = report.legacy?.rows ?? [];
    const out: Finding[] = [];
    // From 2014 the national 统计表 applies: only its listed relations hold (a 制发规范性文件总数
    // followed by numbered channel rows is not a sum). Earlier provincial rows use the generic rule.
    const national = report.year !== null && report.year >= 2014;
    rows.forEach((row, i) => {
      const known = LEGACY_PARENTS.find((p) => p.parent.test(bare(row.label)));
      const kids = known ? knownChildren(rows, i, known) : national ? null : numberedChildren(rows, i);
      if (kids) out.push(...check(report, i, kids));
    });
    return out;
  },
};
export default legacySum;

import type { ReviewColumn, ReviewGroup, ReviewLitigation } from '../model/types';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../model/types';
import { assignValues, type ColumnMap } from './columns';
import { hasAny, type Sink, type STable } from './stable';

/** 表四 labels after `norm`; group words are tested on a column's header path. */
const GROUP_WORDS: [ReviewGroup, string[]][] = [
  ['litigationAfterReview', ['复议后起诉', '复议后']],
  ['litigationDirect', ['直接起诉', '未经复议']],
  ['review', ['行政复议']],
];
const LEAF_WORDS: [ReviewColumn, string[]][] = [
  ['upheld', ['维持']],
  ['corrected', ['纠正', '纠错']],
  ['pending', ['未审结', '尚未']],
  ['total', ['总计', '合计']],
  ['other', ['其他', '其它']],
];
type Key = `${ReviewGroup}.${ReviewColumn}`;
const OFFICIAL: Key[] = REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `${g}.${c}` as Key));

export function readReview(tables: STable[], sink: Sink): ReviewLitigation | null {
  for (const table of tables) {
    // The header starts at the first 行政复议/行政诉讼 label (other tables may share the <table>)
    // and runs to the first row of figures; labels may be split letter by letter over rows.
    const start = table.rows.findIndex((r) => r.cells.some((c) => !c.isValue && hasAny(c.norm, ['行政复议', '行政诉讼'])));
    if (start < 0) continue;
    const end = table.rows.findIndex((r, i) => i > start && r.cells.filter((c) => c.isValue && c.norm !== '').length >= 3);
    if (end < 0) continue;
    const headerRows = table.rows.slice(start, end);
    const text = headerRows.map((r) => r.cells.map((c) => c.norm).join('')).join('');
    if (!(text.includes('复议') && text.includes('诉讼') && text.includes('维持'))) continue;
    const columns = table.kind === 'grid' ? headerColumns(table, headerRows) : { byCol: new Map(), keys: OFFICIAL };
    for (const row of table.rows.slice(end)) {
      if (!row.cells.some((c) => c.isValue && c.norm !== '')) continue;
      const values = assignValues(row, columns) ?? assignValues(row, { byCol: new Map(), keys: OFFICIAL });
      if (!values) continue;
      const out: ReviewLitigation = {};
      for (const [key, cell] of values) {
        const [group, column] = key.split('.') as [ReviewGroup, ReviewColumn];
        (out[group] ??= {})[column] = sink.read({ table: 'reviewLitigation', row: group, column }, cell);
      }
      return out;
    }
  }
  return null;
}

function headerColumns(table: STable, headerRows: STable['rows']): ColumnMap<Key> {
  const byCol = new Map<number, Key>();
  for (let c = 0; c < table.width; c++) {
    let path = '';
    let last = '';
    for (const row of headerRows) {
      const cell = row.cells.find((x) => x.c0 <= c && c <= x.c1);
      if (cell && cell.norm !== last) path += (last = cell.norm);
    }
    const group = GROUP_WORDS.find(([, w]) => hasAny(path, w))?.[0];
    // Strip group words so 其他 in 其他结果 is not confused with a group name.
    const leafText = path.replace(/行政复议|行政诉讼|未经复议直接起诉|复议后起诉/g, '');
    const leaf = LEAF_WORDS.find(([, w]) => hasAny(leafText, w))?.[0];
    if (group && leaf) byCol.set(c, `${group}.${leaf}`);
  }
  const keys = OFFICIAL.filter((k) => [...byCol.values()].includes(k));
  return { byCol, keys: keys.length ? keys : OFFICIAL };
}

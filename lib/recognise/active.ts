import type { Active } from '../model/types';
import { assignValues, type ColumnMap } from './columns';
import { firstValueColumn, hasAny, rowLabel, type Sink, type STable } from './stable';

/** 表二 column headers after `norm`, both templates; first match wins. */
const COLUMN_WORDS: [string, string[]][] = [
  ['issued', ['制发']],
  ['repealed', ['废止']],
  ['inForce', ['现行有效']],
  ['made', ['新制作', '制作数']],
  ['published', ['新公开']],
  ['totalPublic', ['公开总数', '对外公开总']],
  ['previousItems', ['上一年', '上年项目']],
  ['change', ['增/减', '增减', '增(减)', '增或减']],
  ['decisions', ['处理决定']],
  ['projects', ['采购项目', '项目数量']],
  ['amount', ['金额']],
];

/** 表二 item labels; `exact` items must be the whole label (规章 is inside 规范性文件's block too). */
const ITEM_WORDS: [string, string[], boolean][] = [
  ['normativeDocuments', ['规范性文件'], false],
  ['regulations', ['规章'], true],
  ['otherServices', ['对外管理服务'], false],
  ['licensing', ['行政许可'], false],
  ['punishment', ['行政处罚'], false],
  ['coercion', ['行政强制'], false],
  ['procurement', ['集中采购', '政府采购'], false],
  ['fees', ['事业性收费', '行政事业性费'], false],
];

const OTHER_TABLES = ['申请人情况', '自然人', '本年新收', '行政复议', '行政诉讼'];

export function readActive(tables: STable[], sink: Sink): Active | null {
  const active: Active = {};
  // A block broken by a page break goes on in the next <table> without its header.
  let carried: ColumnMap<string> | null = null;
  for (const table of tables) {
    let columns: ColumnMap<string> | null = carried;
    let afterHeader = false;
    for (const row of table.rows) {
      const header = headerOf(row, table.kind);
      if (header) {
        // Pasted text prints one header per line: they add up to the block's columns.
        columns = afterHeader && columns && table.kind === 'text' ? merge(columns, header) : header;
        afterHeader = true;
        continue;
      }
      const label = rowLabel(row);
      // 表三/表四 sharing the <table>: their rows are not 表二 items.
      if (hasAny(label, OTHER_TABLES)) columns = null;
      afterHeader = label === '信息内容';
      if (afterHeader || hasAny(label, ['第二十条'])) columns = afterHeader ? { byCol: new Map(), keys: [] } : null;
      const item = itemOf(columns ? rowLabel(row, firstValueColumn(columns)) : label);
      if (!item || !columns || active[item]) continue;
      const values = assignValues(row, columns);
      if (!values) continue;
      const out: Record<string, ReturnType<Sink['read']>> = {};
      for (const [key, cell] of values) out[key] = sink.read({ table: 'active', row: item, column: key }, cell);
      active[item] = out;
    }
    carried = table.kind === 'grid' ? columns : null;
  }
  return Object.keys(active).length >= 2 ? active : null;
}

function itemOf(label: string): string | null {
  const bare = label.replace(/^信息内容/, '');
  for (const [key, words, exact] of ITEM_WORDS) {
    if (exact ? words.includes(bare) : hasAny(bare, words)) return key;
  }
  return null;
}

/** A header row names the block's value columns (信息内容 | 本年制发件数 | …). */
function headerOf(row: STable['rows'][number], kind: STable['kind']): ColumnMap<string> | null {
  const byCol = new Map<number, string>();
  const keys: string[] = [];
  for (const cell of row.cells) {
    if (cell.isValue) continue;
    const key = COLUMN_WORDS.find(([, w]) => hasAny(cell.norm, w))?.[0];
    if (!key) continue;
    if (!keys.includes(key)) keys.push(key);
    if (kind === 'grid') for (let c = cell.c0; c <= cell.c1; c++) byCol.set(c, key);
  }
  return keys.length ? { byCol, keys } : null;
}

function merge(a: ColumnMap<string>, b: ColumnMap<string>): ColumnMap<string> {
  return { byCol: a.byCol, keys: [...a.keys, ...b.keys.filter((k) => !a.keys.includes(k))] };
}

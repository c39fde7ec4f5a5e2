export { toTsv, tableToTsv, layoutToTsv, type GridExportOptions } from './tsv';
export { toCsv, tableToCsv, type CsvOptions } from './csv';
export { toHtmlTable, tableToHtml, layoutToHtml, escapeHtml } from './html';
export { toMarkdown, escapeMd, mdUrl } from './markdown';
export { toMemo, type Memo, type MemoItem, type MemoOptions } from './memo';
export { neutralise, isFormulaLike } from './neutralise';
export { sourceLine, sourceInfo, isoDate, type SourceInfo, type SourceOptions } from './source-line';
export { toJson } from './json';
export { csvFileName, exportFileName } from './file-name';
export { formatLabel, SEVERITY_LABELS } from './format-label';
export { cellText, isNumeric } from './cell-text';
export { reportLayouts, tableLayout, expandGrid, cellColumns, type TableLayout, type GridCell, type FlatTable } from './layout';
// Not here: ./xlsx (exceljs, ~900 KB). The popup imports it dynamically, on the download click.

export { toTsv, tableToTsv, layoutToTsv, type GridExportOptions } from './tsv';
export { toCsv, tableToCsv, type CsvOptions } from './csv';
export { toHtmlTable, tableToHtml, layoutToHtml, escapeHtml } from './html';
export { toMarkdown, escapeMd } from './markdown';
export { toJson } from './json';
export { csvFileName, exportFileName } from './file-name';
export { formatLabel, SEVERITY_LABELS } from './format-label';
export { cellText, isNumeric } from './cell-text';
export { reportLayouts, tableLayout, expandGrid, type TableLayout, type GridCell, type FlatTable } from './layout';

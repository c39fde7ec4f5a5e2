export const USAGE = `用法 / usage: nianbao check [--json] <file.html | .docx | .pdf | .txt | url>…

核对政府信息公开工作年度报告的统计表（保存的网页、Word .docx、PDF、文本或 http(s) 网址）。
Checks the statistics tables of 政府信息公开工作年度报告 (saved pages, Word .docx, PDF, text or http(s) URLs).
.doc/.wps 请先另存为 .docx 或 PDF / save .doc and .wps files as .docx or PDF first.
同一机关相邻两年的报告一起核对时，还会与上一年比较（上年结转、现行有效件数）。
Reports of one agency for consecutive years checked together are also compared year to year.

选项 / options:
  --json       输出一个 JSON 数组，每个输入一项，按输入顺序
               print one JSON array, one report per input, in input order
  -h, --help   显示本帮助 / show this help

退出码 / exit status:
  0  没有报告含错误 / no report has an error finding
  1  至少一份报告含错误 / a report has an error finding
  2  有输入无法读取，或用法错误 / an input could not be read, or usage error
`;

export const USAGE = `用法 / usage: nianbao check [--json] [选项 / options] <file.html | .docx | .pdf | .txt | url>…

核对政府信息公开工作年度报告的统计表（保存的网页、Word .docx、PDF、文本或 http(s) 网址）。
Checks the statistics tables of 政府信息公开工作年度报告 (saved pages, Word .docx, PDF, text or http(s) URLs).
.doc/.wps 请先另存为 .docx 或 PDF / save .doc and .wps files as .docx or PDF first.
年报栏目页（列表页）会换成它链接的各份报告（含后续分页），按列表顺序核对。
A 年报 list page is replaced by the reports it links (its further pages too), in list order.
只链接 PDF/Word 附件的年报网页，改为下载并核对该附件。
A report page that only links its report as a .pdf/.docx: that file is fetched and checked instead.
同一机关相邻两年的报告一起核对时，还会与上一年比较（上年结转、现行有效件数）。
Reports of one agency for consecutive years checked together are also compared year to year.

选项 / options:
  --json             输出一个 JSON 数组，每个输入一项（栏目页：它的每个年报链接一项），按输入顺序
                     print one JSON array, one element per input (per report link of a list page), in input order
  --concurrency N    同一网站同时最多 N 个请求（默认 3，1–16） / at most N requests at a time to one site (default 3)
  --timeout S        每个网址最多等待 S 秒（默认 20） / seconds per URL (default 20)
  --xlsx FILE        写出工作簿：汇总、问题清单、每份报告一张统计表工作表 / write a workbook: summary, findings, a sheet per report
  --csv FILE         写出汇总表 CSV（UTF-8 BOM） / write the summary as CSV (UTF-8 with BOM)
  -h, --help         显示本帮助 / show this help

退出码 / exit status:
  0  没有报告含错误 / no report has an error finding
  1  至少一份报告含错误 / a report has an error finding
  2  有输入无法读取（网址超时、404、栏目页无法打开或无年报链接、年报附件无法下载或读取），或用法错误、无法写出文件
     an input could not be read (a timeout, a 404, a list page unreachable or without report links, a report's
     attachment that could not be fetched or read), usage error, or an output file could not be written
`;

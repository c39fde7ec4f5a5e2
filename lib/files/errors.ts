/**
 * A file that cannot be read as a report: a one-line Chinese + English message, never a stack
 * trace. The CLI prints it and goes on with its other inputs; the extension pages show it.
 */
export class FileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileError';
  }
}

export const MESSAGES = {
  ole: '不支持 .doc/.wps 格式，请另存为 .docx 或 PDF 后再核对 / .doc and .wps files are not supported: save as .docx or PDF',
  spreadsheet: '不支持 .xls/.et 表格文件，请用报告的 .docx 或 PDF 版本核对 / spreadsheets are not supported: check the report as .docx or PDF',
  encrypted: '文件已加密（设有打开密码），请取消密码后再核对 / the file is encrypted: remove its password first',
  ofd: '不支持 OFD 版式文件，请另存为 PDF 或 .docx 后再核对 / OFD files are not supported: save as PDF or .docx',
  brokenZip: '文件已损坏或不完整，无法解压 / the file is damaged or incomplete (cannot unzip)',
  notDocx: '压缩包里没有 Word 正文（word/document.xml），不是 .docx 文件 / not a .docx file (no word/document.xml)',
  tooLarge: '文件解压后过大，不像一份年度报告 / the file inflates to more than a report could hold',
  badXml: '正文（word/document.xml）无法解析，文件可能已损坏 / the Word document.xml cannot be parsed',
  binary: '无法识别的文件格式（不是网页、.docx、PDF 或文本） / unrecognised file format (not a page, .docx, PDF or text)',
  notPage: (type: string) => `不是网页或报告文件（${type}） / not a page or report file (${type})`,
  brokenPdf: '此 PDF 文件已损坏，无法读取 / the PDF is damaged and cannot be read',
} as const;

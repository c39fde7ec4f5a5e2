import { noTables } from './no-tables';
import type { Rule } from './types';

const ID = 'structure.attachment';

/** The report is a linked attachment (PDF, DOC, DOCX, WPS, OFD): open it to check. */
export const structureAttachment: Rule = {
  id: ID,
  severity: 'info',
  title: '报告为附件，需打开附件核对',
  run({ report }) {
    const links = report.attachments ?? [];
    if (!report.detected || !links.length || !noTables(report)) return [];
    const names = links.map((l) => l.text || l.url).join('、');
    return [{ rule: ID, severity: 'info', where: 'page', message: `报告以附件形式发布：${names}`, cells: [] }];
  },
};
export default structureAttachment;

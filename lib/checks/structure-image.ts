import { noTables } from './no-tables';
import type { Rule } from './types';

const ID = 'structure.image';

/** The tables are images: nothing could be checked (info, so the user knows why). */
export const structureImage: Rule = {
  id: ID,
  severity: 'info',
  title: '统计表为图片，无法核对',
  run({ report }) {
    const n = report.images ?? 0;
    if (!report.detected || n <= 0 || !noTables(report)) return [];
    return [{ rule: ID, severity: 'info', where: 'page', message: `统计表是图片（${n} 张），无法自动核对`, cells: [] }];
  },
};
export default structureImage;

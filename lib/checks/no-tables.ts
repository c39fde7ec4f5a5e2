import type { Report } from '../model/types';

/** No statistics table was read at all. */
export const noTables = (r: Report): boolean => !r.active && !r.applications && !r.reviewLitigation && !r.legacy;

/** The report is only images or only an attachment: structure.image / .attachment say so instead. */
export const imageOrAttachmentOnly = (r: Report): boolean =>
  noTables(r) && ((r.images ?? 0) > 0 || (r.attachments?.length ?? 0) > 0);

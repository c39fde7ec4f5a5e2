import type { Report } from '../model/types';

/** No statistics table was read at all. */
export const noTables = (r: Report): boolean => !r.active && !r.applications && !r.reviewLitigation && !r.legacy;

/**
 * The tables are elsewhere: images or an attachment (structure.image / .attachment say so), or
 * a frame, whose own document is read and checked separately.
 */
export const imageOrAttachmentOnly = (r: Report): boolean =>
  noTables(r) && ((r.images ?? 0) > 0 || (r.attachments?.length ?? 0) > 0 || (r.frames ?? 0) > 0);

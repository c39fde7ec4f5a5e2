/** A review of many reports (a CLI run, the extension's 核对本栏目): what each input came to. */
import type { Report } from '../model/types';

/**
 * One input: its report, or why it could not be read. `list`: the list page that linked it.
 * `attachment`: the .pdf/.docx the report was read from (the page only linked it; `input` stays
 * the page); `attachmentError`: why that file could not be read (the page's report is kept).
 */
export type Outcome = Base & ({ report: Report } | { error: string });
type Base = { input: string; list?: string; attachment?: string; attachmentError?: string };

/** A row's state, the review page's filter and the summary's 状态 column. */
export const REVIEW_STATES = ['clean', 'problems', 'attachment', 'image', 'unreadable', 'notReport', 'failed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * The report model: the public data contract of ../../shared/spec/report-model.md.
 * Plain data only (no DOM), so it can cross from the content script to the popup and the CLI.
 */

/** A number read from the page, keeping what the page really printed. */
export interface Cell {
  /** Parsed value; null for blank, "/", "—", "无" or unreadable text. */
  value: number | null;
  /** The cell's visible text, trimmed, as printed (not normalised). */
  text: string;
  /** Unit printed in the cell ("万元", "元", "件" …), when there is one. */
  unit?: string;
}

export type Severity = 'error' | 'warning' | 'info';
export type TableId = 'active' | 'applications' | 'reviewLitigation' | 'legacy';
export type Format = '2021' | '2019' | 'legacy';

/**
 * Names one cell of the model. `row` is a dotted path ("denied.stateSecret", "regulations"),
 * `column` the column key ("natural", "issued", "upheld"). For `legacy`, row is the row's index
 * in `legacy.rows` and column the index in `legacy.columns`, both as strings.
 */
export interface CellRef {
  table: TableId;
  row: string;
  column: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** The row, column or group the rule was applied to. */
  where: string;
  /** Chinese, stating the arithmetic. */
  message: string;
  expected?: number;
  actual?: number;
  /** Every cell the rule read, likeliest culprit first. */
  cells: CellRef[];
}

/** 表三 columns, in template order. */
export const APPLICANT_COLUMNS = [
  'natural',
  'commercial',
  'research',
  'publicInterest',
  'legalService',
  'otherOrg',
  'total',
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];

/** One 表三 row: a cell per column that the page has (a missing column is absent). */
export type ApplicantRow = Partial<Record<ApplicantColumn, Cell>>;

export interface ApplicationRows {
  newReceived?: ApplicantRow;
  carriedOver?: ApplicantRow;
  granted?: ApplicantRow;
  partiallyGranted?: ApplicantRow;
  denied?: Partial<Record<DeniedKey, ApplicantRow>>;
  unavailable?: Partial<Record<UnavailableKey, ApplicantRow>>;
  notProcessed?: Partial<Record<NotProcessedKey, ApplicantRow>>;
  /** 2021 format: three sub-rows; 2019 format: one row (an ApplicantRow). */
  other?: Partial<Record<OtherKey, ApplicantRow>> | ApplicantRow;
  resultTotal?: ApplicantRow;
  carriedForward?: ApplicantRow;
}

export const DENIED_KEYS = [
  'stateSecret',
  'lawForbidden',
  'safetyStability',
  'thirdParty',
  'internalAffairs',
  'processInfo',
  'enforcementFile',
  'queryMatter',
] as const;
export const UNAVAILABLE_KEYS = ['notHeld', 'needsCreation', 'unclear'] as const;
export const NOT_PROCESSED_KEYS = ['complaint', 'repeated', 'publication', 'excessive', 'confirmation'] as const;
export const OTHER_KEYS = ['noCorrection', 'noFee', 'other'] as const;
export type DeniedKey = (typeof DENIED_KEYS)[number];
export type UnavailableKey = (typeof UNAVAILABLE_KEYS)[number];
export type NotProcessedKey = (typeof NOT_PROCESSED_KEYS)[number];
export type OtherKey = (typeof OTHER_KEYS)[number];
export type GroupKey = 'denied' | 'unavailable' | 'notProcessed' | 'other';

export interface Applications {
  columns: ApplicantColumn[];
  rows: ApplicationRows;
  /** Optional 小计 rows some bodies add, keyed by group. */
  subtotals?: Partial<Record<GroupKey, ApplicantRow>>;
}

/** 表二: `active.<item>.<column>`, e.g. active.regulations.issued (see report-model.md). */
export type Active = Record<string, Record<string, Cell>>;

export const REVIEW_GROUPS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type ReviewGroup = (typeof REVIEW_GROUPS)[number];
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];
export type ReviewLitigation = Partial<Record<ReviewGroup, Partial<Record<ReviewColumn, Cell>>>>;

export interface LegacyRow {
  label: string;
  unit?: string;
  values: Cell[];
}
export interface Legacy {
  columns: string[];
  rows: LegacyRow[];
}

export interface Link {
  url: string;
  text: string;
}

export interface Report {
  schemaVersion: 1;
  source: { url: string; title: string };
  detected: boolean;
  agency: string | null;
  year: number | null;
  format: Format | null;
  sections: string[];
  active: Active | null;
  applications: Applications | null;
  reviewLitigation: ReviewLitigation | null;
  legacy: Legacy | null;
  /** Attachment links (PDF, DOC, DOCX, WPS, OFD) when the report is one. */
  attachments?: Link[];
  /** Number of images in the article when its tables are images. */
  images?: number;
  /** Frames in the article when no table was read here: the report is read inside them. */
  frames?: number;
  findings: Finding[];
}

/** A 表三 row (cells by applicant column), not a group of sub-rows: tells 2019's single （六） row. */
export function isApplicantRow(x: unknown): x is ApplicantRow {
  return !!x && typeof x === 'object' && APPLICANT_COLUMNS.some((k) => k in x);
}

export function refKey(ref: CellRef): string {
  return `${ref.table}|${ref.row}|${ref.column}`;
}

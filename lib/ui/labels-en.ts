import type { CellRef, Report } from '@/lib/model/types';

/**
 * English names of every model key, for the English UI's finding messages (the Chinese ones come
 * from lib/model/labels.ts via lib/checks/wording.ts). Legacy rows keep the page's own label:
 * those tables vary by province and have no fixed English name.
 */
export const COLUMNS_EN: Record<string, string> = {
  natural: 'Natural persons',
  commercial: 'Businesses',
  research: 'Research institutions',
  publicInterest: 'Non-profit organisations',
  legalService: 'Legal service providers',
  otherOrg: 'Other organisations',
  total: 'Total',
};

const GROUPS_EN: Record<string, string> = {
  denied: '(3) Not disclosed',
  unavailable: '(4) Cannot be provided',
  notProcessed: '(5) Not processed',
  other: '(6) Other handling',
};

const ROWS_EN: Record<string, string> = {
  newReceived: '1. New requests this year',
  carriedOver: '2. Carried over from last year',
  granted: '(1) Disclosed',
  partiallyGranted: '(2) Partly disclosed',
  'denied.stateSecret': 'state secret',
  'denied.lawForbidden': 'forbidden by other laws',
  'denied.safetyStability': 'security and stability',
  'denied.thirdParty': 'third-party rights',
  'denied.internalAffairs': 'internal affairs',
  'denied.processInfo': 'process information',
  'denied.enforcementFile': 'enforcement files',
  'denied.queryMatter': 'query matters',
  'unavailable.notHeld': 'not held',
  'unavailable.needsCreation': 'would have to be created',
  'unavailable.unclear': 'still unclear after correction',
  'notProcessed.complaint': 'petitions and complaints',
  'notProcessed.repeated': 'repeated requests',
  'notProcessed.publication': 'publications',
  'notProcessed.excessive': 'mass requests',
  'notProcessed.confirmation': 'confirmation of information held',
  'other.noCorrection': 'not corrected in time',
  'other.noFee': 'fee not paid',
  'other.other': 'other',
  other: '(6) Other handling',
  resultTotal: '(7) Total',
  carriedForward: '4. Carried forward to next year',
};

export function rowEn(path: string): string {
  const [head, tail] = path.split('.');
  if (head === 'subtotals') return `${GROUPS_EN[tail] ?? tail} subtotal`;
  if (tail && GROUPS_EN[head]) return `${GROUPS_EN[head]}: ${ROWS_EN[path] ?? tail}`;
  return ROWS_EN[path] ?? path;
}

export const colEn = (col: string): string => COLUMNS_EN[col] ?? col;

export const REVIEW_GROUPS_EN: Record<string, string> = {
  review: 'Administrative review',
  litigationDirect: 'Litigation without prior review',
  litigationAfterReview: 'Litigation after review',
};
export const REVIEW_COLUMNS_EN: Record<string, string> = {
  upheld: 'upheld',
  corrected: 'corrected',
  other: 'other outcome',
  pending: 'pending',
  total: 'total',
};

export const ACTIVE_ITEMS_EN: Record<string, string> = {
  regulations: 'Regulations',
  normativeDocuments: 'Normative documents',
  licensing: 'Administrative licensing',
  otherServices: 'Other public services',
  punishment: 'Administrative penalties',
  coercion: 'Administrative coercion',
  fees: 'Administrative fees',
  procurement: 'Government procurement',
};
export const ACTIVE_COLUMNS_EN: Record<string, string> = {
  issued: 'issued this year',
  repealed: 'repealed this year',
  inForce: 'in force',
  decisions: 'decisions',
  amount: 'amount',
  made: 'made this year',
  published: 'published this year',
  totalPublic: 'total public',
  previousItems: "last year's items",
  change: 'change this year',
  projects: 'projects',
};

export const TABLES_EN: Record<string, string> = {
  active: 'Table 2 (proactive disclosure)',
  applications: 'Table 3 (requests)',
  reviewLitigation: 'Table 4 (review and litigation)',
  legacy: 'The statistics table',
};

/** The name of a row in English ("(7) Total", "Administrative review", or a legacy row's own label). */
export function rowNameEn(report: Report | null, r: CellRef): string {
  switch (r.table) {
    case 'applications':
      return rowEn(r.row);
    case 'reviewLitigation':
      return REVIEW_GROUPS_EN[r.row] ?? r.row;
    case 'active':
      return ACTIVE_ITEMS_EN[r.row] ?? r.row;
    case 'legacy':
      return `“${report?.legacy?.rows[Number(r.row)]?.label ?? r.row}”`;
  }
  return r.row;
}

export function columnNameEn(report: Report | null, r: CellRef): string {
  switch (r.table) {
    case 'applications':
      return colEn(r.column);
    case 'reviewLitigation':
      return REVIEW_COLUMNS_EN[r.column] ?? r.column;
    case 'active':
      return ACTIVE_COLUMNS_EN[r.column] ?? r.column;
    case 'legacy': {
      const name = report?.legacy?.columns[Number(r.column)];
      return name ? `“${name}”` : `column ${Number(r.column) + 1}`;
    }
  }
  return r.column;
}

export const cellNameEn = (report: Report | null, r: CellRef): string => `${rowNameEn(report, r)} · ${columnNameEn(report, r)}`;

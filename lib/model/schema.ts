import * as z from 'zod/mini';
import { en } from 'zod/locales';
import {
  APPLICANT_COLUMNS,
  DENIED_KEYS,
  NOT_PROCESSED_KEYS,
  OTHER_KEYS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  UNAVAILABLE_KEYS,
  type Active,
  type Report,
} from './types';
import { ACTIVE_LAYOUT } from './labels';

/**
 * The executable form of shared/spec/report-model.md. Objects are strict: a misspelt key is an
 * error here rather than a silently missing figure downstream. zod/mini keeps the bundle small.
 */

export const CellSchema = z.strictObject({
  value: z.nullable(z.number()),
  text: z.string(),
  unit: z.optional(z.string()),
});

/** A strict object whose keys are all optional and all hold `schema`. */
function optionalKeys<K extends string, S extends z.core.$ZodType>(keys: readonly K[], schema: S) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, z.optional(schema)])) as Record<K, z.ZodMiniOptional<S>>);
}

const ApplicantRowSchema = optionalKeys(APPLICANT_COLUMNS, CellSchema);

/** 表二 for one format: items and columns exactly as in ACTIVE_LAYOUT. */
function activeSchema(format: '2021' | '2019'): z.ZodMiniType<Active, unknown> {
  const columns = new Map<string, string[]>();
  for (const block of ACTIVE_LAYOUT[format]) {
    for (const [item] of block.items) columns.set(item, block.columns.map(([c]) => c));
  }
  return z.strictObject(
    Object.fromEntries([...columns].map(([item, cols]) => [item, z.optional(optionalKeys(cols, CellSchema))])),
  ) as unknown as z.ZodMiniType<Active, unknown>; // keys are computed, so state the type the model declares

}
export const Active2021Schema = activeSchema('2021');
export const Active2019Schema = activeSchema('2019');
// The keys are checked per format below, which gives better messages than a union would.
const AnyActiveSchema = z.record(z.string(), z.record(z.string(), CellSchema));

export const ApplicationsSchema = z.strictObject({
  columns: z.array(z.enum(APPLICANT_COLUMNS)),
  rows: z.strictObject({
    newReceived: z.optional(ApplicantRowSchema),
    carriedOver: z.optional(ApplicantRowSchema),
    granted: z.optional(ApplicantRowSchema),
    partiallyGranted: z.optional(ApplicantRowSchema),
    denied: z.optional(optionalKeys(DENIED_KEYS, ApplicantRowSchema)),
    unavailable: z.optional(optionalKeys(UNAVAILABLE_KEYS, ApplicantRowSchema)),
    notProcessed: z.optional(optionalKeys(NOT_PROCESSED_KEYS, ApplicantRowSchema)),
    // 2021: three sub-rows; 2019: one row.
    other: z.optional(z.union([optionalKeys(OTHER_KEYS, ApplicantRowSchema), ApplicantRowSchema])),
    resultTotal: z.optional(ApplicantRowSchema),
    carriedForward: z.optional(ApplicantRowSchema),
  }),
  subtotals: z.optional(optionalKeys(['denied', 'unavailable', 'notProcessed', 'other'] as const, ApplicantRowSchema)),
});

export const ReviewLitigationSchema = optionalKeys(REVIEW_GROUPS, optionalKeys(REVIEW_COLUMNS, CellSchema));

export const LegacySchema = z.strictObject({
  columns: z.array(z.string()),
  rows: z.array(z.strictObject({ label: z.string(), unit: z.optional(z.string()), values: z.array(CellSchema) })),
});

export const CellRefSchema = z.strictObject({
  table: z.enum(['active', 'applications', 'reviewLitigation', 'legacy']),
  row: z.string(),
  column: z.string(),
});

export const FindingSchema = z.strictObject({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  where: z.string(),
  message: z.string(),
  expected: z.optional(z.number()),
  actual: z.optional(z.number()),
  cells: z.array(CellRefSchema),
});

const LinkSchema = z.strictObject({ url: z.string(), text: z.string() });

// zod/mini ships without messages; English ones name the offending keys and types.
const LOCALE = en().localeError;

export const ReportSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    source: z.strictObject({ url: z.string(), title: z.string() }),
    detected: z.boolean(),
    agency: z.nullable(z.string()),
    year: z.nullable(z.int()),
    format: z.nullable(z.enum(['2021', '2019', 'legacy'])),
    sections: z.array(z.string()),
    active: z.nullable(AnyActiveSchema),
    applications: z.nullable(ApplicationsSchema),
    reviewLitigation: z.nullable(ReviewLitigationSchema),
    legacy: z.nullable(LegacySchema),
    attachments: z.optional(z.array(LinkSchema)),
    images: z.optional(z.int().check(z.nonnegative())),
    frames: z.optional(z.int().check(z.nonnegative())),
    findings: z.array(FindingSchema),
  })
  .check(
    z.superRefine(
      (r, ctx) => {
        // 表二's keys depend on the template: a 2021 report must not carry 2019 columns and vice versa.
        if (!r.active || typeof r.active !== 'object') return;
        const fits = (s: z.ZodMiniType) => s.safeParse(r.active, { error: LOCALE });
        const tried = r.format === '2021' ? [fits(Active2021Schema)] : r.format === '2019' ? [fits(Active2019Schema)] : [fits(Active2021Schema), fits(Active2019Schema)];
        if (tried.some((t) => t.success)) return;
        for (const issue of tried[0].error?.issues ?? []) {
          ctx.issues.push({ ...issue, input: r.active, path: ['active', ...issue.path], message: `${issue.message}（${r.format ?? '2021'} 版表二）` } as never);
        }
      },
      { when: (p) => typeof p.value === 'object' && p.value !== null },
    ),
  );

// The schema's output must be a Report (checked at compile time).
type Assignable<T extends Report> = T;
export type ParsedReport = Assignable<z.output<typeof ReportSchema>>;

export type SafeParseResult = { success: true; data: Report } | { success: false; error: string };

/** Validate; `error` is a readable, multi-line message naming each bad path. */
export function safeParseReport(x: unknown): SafeParseResult {
  const res = ReportSchema.safeParse(x, { error: LOCALE });
  return res.success ? { success: true, data: res.data } : { success: false, error: z.prettifyError(res.error) };
}

/** Validate or throw an Error whose message lists each problem with its path. */
export function parseReport(x: unknown): Report {
  const res = safeParseReport(x);
  if (!res.success) throw new Error(`不是有效的报告模型 / invalid report model:\n${res.error}`);
  return res.data;
}

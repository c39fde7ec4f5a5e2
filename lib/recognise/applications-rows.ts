import type { GroupKey } from '../model/types';
import {
  GROUP_WORDS,
  RESULT_TOTAL_WORDS,
  SUB_ROWS,
  SUBTOTAL_WORDS,
  TOP_ROWS,
} from './applications-labels';
import { hasAny } from './stable';

/** What a 表三 row label names: a row path, a subtotal, or only a group heading. */
export type RowClass =
  | { kind: 'row'; path: string; group: GroupKey | null }
  | { kind: 'subtotal'; group: GroupKey }
  | { kind: 'group'; group: GroupKey }
  | null;

const SUB_NUMBER = /(\d{1,2})[.、](?=\D|$)/g;

/**
 * Classify a normalised row label. `current` is the group of the rows above: text-pasted
 * tables print a group label once, and spanning group cells may be lost in conversion.
 */
export function classifyRow(label: string, current: GroupKey | null): RowClass {
  if (!label) return null;
  for (const [path, words] of TOP_ROWS) if (hasAny(label, words)) return { kind: 'row', path, group: null };
  const named = GROUP_WORDS.find(([, words]) => hasAny(label, words))?.[0] ?? null;
  const group = named ?? current;
  if (hasAny(label, SUBTOTAL_WORDS)) return group ? { kind: 'subtotal', group } : null;
  // Distinctive words name a sub-row whatever group the page says it is in.
  for (const [g, subs] of Object.entries(SUB_ROWS) as [GroupKey, [string, string[] | null][]][]) {
    for (const [key, words] of subs) {
      if (words && hasAny(label, words)) return { kind: 'row', path: `${g}.${key}`, group: g };
    }
  }
  const number = lastSubNumber(label);
  if (group && number !== null) {
    const sub = SUB_ROWS[group][number - 1];
    if (sub) return { kind: 'row', path: `${group}.${sub[0]}`, group };
  }
  if (hasAny(label, RESULT_TOTAL_WORDS)) return { kind: 'row', path: 'resultTotal', group: null };
  if (named) return { kind: 'group', group: named };
  return null;
}

function lastSubNumber(label: string): number | null {
  let n: number | null = null;
  for (const m of label.matchAll(SUB_NUMBER)) n = Number(m[1]);
  return n;
}

import { expand as walk, type Entry as CoreEntry, type ExpandIo } from '../review/expand';
import { InputError } from './errors';
import type { Page } from './read-input';

/** The CLI's side of lib/review/expand: pages read from the network or disk, InputError's lines. */
export type Entry = CoreEntry<Page>;
export type ColumnIo = Omit<ExpandIo<Page>, 'failure'>;

const failure = (err: unknown) => (err instanceof InputError ? err.message : String((err as Error)?.message ?? err).split('\n')[0]);

/** An input, or the reports of the list page it is, over its pages (lib/review/expand). */
export const expand = (input: string, io: ColumnIo): Promise<Entry[]> => walk(input, { ...io, failure });

import type { Report } from './model/types';

/** The result of reading one page: the model, and each model cell's source element. */
export interface Analysis {
  report: Report;
  /** refKey(cellRef) → the element the cell was read from (for marks and jump-to-cell). */
  elements: Map<string, Element>;
}

export interface AnalyseOptions {
  /** Last year's report of the same agency, for the history.* rules. */
  previous?: Report | null;
}

/**
 * Page → report model with findings. Pure: the DOM arrives as an argument; never throws.
 * (Implementation in progress; the signature is the contract.)
 */
export function analyse(doc: Document, url: string, options: AnalyseOptions = {}): Analysis {
  void options;
  throw new Error(`analyse not implemented yet for ${url} ${doc.title}`);
}

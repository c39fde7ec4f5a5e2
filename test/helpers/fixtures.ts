import { JSDOM } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cell, Report } from '../../lib/model/types';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface Expected {
  notes?: string;
  url: string;
  detected: boolean;
  /** One table pasted alone, not a page: read with assumeReport. */
  fragment?: boolean;
  agency?: string | null;
  year?: number | null;
  format?: string | null;
  cells?: Record<string, Cell>;
  legacy?: Report['legacy'];
  findings?: { rule: string; where: string }[];
  findingsAllowed?: { rule: string; where: string }[];
}

/** Every fixture page that has a reviewed expected output (real pages under `real/`). */
export function fixtureNames(): string[] {
  const names = (dir: string, prefix = '') =>
    existsSync(join(FIXTURES, dir))
      ? readdirSync(join(FIXTURES, dir))
          .filter((f) => f.endsWith('.expected.json'))
          .map((f) => prefix + f.replace(/\.expected\.json$/, ''))
          .filter((n) => existsSync(join(FIXTURES, `${n}.html`)))
      : [];
  return [...names(''), ...names('real', 'real/')].sort();
}

export function loadExpected(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
}

export function loadDocument(name: string, url: string): Document {
  return parseHtml(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'), url);
}

export function parseHtml(html: string, url = 'http://www.example.gov.cn/'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** Flattens the model's cells to "table.row.path.column" → Cell, as expected files list them. */
export function modelCells(report: Report): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    if ('text' in node && 'value' in node) {
      out[path] = node as Cell;
      return;
    }
    for (const [k, v] of Object.entries(node)) walk(v, `${path}.${k}`);
  };
  walk(report.active, 'active');
  walk(report.applications?.rows, 'applications');
  walk(report.applications?.subtotals, 'applications.subtotals');
  walk(report.reviewLitigation, 'reviewLitigation');
  return out;
}

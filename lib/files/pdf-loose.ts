import type { GridTable } from './pdf-grid';
import type { Run } from './pdf-load';

export function looseTables(runs: Run[], _page: number): { tables: GridTable[]; rest: Run[] } {
  return { tables: [], rest: runs };
}

import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { withHistory } from '../../lib/history';
import { loadDocument, loadExpected } from '../helpers/fixtures';

/**
 * Five consecutive real reports of one body (平潭综合实验区 2019–2023), checked together as the
 * CLI checks them: the history rules compare each with the year before. The real figures hold
 * year on year except 2023's 现行有效 (470 printed; 698 + 77 − 132 = 643 rolled forward).
 */
const YEARS = [2019, 2020, 2021, 2022, 2023];
const read = (y: number) => {
  const { url } = loadExpected(`real/pingtan-${y}`);
  return analyse(loadDocument(`real/pingtan-${y}`, url), url).report;
};

describe('平潭 2019–2023 checked together', () => {
  const reports = withHistory(YEARS.map(read));
  const history = (y: number) =>
    reports[YEARS.indexOf(y)].findings.filter((f) => f.rule.startsWith('history.')).map((f) => `${f.rule} @ ${f.where}`);

  it.each([2019, 2020, 2021, 2022])('%i: last year’s carry-over and 现行有效 agree (or no comparable figure)', (y) => {
    expect(history(y)).toEqual([]);
  });

  it('2023: 现行有效 does not roll forward from 2022', () => {
    expect(history(2023)).toEqual(['history.inForceRollForward @ normativeDocuments']);
    const f = reports[4].findings.find((x) => x.rule === 'history.inForceRollForward')!;
    expect(f.message).toMatch(/470/);
    expect(f.message).toMatch(/643/);
  });
});

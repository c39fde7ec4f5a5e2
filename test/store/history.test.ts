import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyse } from '../../lib/analyse';
import type { Finding, Report } from '../../lib/model/types';
import { closeDb } from '../../lib/store/db';
import { freshDb } from '../helpers/fresh-db';
import {
  clearHistory,
  HISTORY_CAP,
  historyCount,
  historyKey,
  historySize,
  historyUnavailable,
  keepReport,
  previousReport,
} from '../../lib/store/history';
import { loadDocument, loadExpected } from '../helpers/fixtures';

const report = (agency: string | null, year: number | null, extra: Partial<Report> = {}): Report => ({
  schemaVersion: 1,
  source: { url: `http://www.example.gov.cn/${agency}-${year}.html`, title: `${agency}${year}年政府信息公开工作年度报告` },
  detected: true,
  agency,
  year,
  format: '2021',
  sections: [],
  active: null,
  applications: { columns: [], rows: {} },
  reviewLitigation: null,
  legacy: null,
  findings: [],
  ...extra,
});
const finding = (rule: string): Finding => ({ rule, severity: 'warning', where: 'total', message: rule, cells: [] });

const realReport = (y: number) => {
  const { url } = loadExpected(`real/pingtan-${y}`);
  return analyse(loadDocument(`real/pingtan-${y}`, url), url).report;
};

beforeEach(freshDb);
afterEach(() => closeDb());

describe('history store', () => {
  it('finds last year’s report of the same agency, and nothing for other years or agencies', async () => {
    expect(await keepReport(report('平潭综合实验区', 2022), 'page')).toBe(true);
    expect((await previousReport(report('平潭综合实验区', 2023)))?.year).toBe(2022);
    expect(await previousReport(report('平潭综合实验区', 2024))).toBeNull(); // two years back is not last year
    expect(await previousReport(report('平潭综合实验区', 2022))).toBeNull(); // itself is not its previous
    expect(await previousReport(report('福州市', 2023))).toBeNull();
    expect(await previousReport(report(null, 2023))).toBeNull();
  });

  it('matches agencies written in full-width or traditional characters', async () => {
    // Traditional characters norm() knows (those of report labels and titles).
    await keepReport(report('平潭開發區管理委員會', 2022), 'page');
    expect((await previousReport(report('平潭开发区管理委员会', 2023)))?.agency).toBe('平潭開發區管理委員會');
    await keepReport(report('ＸＸ县人民政府', 2020), 'page');
    expect(await previousReport(report('XX县人民政府', 2021))).not.toBeNull();
    expect(historyKey('平潭 开发区\u3000', 2022)).toBe(historyKey('平潭開發區', 2022));
  });

  it('the newest read wins: a re-read replaces the stored report', async () => {
    await keepReport(report('平潭综合实验区', 2022, { format: '2019' }), 'review', 1000);
    await keepReport(report('平潭综合实验区', 2022, { format: '2021' }), 'page', 2000);
    expect(await historyCount()).toBe(1);
    expect((await previousReport(report('平潭综合实验区', 2023)))?.format).toBe('2021');
  });

  it('does not keep pages that are not reports, lack an agency or a year, or have no table', async () => {
    expect(await keepReport(report('平潭综合实验区', 2022, { detected: false }), 'page')).toBe(false);
    expect(await keepReport(report(null, 2022), 'page')).toBe(false);
    expect(await keepReport(report('平潭综合实验区', null), 'page')).toBe(false);
    // Tables in an attachment: the page alone has nothing to compare (and must not replace the attachment's report).
    expect(await keepReport(report('平潭综合实验区', 2022, { applications: null }), 'page')).toBe(false);
    expect(await historyCount()).toBe(0);
  });

  it('keeps reports without their history findings', async () => {
    const kept = report('平潭综合实验区', 2022, { findings: [finding('sum.applications'), finding('history.carryOver')] });
    await keepReport(kept, 'page');
    const back = await previousReport(report('平潭综合实验区', 2023));
    expect(back?.findings.map((f) => f.rule)).toEqual(['sum.applications']);
    expect(kept.findings).toHaveLength(2); // the caller's report is not changed
  });

  it('drops the oldest reads when over the cap', async () => {
    for (let i = 0; i < HISTORY_CAP + 3; i++) await keepReport(report(`机关${i}`, 2022), 'review', 10_000 + i);
    expect(await historyCount()).toBe(HISTORY_CAP);
    for (const i of [0, 1, 2]) expect(await previousReport(report(`机关${i}`, 2023))).toBeNull();
    for (const i of [3, HISTORY_CAP + 2]) expect(await previousReport(report(`机关${i}`, 2023))).not.toBeNull();
  }, 60_000);

  it('a re-read makes a report new again: it outlives reports read after its first read', async () => {
    for (let i = 0; i < HISTORY_CAP; i++) await keepReport(report(`机关${i}`, 2022), 'review', 10_000 + i);
    await keepReport(report('机关0', 2022), 'page', 50_000); // read again
    await keepReport(report('新机关', 2022), 'page', 50_001);
    expect(await previousReport(report('机关0', 2023))).not.toBeNull();
    expect(await previousReport(report('机关1', 2023))).toBeNull();
  }, 60_000);

  it('clears', async () => {
    await keepReport(report('甲', 2021), 'page');
    await keepReport(report('乙', 2021), 'attachment');
    expect(await historyCount()).toBe(2);
    await clearHistory();
    expect(await historyCount()).toBe(0);
    expect(await previousReport(report('甲', 2022))).toBeNull();
  });

  it('a real report kept and found again feeds the history rules like the CLI', async () => {
    const y2022 = realReport(2022);
    expect(await keepReport(y2022, 'page')).toBe(true);
    const { url } = loadExpected('real/pingtan-2023');
    const previous = await previousReport(realReport(2023));
    expect(previous).toEqual(y2022);
    const again = analyse(loadDocument('real/pingtan-2023', url), url, { previous }).report;
    expect(again.findings.filter((f) => f.rule.startsWith('history.')).map((f) => f.rule)).toEqual(['history.inForceRollForward']);
    // Stored as it is: its size, for the README (a real 2021-template report).
    const bytes = serialize(previous).length;
    expect(bytes).toBeLessThan(1 << 20);
  });
});

describe('history store without IndexedDB (private window, quota)', () => {
  it('never throws: not kept, nothing found, nothing counted, and says why', async () => {
    await closeDb();
    const broken = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('indexedDB', broken);
    try {
      expect(await keepReport(report('甲', 2021), 'page')).toBe(false);
      expect(historyUnavailable()).toMatch(/SecurityError/);
      expect(warn).toHaveBeenCalled(); // logged, not silent
      expect(await previousReport(report('甲', 2022))).toBeNull();
      expect(await historySize()).toBeNull();
      expect(await historyCount()).toBe(0);
      await expect(clearHistory()).resolves.toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
      await closeDb();
    }
    expect(await historySize()).toBe(0); // works again once IndexedDB does
    expect(historyUnavailable()).toBeNull();
  });
});

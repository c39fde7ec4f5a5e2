import { describe, expect, it } from 'vitest';
import { bestFrame, MAX_STORED_FRAMES, TabStore, type SessionArea } from '@/lib/background/tabs';
import type { Finding, Report } from '@/lib/model/types';

/** A report frame; `tables`: its 表三 was read (the popup prefers the frame that read the most tables). */
const report = (tables: boolean, pad = 0): Report => ({
  schemaVersion: 1, source: { url: 'http://x.gov.cn/', title: 't'.repeat(pad) }, detected: true, agency: null, year: null,
  format: '2021', sections: [], active: null, reviewLitigation: null, legacy: null,
  applications: tables ? { columns: [], rows: {} } : null,
  findings: [{ rule: 'r', severity: 'error', where: 'w', message: 'm', cells: [] } satisfies Finding],
});

/** storage.session with a quota, as browsers enforce it (bytes of the JSON kept). */
function quotaArea(quota: number): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const size = () => [...data.values()].reduce((n: number, v) => n + JSON.stringify(v).length, 0);
  return {
    data,
    async get(k) { return data.has(k) ? { [k]: structuredClone(data.get(k)) } : {}; },
    async set(items) {
      const before = new Map(data);
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
      if (size() > quota) { data.clear(); before.forEach((v, k) => data.set(k, v)); throw new Error('QUOTA_BYTES quota exceeded'); }
    },
    async remove(k) { data.delete(k); },
  };
}

describe('what a tab keeps in storage.session (issue 8: quotas)', () => {
  it('mirrors only the best frames of a page with 50 report frames; the popup still gets the best', async () => {
    const area = quotaArea(10_000_000);
    const store = new TabStore(area);
    for (let f = 0; f < 50; f++) await store.update(1, (s) => void (s.frames[f] = { frameId: f, report: report(f === 17, 20_000) }));
    expect(Object.keys((await store.get(1))!.frames)).toHaveLength(50); // this worker still knows them all
    const stored = (area.data.get('tab:1') as { frames: Record<string, unknown> }).frames;
    expect(Object.keys(stored)).toHaveLength(MAX_STORED_FRAMES);
    expect(bestFrame(await new TabStore(area).get(1))?.frameId).toBe(17); // a restarted worker
  });

  it('five such tabs all keep their best report within the quota', async () => {
    const area = quotaArea(400_000);
    const store = new TabStore(area);
    for (let tab = 1; tab <= 5; tab++)
      for (let f = 0; f < 50; f++) await store.update(tab, (s) => void (s.frames[f] = { frameId: f, report: report(f === 3, 20_000) }));
    for (let tab = 1; tab <= 5; tab++) expect(bestFrame(await new TabStore(area).get(tab))?.frameId).toBe(3);
  });
});

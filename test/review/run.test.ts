import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse';
import { stateCode } from '../../lib/export/review-rows';
import type { Report } from '../../lib/model/types';
import { review } from '../../lib/review/run';
import type { Outcome } from '../../lib/review/types';
import { fakeNet, fixture, io, link, listPage, pingtan2023Changed } from './fake-net';
import { JSDOM } from 'jsdom';

const B = 'http://www.pingtan.gov.cn/nb/';
const rules = (o: Outcome | null) => (o && 'report' in o ? o.report.findings.map((f) => f.rule) : []);
const reportOf = (o: Outcome | null) => (o && 'report' in o ? o.report : null);

describe('review(): a column over its pages', () => {
  const page1 = listPage(
    link('./2023.htm', '平潭综合实验区2023年度政府信息公开工作年度报告') +
      link('/tz/t1.htm', '关于做好2023年政府信息公开工作年度报告编制发布工作的通知') +
      link('./2022.htm', '平潭综合实验区2022年度政府信息公开工作年度报告') +
      link('/jd/t2.htm', '《平潭综合实验区2022年度政府信息公开工作年度报告》解读'),
    '<a href="index.html">首页</a><a href="index_1.html">下一页</a>',
  );
  const page2 = listPage(
    link('./2021.htm', '安化县人民政府2021年信息公开工作年度报告') + link('./2020.htm', '平潭综合实验区2020年度政府信息公开工作年度报告'),
    '<a href="index.html">上一页</a><a href="index_1.html">下一页</a>',
  );
  const pages: Record<string, string> = {
    [`${B}index.html`]: page1,
    [`${B}index_1.html`]: page2,
    [`${B}2023.htm`]: pingtan2023Changed(),
    [`${B}2022.htm`]: fixture('real/pingtan-2022'),
    [`${B}2021.htm`]: fixture('seed-001-anhua-2021-word'),
    // 2020.htm: 404
  };

  it('reads the list pages once each, the report links in list order, each report in its place', async () => {
    const net = fakeNet(pages);
    const r = review(io(net));
    const first = await r.readList(`${B}index.html`);
    expect(first.column).not.toBeNull();
    const links = await r.links(first.url, first.column!);
    expect(links.map((l) => l.url)).toEqual(['2023', '2022', '2021', '2020'].map((y) => `${B}${y}.htm`));
    expect(links[2].title).toBe('安化县人民政府2021年信息公开工作年度报告');
    const seen: number[] = [];
    const outcomes = await r.check(links, first.url, (i) => seen.push(i));
    expect(outcomes.map((o) => o?.input)).toEqual(links.map((l) => l.url));
    expect(outcomes.slice(0, 3).map((o) => [reportOf(o)?.agency, reportOf(o)?.year])).toEqual([['平潭综合实验区', 2023], ['平潭综合实验区', 2022], ['安化县人民政府', 2021]]);
    expect(outcomes[3]).toMatchObject({ error: expect.stringMatching(/HTTP 404/) });
    expect(outcomes.every((o) => o?.list === first.url)).toBe(true);
    expect(net.requested.filter((u) => /index/.test(u))).toEqual([`${B}index.html`, `${B}index_1.html`]);
    expect(net.requested.filter((u) => /\/(tz|jd)\//.test(u))).toEqual([]);
    expect(new Set(seen)).toEqual(new Set([0, 1, 2, 3]));
  });

  it('compares 2023 with the column’s 2022 whichever finishes first; 2022 stays without history; kept reports carry none', async () => {
    for (const slow of ['2023', '2022']) {
      const net = fakeNet({ ...pages, [`${B}${slow}.htm`]: { delay: 60, body: pages[`${B}${slow}.htm`] } });
      const kept: Report[] = [];
      const r = review(io(net, { keepReport: async (k) => void kept.push(k), previousReport: async () => null }));
      const last = new Map<number, Outcome>();
      const outcomes = await r.check(['2023', '2022'].map((y) => ({ url: `${B}${y}.htm` })), `${B}index.html`, (i, o) => last.set(i, o));
      expect(rules(outcomes[0])).toContain('history.carryOver');
      expect(rules(last.get(0)!)).toContain('history.carryOver'); // the page was told, too
      expect(rules(outcomes[1]).filter((x) => x.startsWith('history.'))).toEqual([]);
      expect(kept.map((k) => k.year).sort()).toEqual([2022, 2023]);
      expect(kept.flatMap((k) => k.findings.map((f) => f.rule)).filter((x) => x.startsWith('history.'))).toEqual([]);
    }
  });

  it('compares with a kept report when the column lacks the year before', async () => {
    const net = fakeNet(pages);
    const last = structuredClone(analyse(new JSDOM(fixture('real/pingtan-2022')).window.document, `${B}old.htm`).report);
    const asked: number[] = [];
    const r = review(io(net, { previousReport: async (rep) => (asked.push(rep.year!), rep.year === 2023 ? last : null) }));
    const [o] = await r.check([{ url: `${B}2023.htm` }], `${B}index.html`);
    expect(asked).toEqual([2023]);
    expect(rules(o)).toContain('history.carryOver');
  });
});

describe('review(): politeness', () => {
  it('at most 3 requests in flight per host; hosts do not wait for each other', async () => {
    const body = '<title>x</title>';
    const pages: Record<string, { delay: number; body: string }> = {};
    for (const h of ['a', 'b']) for (let i = 0; i < 9; i++) pages[`http://${h}.gov.cn/${i}.htm`] = { delay: 15, body };
    const net = fakeNet(pages);
    const outcomes = await review(io(net)).check(Object.keys(pages).map((url) => ({ url })), 'l');
    expect(outcomes.every((o) => o && 'report' in o && !o.report.detected)).toBe(true);
    expect([net.peak('a.gov.cn'), net.peak('b.gov.cn')]).toEqual([3, 3]);
    expect(net.peak('*')).toBe(6);
  });

  it('a network failure is tried once more, an HTTP status never', async () => {
    const u = (p: string) => `http://a.gov.cn/${p}`;
    const net = fakeNet({ [u('flaky')]: { down: 1 }, [u('down')]: { down: 5 }, [u('gone')]: { status: 410 } });
    const outcomes = await review(io(net)).check(['flaky', 'down', 'gone'].map((p) => ({ url: u(p) })), 'l');
    expect(reportOf(outcomes[0])?.year).toBe(2022);
    expect(outcomes[1]).toMatchObject({ error: expect.stringMatching(/无法获取/) });
    expect(outcomes[2]).toMatchObject({ error: expect.stringMatching(/HTTP 410/) });
    expect(net.requested.filter((x) => x === u('flaky'))).toHaveLength(2);
    expect(net.requested.filter((x) => x === u('down'))).toHaveLength(2);
    expect(net.requested.filter((x) => x === u('gone'))).toHaveLength(1);
  });

  it('cancel: no request after it, those in flight aborted, finished ones kept, the rest not checked', async () => {
    const pages: Record<string, { delay: number; body: string }> = {};
    for (let i = 0; i < 12; i++) pages[`http://a.gov.cn/${i}.htm`] = { delay: i < 3 ? 5 : 2000, body: '<title>x</title>' };
    const net = fakeNet(pages);
    const stop = new AbortController();
    const done: number[] = [];
    const run = review(io(net), stop.signal).check(Object.keys(pages).map((url) => ({ url })), 'l', (i) => {
      done.push(i);
      if (done.length === 3) setTimeout(() => stop.abort(), 30); // 3 more are in flight by then
    });
    const t0 = Date.now();
    const outcomes = await run;
    expect(Date.now() - t0).toBeLessThan(1500); // the 3 in flight would answer after 2 s
    const requested = net.requested.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(net.requested.length).toBe(requested);
    expect(requested).toBe(6);
    expect(net.aborted).toHaveLength(3);
    expect(outcomes.slice(0, 3).every((o) => o && 'report' in o)).toBe(true);
    expect(outcomes.slice(3)).toEqual(Array(9).fill(null));
  });
});

describe('review(): reports in an attachment', () => {
  const page = `${B}2025.htm`;
  const file = `${B}P020260313365871187562.pdf`;
  const read = async () => structuredClone(analyse(new JSDOM(fixture('real/pingtan-2022')).window.document, file, { assumeReport: true }).report);

  it('reads the attachment-only page’s file: its findings, the page’s address, the file recorded', async () => {
    const net = fakeNet({ [page]: fixture('variant-attachment-pingtan-2025') });
    const files: string[] = [];
    const [o] = await review(io(net, { readAttachment: async (u) => (files.push(u), read()) })).check([{ url: page }], 'l');
    expect(files).toEqual([file]);
    expect(o).toMatchObject({ input: page, attachment: file });
    expect(stateCode(o!)).toBe('attachment');
    expect(reportOf(o)?.applications).not.toBeNull();
  });

  it('a file that cannot be read: the page’s report, and why', async () => {
    const net = fakeNet({ [page]: fixture('variant-attachment-pingtan-2025') });
    const readAttachment = async () => {
      throw new Error('无法下载附件（网络错误或服务器拒绝） / the file could not be downloaded (network error)');
    };
    const [o] = await review(io(net, { readAttachment })).check([{ url: page }], 'l');
    expect(o).toMatchObject({ input: page, attachmentError: expect.stringMatching(/无法下载附件/) });
    expect(o).not.toHaveProperty('attachment');
    expect(stateCode(o!)).toBe('attachment');
  });
});

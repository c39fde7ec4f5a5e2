/** A local 年报 column for the CLI tests: a list in two pages, reports, a notice, a 404, a timeout, loops. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { FIXTURES } from '../helpers/fixtures';
import { analysePage, listOf } from '../../lib/cli/analyse-page';
import type { Io } from '../../lib/cli/main';
import { writeOutputs } from '../../lib/cli/outputs';
import { readInput } from '../../lib/cli/read-input';
import type { Route } from './server';

export const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.html`), 'utf8');

/** The site's host: its pages reach the local server through govFetch, as if the name resolved to it. */
export const GOV = 'http://www.pingtan.gov.cn';

/**
 * fetch for a site served locally under a .gov.cn name (attachment links are followed on *.gov.cn
 * only): such an address is asked of `local` (scheme, host and port replaced, path kept), and the
 * answer carries no URL of its own, so the page keeps the address it was asked for.
 */
export function govFetch(local: string): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!/\.gov\.cn$/i.test(url.hostname)) return fetch(input, init);
    const res = await fetch(new URL(url.pathname + url.search, local), init);
    const body = await res.arrayBuffer();
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}

/** 平潭 2023 with 上年结转 (总计) changed to 7: last year's 结转下年度 differs (history.carryOver). */
export function pingtan2023Changed(): string {
  const dom = new JSDOM(fixture('real/pingtan-2023'));
  const row = [...dom.window.document.querySelectorAll('tr')].find((tr) => tr.textContent?.includes('上年结转'))!;
  const cells = row.querySelectorAll('td');
  cells[cells.length - 1].textContent = '7';
  return dom.serialize();
}

export const link = (href: string, title: string) => `<li><a href="${href}" title="${title}">${title}</a><span>2024-01-01</span></li>`;
export const listPage = (items: string, tail = '', title = '政府信息公开年报_平潭综合实验区') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title><meta name="ColumnName" content="政府信息公开年报"></head>` +
  `<body><div class="crumb"><a href="/">首页</a> &gt; <a href="/nb/">政府信息公开年报</a></div><ul>${items}</ul>${tail}</body></html>`;

const html = (body: string): Route => (_, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);

export interface Site {
  routes: Record<string, Route>;
  /** Paths requested, in order. */
  requested: string[];
  /** Most requests in flight at once (under a path prefix such as '/many/'). */
  peak: (prefix?: string) => number;
  /** Lets /hold/b.htm answer. */
  release: () => void;
}

export function column(): Site {
  const requested: string[] = [];
  const inFlight = new Map<string, number>();
  const peaks = new Map<string, number>();
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const years = (y: number) => `平潭综合实验区${y}年度政府信息公开工作年度报告`;
  const notice = '关于做好2023年政府信息公开工作年度报告编制发布工作的通知';
  const page1 = listPage(
    link('./202403/t20240308_1.htm', '平潭综合实验区2023年度政府信息公开工作年度报告') +
      link('/tz/t1.htm', notice) +
      link('./202302/t20230220_2.htm', '平潭综合实验区2022年度政府信息公开工作年度报告') +
      link('/jd/t2.htm', '《平潭综合实验区2022年度政府信息公开工作年度报告》解读'),
    '<div class="page"><a href="index.html">首页</a><a href="index_1.html">下一页</a></div>',
  );
  const page2 = listPage(
    link('./202201/t20220120_3.htm', '安化县人民政府2021年信息公开工作年度报告') +
      link('./202101/t20210120_4.htm', '平潭综合实验区2020年度政府信息公开工作年度报告') +
      link('./202001/t20200120_5.htm', '平潭综合实验区2019年度政府信息公开工作年度报告') +
      // Pages that only link their report as a PDF: one served (the real pair), one not (404).
      link('./202603/t20260313_105587.htm', '平潭综合实验区2025年度政府信息公开工作年度报告') +
      link('./202401/t20240125_7.htm', '石羊县2023年政府信息公开工作年度报告'),
    // The last page links itself as the next one, and back: the walk must end.
    '<div class="page"><a href="index.html">上一页</a><a href="index_1.html">下一页</a><a href="./">首页</a></div>',
  );
  const routes: Record<string, Route> = {
    '/nb/': html(page1),
    '/nb/index.html': html(page1),
    '/nb/index_1.html': html(page2),
    '/nb/202403/t20240308_1.htm': html(pingtan2023Changed()),
    '/nb/202302/t20230220_2.htm': html(fixture('real/pingtan-2022')),
    '/nb/202201/t20220120_3.htm': html(fixture('seed-001-anhua-2021-word')),
    // 202101/t20210120_4.htm: not on the server (404)
    '/nb/202001/t20200120_5.htm': () => undefined, // never answers
    '/nb/202603/t20260313_105587.htm': html(fixture('variant-attachment-pingtan-2025')),
    '/nb/202603/P020260313365871187562.pdf': (_, res) =>
      void res.writeHead(200, { 'content-type': 'application/pdf' }).end(readFileSync(join(FIXTURES, 'pdf', 'pingtan-2025.pdf'))),
    '/nb/202401/t20240125_7.htm': html(fixture('markup-attachment-only')), // its PDF is not on the server
    '/tz/t1.htm': html(fixture('not-notice')),
    '/jd/t2.htm': html('<title>解读</title>'),
    '/empty/': html(listPage('')),
    // Three consecutive years of one agency, newest first as such lists are: only 2023's carry-over differs.
    '/years/': html(listPage(link('/nb/202403/t20240308_1.htm', years(2023)) + link('/nb/202302/t20230220_2.htm', years(2022)) + link('/nb/202202/t20220215_8.htm', years(2021)))),
    '/nb/202202/t20220215_8.htm': html(fixture('real/pingtan-2021')),
    // Printing as reports finish: the second answers only once the first has been printed.
    '/hold/': html(listPage(link('./a.htm', years(2022)) + link('./b.htm', years(2021)))),
    '/hold/a.htm': html(fixture('real/pingtan-2022')),
    '/hold/b.htm': (req, res) => void held.then(() => html(fixture('real/pingtan-2021'))(req, res)),
    // A list that links the report file itself.
    '/files/': html(listPage(link('./P020260313.docx', years(2025)))),
    '/files/P020260313.docx': (_, res) =>
      void res
        .writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })
        .end(readFileSync(join(FIXTURES, 'docx', 'pingtan-2025.docx'))),
    // Nine reports that take a moment each: how many are asked at once.
    '/many/': html(listPage(Array.from({ length: 9 }, (_, n) => link(`./r${n}.htm`, years(2011 + n))).join(''))),
  };
  for (let n = 0; n < 9; n++) routes[`/many/r${n}.htm`] = (req, res) => void setTimeout(() => html(fixture('seed-000-wuhua-2020-plain'))(req, res), 40);
  // A list whose pages go on for ever (index_1 → index_2 → …).
  for (let n = 0; n < 100; n++)
    routes[`/loop/index${n ? `_${n}` : ''}.html`] = html(
      listPage(link(`./r${n % 4}.htm`, `平潭综合实验区${2020 + (n % 4)}年度政府信息公开工作年度报告`), `<a href="index_${n + 1}.html">下一页</a>`),
    );
  for (let n = 0; n < 4; n++) routes[`/loop/r${n}.htm`] = html(fixture('seed-000-wuhua-2020-plain'));
  const counted: Record<string, Route> = {};
  for (const [path, route] of Object.entries(routes))
    counted[path] = (req, res) => {
      requested.push(path);
      for (const key of ['/', `/${path.split('/')[1]}/`]) {
        inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
        peaks.set(key, Math.max(peaks.get(key) ?? 0, inFlight.get(key)!));
        res.on('close', () => inFlight.set(key, inFlight.get(key)! - 1));
      }
      route(req, res);
    };
  return { routes: counted, requested, peak: (prefix = '/') => peaks.get(prefix) ?? 0, release };
}

/** The CLI's own reading and outputs with the site's .gov.cn names served by `base`; what it printed, joined. */
export function siteIo(base: string, onOut: (s: string) => void = () => {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (s) => void (out.push(s), onOut(s)),
    stderr: (s) => void err.push(s),
    color: false,
    read: (input, opts) => readInput(input, { ...opts, fetch: govFetch(base) }),
    analyse: analysePage,
    list: listOf,
    pauseMs: 5,
    writeOutputs,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

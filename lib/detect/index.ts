/**
 * Is this page a 政府信息公开工作年度报告? Runs on every *.gov.cn frame, so the common answer
 * ("no") comes from the title alone; the body is read only, and boundedly, when the title says
 * nothing (frames, pages titled with the site name). Pure: the DOM is passed in.
 */
import { displayText, norm } from '../text';
import { metaContent, readText, scan, type Scan } from './dom';
import { LIST_LINKS, metaAgency, otherReportCount } from './page-meta';
import { isSiteLikeTitle, parseTitle, REPORT_KEY, rejectWord, toYear, type TitleInfo } from './title';

export { articleRoot, ARTICLE_SELECTORS } from './article';
export { countContentImages, detectAttachments } from './attachments';
export { parseTitle, REJECT_WORDS, REPORT_KEY } from './title';

export interface Detection {
  isReport: boolean;
  /** The report's title (its segment of the page title), else the page title. */
  title: string;
  /** Issuing body as printed (NFKC, whitespace removed), from the title, else page metadata. */
  agency: string | null;
  /** The year the report covers (2008–2035), from its title. */
  year: number | null;
  /** why (for tests/debug) */
  reason: string;
}

/**
 * The tables' own structure, when no title says what the page is (a frame, a saved fragment, a
 * pasted draft): 表三's header or two of its row labels, 表二's 第二十条 blocks, 表四's header,
 * the pre-2019 统计表. Each needs two labels of one table: one figure in prose is not a report.
 */
const TABLE_SIGNATURE = new RegExp(
  [
    '申请人情况.{0,200}自然人.{0,600}(?:本年新收|结转下年度)',
    '本年新收政府信息公开申请数量.{0,300}上年结转政府信息公开申请数量',
    '第二十条第\\(一\\)项.{0,600}第二十条第\\([五六八九]\\)项',
    '行政复议.{0,300}行政诉讼.{0,600}结果维持.{0,60}结果纠正',
    '收到申请数.{0,400}申请答复数',
    '指标名称.{0,60}计量单位.{0,1500}(?:收到申请|申请答复|主动公开)',
  ].join('|'),
);
/** The report's own section headings. */
const BODY_SIGNATURE = /[一1][、.]?(?:总体情况|概述)|主动公开政府信息情况|收到和处理政府信息公开申请/;
const SECTION_ONE = /[一1][、.]?(?:总体情况|概述)/;

const BODY_CAP = 4000;
/** Nodes one body walk may visit when the title says nothing. */
const SCAN_BUDGET = 3000;
const TABLE_CAP = 1500;
const MAX_TABLES = 12;
const BODY_TEXT_CAP = 30000;

function result(isReport: boolean, title: string, reason: string, agency: string | null = null, year: number | null = null): Detection {
  return { isReport, title, agency, year, reason };
}

/** Pages served from elsewhere are copies (mirrors, spam); file:, draft: and the like pass. */
function servedFromGov(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return true;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return true;
  const h = u.hostname.toLowerCase().replace(/\.$/, '');
  return h === 'gov.cn' || h.endsWith('.gov.cn') || h === 'localhost' || h === '127.0.0.1';
}

export function detectReport(doc: Document, url: string): Detection {
  const pageTitle = displayText(doc.title ?? '');
  if (!servedFromGov(url)) return result(false, pageTitle, 'not served from *.gov.cn');
  const metaTitle = metaContent(doc, 'articletitle');
  // Quickest "no": no 报 in the titles means no 报告/年报, so skip parsing them (whose Unicode
  // normalisation is the costliest first call on a page) when the title is informative.
  if (!/[报報]/.test(`${metaTitle ?? ''}${doc.title ?? ''}`) && (metaTitle || !isSiteLikeTitle(doc.title ?? ''))) {
    return result(false, pageTitle, 'title names no report');
  }
  let t: TitleInfo | null = null;
  let src = '';
  for (const [raw, from] of [[metaTitle, 'ArticleTitle'], [doc.title, 'title']] as const) {
    const p = parseTitle(raw);
    if (!p) continue;
    if (p.strong || p.reject || !t) [t, src] = [p, from];
    if (p.strong || p.reject) break;
  }
  if (t?.reject) return result(false, t.title, `${src}: ${t.reject}`);
  if (t?.strong) return accept(doc, t, src);
  // Fast path: an informative title that does not name a report.
  if (!t && (metaTitle || !isSiteLikeTitle(doc.title ?? ''))) return result(false, pageTitle, 'title names no report');

  // The title says nothing, or only a column name: one bounded walk of the body for its first
  // headings, text and tables.
  const seen = scan(doc.body, BODY_CAP, SCAN_BUDGET);
  let rejected: TitleInfo | null = null;
  for (const el of seen.headings) {
    const h = parseTitle(readText(el, 200, 400));
    if (h?.reject) rejected ??= h;
    else if (h?.strong) return accept(doc, h, 'heading');
  }
  if (rejected) return result(false, rejected.title, `heading: ${rejected.reject}`);
  const fromBody = bodyLook(seen);
  if (fromBody) return result(true, t?.title ?? pageTitle, fromBody.reason, metaAgency(doc), fromBody.year);
  if (t && hasReportBody(doc)) return accept(doc, t, src);
  return result(false, t?.title ?? pageTitle, t ? `${src}: column name without a report body` : 'no report title or tables');
}

/** A titled report, unless the page is a list of reports. */
function accept(doc: Document, t: TitleInfo, src: string): Detection {
  const links = otherReportCount(doc, t);
  if (links >= LIST_LINKS && !hasReportBody(doc)) return result(false, t.title, `${src}: list page (${links} report links, no report body)`);
  return result(true, t.title, `${src}: ${t.title}`, t.agency ?? metaAgency(doc), t.year);
}

/** The body's first text and tables: 表三's signature, or a report heading and 一、总体情况. */
function bodyLook(seen: Scan): { reason: string; year: number | null } | null {
  if (!seen.tables.length && !/[报報]告|年[报報]|申[请請]人|收到申[请請]/.test(seen.text)) return null;
  const n = norm(seen.text);
  if (TABLE_SIGNATURE.test(n)) return { reason: 'body: a statistics table', year: null };
  if (SECTION_ONE.test(n)) {
    const re = new RegExp(REPORT_KEY.source, 'g');
    for (let m = re.exec(n), k = 0; m && k < 5; m = re.exec(n), k++) {
      const before = n.slice(Math.max(0, m.index - 10), m.index);
      const ctx = before.slice(before.search(/[^。！？!?]*$/)) + n.slice(m.index, m.index + m[0].length + 8);
      if (rejectWord(ctx)) continue;
      const y = /(\d{4}|[〇零一二三四五六七八九]{4})年度?$/.exec(before)?.[1] ?? m[2];
      return { reason: 'body: report heading and 一、总体情况', year: y ? toYear(y) : null };
    }
  }
  return table3(seen.tables) ? { reason: 'tables: a statistics table', year: null } : null;
}

/** Does one of these tables carry 表三's (or the pre-2019 统计表's) signature? Reads a capped text of each. */
function table3(tables: ArrayLike<Element>): boolean {
  for (let i = 0; i < tables.length && i < MAX_TABLES; i++) {
    if (TABLE_SIGNATURE.test(norm(readText(tables[i], TABLE_CAP)))) return true;
  }
  return false;
}

/** Report text (section headings) or 表三 in the page. Only on pages whose title names a report. */
function hasReportBody(doc: Document): boolean {
  return BODY_SIGNATURE.test(norm(readText(doc.body, BODY_TEXT_CAP))) || table3(doc.getElementsByTagName('table'));
}

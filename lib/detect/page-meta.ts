/** What a page says about itself beyond its title: the reports it links, its metadata block. */
import { aligned, parseTitle, type TitleInfo } from './title';
import { metaContent, readText } from './dom';

/** A page titled with a report that links this many other reports and has no body is a list. */
export const LIST_LINKS = 3;

/** A publication date inside the link beside its title (<a>…报告<span>2024-01-20</span></a>). */
const LINK_DATE = /[[(（【]?\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[\])）】]?/g;

/** A link's report title, if it names one report (not a notice, 解读, column name or breadcrumb). */
export function linkedReport(a: Element): TitleInfo | null {
  const text = (a.textContent ?? '') + '|' + (a.getAttribute('title') ?? '');
  // A cheap gate first: most links on a page never reach parseTitle.
  if (!/公[开開]/.test(text) || !/[报報]告|年[报報]/.test(text)) return null;
  const p = parseTitle(text.replace(LINK_DATE, ' '));
  return p && !p.reject && p.strong ? p : null;
}

/**
 * How many *different* reports the page links to, besides its own (list pages link many).
 * Reports are told apart by year and agency: the page's own file linked twice (文件下载 and 附件)
 * is one report, and a breadcrumb or column name (no year, no agency) is none.
 */
export function otherReportCount(doc: Document, self: TitleInfo, links: ArrayLike<Element> = doc.links): number {
  const seen = new Set<string>([`${self.year}|${self.agency ?? ''}`]);
  const hrefs = new Set<string>();
  for (let i = 0; i < links.length && seen.size <= LIST_LINKS; i++) {
    const a = links[i];
    const href = a.getAttribute('href') ?? '';
    if (hrefs.has(href)) continue;
    hrefs.add(href);
    const p = linkedReport(a);
    if (p) seen.add(`${p.year}|${p.agency ?? ''}`);
  }
  return seen.size - 1;
}

const LABELS = /(?:发布机构|发文机关|发布单位|发文单位|来源):([^\d:]{2,40}?)(?=索引|分类|主题|发文|成文|发布|公开日期|公开方式|公开范围|生成|文号|有效|时效|名称|标题|来源|日期|时间|浏览|访问|字号|[\d:]|$)/;

/** The issuing body from `<meta name="ContentSource">`, else the metadata block's 发布机构. */
export function metaAgency(doc: Document): string | null {
  const meta = metaContent(doc, 'contentsource');
  if (meta) return aligned(meta)[0];
  const [c, n] = aligned(readText(doc.body, 8000));
  const m = LABELS.exec(n);
  return m ? c.slice(m.index + m[0].length - m[1].length, m.index + m[0].length) : null;
}

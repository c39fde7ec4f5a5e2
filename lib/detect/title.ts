/**
 * Report titles: is a title (or one `_`/`-`/`|` segment of it) the title of a
 * 政府信息公开工作年度报告, and whose, for which year. Strings only, no DOM.
 */
import { displayText, norm, WHITESPACE } from '../text';

/** Matched on `norm`ed text: 政府信息公开工作年度报告, 信息公开工作2019年度报告, 政务信息公开年度报告, …年报. */
export const REPORT_KEY = /(政府|政务)?(?:信息|资讯|資讯)公开(?:工作|年度|(\d{4}|[〇零一二三四五六七八九]{4})年度?)*(?:报告|年报)/;

/**
 * A title segment holding one of these (after `norm`) is not a report itself: notices about
 * reports, guides, list/summary pages, 解读 pages, other kinds of report, enterprises.
 */
export const REJECT_WORDS = [
  '通知', '格式', '关于做好', '关于印发', '编制', '报送', '通报', '评估', '检查', '考核', '测评',
  '抽查', '点评', '排名', '整改', '要点', '解读', '图解', '一图', '问答', '答记者', '发布会',
  '会议', '培训', '目录', '汇总', '说明', '模板', '范本', '样本', '征求意见', '公报', '年鉴',
  '预算', '决算', '公司', '集团', '股份', '上市', '学年',
];
/** Agency names that contain a reject word (机构编制委员会办公室, 纪律检查委员会). */
export const ALLOW_WORDS = ['机构编制', '编制委员会', '编制办', '纪律检查'];

/** Title separators: site and column suffixes. */
const SEP = /\s*(?:[_|｜]|[-－—–―]+)\s*/;
/** What may follow the report name in its own segment: (notes), 全文, 更正版, a file name, "…" (cut short)… */
const TAIL_OK = /^(?:[(\[《<"'].*|全文|正文|(?:更正|修订|修正|文字|图文|终)版?|\.\w{2,5}|\.{2,})?$/;
/** …or the agency, named after the report ("2023年度政府信息公开工作年度报告XX县卫生健康局"). */
const TAIL_AGENCY = /^\W*[一-龥]{2,30}(?:局|委|办|政府|中心|院|所|站|队|会|处|厅|镇|乡|街道|区|县|市|室)\W*$/;
const YEAR = /(\d{4}|[〇零一二三四五六七八九]{4})年度?/g;
const CN_DIGITS = '〇一二三四五六七八九';
const EDGE = /^[\s\[\](){}《》〈〉<>【】〔〕「」『』“”‘’"'、,.:;!?。，：；]+|[\s\[\](){}《》〈〉<>【】〔〕「」『』“”‘’"'、,.:;!?。，：；]+$/g;


/**
 * [clean, normed]: clean is NFKC with whitespace removed (original characters kept, for display
 * and agency names); normed is `norm` of it, char for char, so indices agree.
 */
export function aligned(s: string): [string, string] {
  const c = s.normalize('NFKC').replace(WHITESPACE, '');
  const n = norm(c);
  return n.length === c.length ? [c, n] : [n, n];
}

/** "2023" or "二〇二三" → 2023 when 2008–2035, else null. */
export function toYear(s: string): number | null {
  const y = /^\d{4}$/.test(s) ? +s : +[...s].map((ch) => (ch === '零' ? 0 : CN_DIGITS.indexOf(ch))).join('');
  return y >= 2008 && y <= 2035 ? y : null;
}

/** The first reject word in normalised text (agency names in ALLOW_WORDS excepted), or null. */
export function rejectWord(n: string): string | null {
  for (const a of ALLOW_WORDS) n = n.split(a).join('');
  return REJECT_WORDS.find((w) => n.includes(w)) ?? null;
}

function tidyAgency(s: string): string | null {
  // "关于XX县2023年…年度报告" is the report's own title on some sites: 关于 is not the agency's.
  const t = s.replace(EDGE, '').replace(/^(?:关于|關於)/, '').replace(/(?:关于|的)$/, '').replace(EDGE, '');
  return /[一-龥㐀-䶵]/.test(t) && t.length <= 40 ? t : null;
}

export interface TitleInfo {
  /** The report segment of the title, whitespace collapsed. */
  title: string;
  agency: string | null;
  year: number | null;
  /** Why this segment is not a report (a reject word, or text after the report name), or null. */
  reject: string | null;
  /** Has a year or an agency: a real report's title rather than a column name. */
  strong: boolean;
}

function parseSegment(seg: string, m: RegExpExecArray, c: string, n: string): TitleInfo {
  const end = m.index + m[0].length;
  const tail = n.slice(end);
  const bad = rejectWord(n);
  const reject = bad ?? (TAIL_OK.test(tail) || TAIL_AGENCY.test(tail) ? null : `text after the report name: ${tail}`);
  // 政府 belongs to the agency in "…人民政府信息公开…", to the keyword in "上海市政府信息公开…".
  const preN = n.slice(0, m.index);
  const preC = m[1] === '政府' && preN.endsWith('人民') ? c.slice(0, m.index + 2) : c.slice(0, m.index);
  let year: number | null = null;
  let agency: string | null = null;
  let last: RegExpExecArray | null = null;
  for (const y of preN.matchAll(YEAR)) last = y;
  if (last) {
    year = toYear(last[1]);
    agency = tidyAgency(preC.slice(0, last.index)) ?? tidyAgency(preC.slice(last.index + last[0].length));
  } else {
    if (m[2]) year = toYear(m[2]);
    agency = tidyAgency(preC);
  }
  if (!agency && !bad && TAIL_AGENCY.test(tail)) agency = tidyAgency(c.slice(end));
  // "政府信息公开工作年度报告（2023年）": the year in a note after the name.
  if (year === null && !bad) for (const y of tail.matchAll(YEAR)) year ??= toYear(y[1]);
  return { title: displayText(seg), agency, year, reject, strong: year !== null || agency !== null };
}

/**
 * The report segment of a title: the first segment that is a strong or rejected match, else the
 * first weak one (a column name such as "政府信息公开年报"); null when no segment names a report.
 */
export function parseTitle(raw: string | null | undefined): TitleInfo | null {
  if (!raw) return null;
  let weak: TitleInfo | null = null;
  for (const seg of raw.split(SEP)) {
    if (!seg) continue;
    const [c, n] = aligned(seg);
    const m = REPORT_KEY.exec(n);
    if (!m) continue;
    const info = parseSegment(seg, m, c, n);
    if (info.strong || info.reject) return info;
    weak ??= info;
  }
  return weak;
}

const MAX_TITLE = 300;

/** Looks like a site or frame name ("XX县人民政府", "门户网站", "正文"), not an article title. */
const SITE_LIKE = /(?:网站|门户|网|政府|首页|平台|官网|专栏|频道|信息公开|政务公开|详情|详细信息|正文|内容|页面|文章|预览|委员会|管委会|办公室|局|厅)$/;
export function isSiteLikeTitle(raw: string): boolean {
  // A title no person wrote (keyword stuffing, a whole article pasted in) says no more than a site name.
  if (raw.length > MAX_TITLE) return true;
  const first = raw.split(SEP).find((s) => s.trim()) ?? '';
  // Whitespace and the traditional forms of the suffixes only: no Unicode normalisation here,
  // this runs on every page whose title names no report.
  const n = first.replace(WHITESPACE, '').replace(/[網頁門戶臺員會辦廳]/g, (c) => SITE_TRAD[c] ?? c);
  return n.length < 8 || (n.length <= 24 && !/[\d０-９]/.test(n) && SITE_LIKE.test(n));
}
const SITE_TRAD: Record<string, string> = { 網: '网', 頁: '页', 門: '门', 戶: '户', 臺: '台', 員: '员', 會: '会', 辦: '办', 廳: '厅' };

/**
 * Text normalisation for matching labels; the original text is always kept for display.
 * Pages mix full/half-width forms, split labels over elements, use curly or straight quotes,
 * and some offer a 繁體 toggle, so labels are compared only after `norm`.
 */

/** Traditional → simplified for the characters that occur in report labels and titles. */
const TRAD_FROM =
  '總計處結轉數據請辦開資訊權護務內關實業機構會組織類過執詢項無現補後確認訴訟議複覆維糾審報規範發廢戶許強製費額單萬採購對個體狀況學經營團級縣鄉鎮區廳門統書領導與為應當從產際屬國祕穩擔復繳納給長號歷屆辭盡問題進決裡網頁聞傳專職員訓練錯誤紀錄標準證車勢圍觀覽點擊視頻圖條則價稅財預災獲還這樣閱讀寫擬佈佔並於舉訪來電郵週簽檔匯彙滿緩獨億減増覈訂遞簡稱罰沒繼續動係衛險協調義違隱檢廣場環節勞農醫療園鄰歲藥監頭蓋獎懲測評嚴緊質貿運輸軍鐵氣術藝遺館';
const TRAD_TO =
  '总计处结转数据请办开资讯权护务内关实业机构会组织类过执询项无现补后确认诉讼议复复维纠审报规范发废户许强制费额单万采购对个体状况学经营团级县乡镇区厅门统书领导与为应当从产际属国秘稳担复缴纳给长号历届辞尽问题进决里网页闻传专职员训练错误纪录标准证车势围观览点击视频图条则价税财预灾获还这样阅读写拟布占并于举访来电邮周签档汇汇满缓独亿减增核订递简称罚没继续动系卫险协调义违隐检广场环节劳农医疗园邻岁药监头盖奖惩测评严紧质贸运输军铁气术艺遗馆';

// Quotes and dash-like characters NFKC leaves alone.
const PUNCT: Record<string, string> = {
  '“': '"', '”': '"', '„': '"', '‟': '"', '「': '"', '」': '"', '『': '"', '』': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'",
  '―': '—', '─': '—', '－': '-', '‐': '-', '‑': '-', '‒': '-', '–': '-',
  '．': '.', '、': '、', '〔': '[', '〕': ']', '【': '[', '】': ']',
};

/** Every kind of space pages use (NBSP, ideographic space, zero-width …). */
export const WHITESPACE = /[\s\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
// Built on first use: the content script loads this module on every page but needs it only
// when a title may name a report.
let table: { map: Record<string, string>; re: RegExp } | null = null;
function charTable() {
  if (!table) {
    const map: Record<string, string> = { ...PUNCT };
    [...TRAD_FROM].forEach((c, i) => (map[c] = TRAD_TO[i]));
    table = { map, re: new RegExp(`[${Object.keys(map).join('')}]`, 'g') };
  }
  return table;
}

/**
 * Normalise for matching: NFKC (full-width digits, letters and brackets become half-width),
 * all whitespace removed, traditional label characters simplified, quotes made straight.
 */
export function norm(text: string): string {
  const { re, map } = charTable();
  return text
    .normalize('NFKC')
    .replace(WHITESPACE, '')
    .replace(re, (c) => map[c] ?? c);
}

/** Display form: whitespace runs collapsed to one space and trimmed; nothing else changed. */
export function displayText(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML text or attribute value (every format turned into HTML for the readers uses it). */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

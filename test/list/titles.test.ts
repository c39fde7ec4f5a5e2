import { describe, expect, it } from 'vitest';
import { linkedReport } from '../../lib/detect/page-meta';
import { parseHtml } from '../helpers/fixtures';

/**
 * Link texts of 年报 columns: which are one report (its agency and year) and which are not.
 * `real` rows are titles seen on .gov.cn pages and in public crawlers' data (source noted);
 * `form` rows are the forms sites use, with this suite's invented 龙溪县.
 */
type Row = [text: string, expected: [agency: string | null, year: number | null] | null, source: string];

const REPORTS: Row[] = [
  ['鄂尔多斯市2019年政府信息公开工作年度报告', ['鄂尔多斯市', 2019], 'real: 恩格贝 信息公开年报 column (fixtures/real/ordos-egb-list)'],
  ['鄂尔多斯市人民政府办公室2019年政府信息公开工作年度报告', ['鄂尔多斯市人民政府办公室', 2019], 'real: same column'],
  ['鄂尔多斯市2018年政府信息公开年度报告', ['鄂尔多斯市', 2018], 'real: same column (no 工作)'],
  ['内蒙古自治区2018年政府信息公开工作年度报告', ['内蒙古自治区', 2018], 'real: same column'],
  ['宿州市人民政府2019年政府信息公开工作年度报告（图片版）', ['宿州市人民政府', 2019], 'real: a crawler test'],
  ['上海市黄浦区人民政府2022年政府信息公开工作年度报告（超链版）', ['上海市黄浦区人民政府', 2022], 'real: a report parser fixture'],
  ['上海市黄浦区人民政府2023年政府信息公开工作年度报告.pdf', ['上海市黄浦区人民政府', 2023], 'real: the same, as a file name'],
  ['2022年上海市政府信息公开工作年度报告', ['上海市', 2022], 'real: shanghai.gov.cn (政府 belongs to the keyword)'],
  ['2019年上海市人民政府办公厅政府信息公开工作年度报告', ['上海市人民政府办公厅', 2019], 'real: a crawler menu (year first)'],
  ['国家公务员局2022年政府信息公开工作年度报告', ['国家公务员局', 2022], 'real: a retrieval test (a ministry)'],
  ['宿迁市 2025 年政府信息公开工作年度报告', ['宿迁市', 2025], 'real: a report parser test (spaces from a PDF)'],
  ['宿豫区卫生健康局2024年度政府信息公开工作年度报告', ['宿豫区卫生健康局', 2024], 'real: a department, 年度 twice'],
  ['平潭综合实验区地方税务局2013年信息公开年度报告', ['平潭综合实验区地方税务局', 2013], 'real: fixtures/real/pingtan-dishui-2013 (no 政府)'],
  ['平潭县人民政府2011年政府信息公开工作年度报告', ['平潭县人民政府', 2011], 'real: fixtures/real/pingtan-2011'],
  ['上海市劳动和社会保障局2005年政府信息公开年报', ['上海市劳动和社会保障局', null], 'real: a 2005 report (上海 rules of 2004): agency only, years before 2008 are not read'],
  ['2025年政府信息公开年报', [null, 2025], 'real: 丽江, year only'],
  ['平潭綜合實驗區2019年度政府資訊公開工作年度報告', ['平潭綜合實驗區', 2019], 'form: traditional characters'],
  ['龙溪县2008年政府信息公开工作年度报告', ['龙溪县', 2008], 'form: the first year of the national regulation'],
  ['二〇〇八年度政府信息公开工作年度报告', [null, 2008], 'form: year in Chinese numerals'],
  ['青石镇人民政府2023年政府信息公开工作年度报告', ['青石镇人民政府', 2023], 'form: a town'],
  ['城关街道办事处2023年度政府信息公开工作年度报告', ['城关街道办事处', 2023], 'form: a street office'],
  ['龙溪县2022年政府信息公开工作年报', ['龙溪县', 2022], 'form: 工作年报'],
  ['龙溪县人民政府2023年度政府信息公开年报', ['龙溪县人民政府', 2023], 'form: 年度…年报'],
  ['龙溪县政府信息公开工作年度报告（2023年度）', ['龙溪县', 2023], 'form: the year in a note after the name'],
  ['2023年度政府信息公开工作年度报告龙溪县卫生健康局', ['龙溪县卫生健康局', 2023], 'form: the agency after the name'],
  ['龙溪县人民政府2020年政府信息公开工作年度报告（更正版）', ['龙溪县人民政府', 2020], 'form: corrected version'],
  ['龙溪县2023年政府信息公开工作年度报告[2024-01-20]', ['龙溪县', 2023], 'form: date in brackets inside the link'],
  ['龙溪县2023年政府信息公开工作年度报告2024-01-20', ['龙溪县', 2023], 'form: date inside the link (<a><p>…</p><span>2024-01-20</span></a>)'],
  ['龙溪县2023年政府信息公开工作年度报告 2024/01/20', ['龙溪县', 2023], 'form: date with slashes inside the link'],
  ['龙溪县人民政府2020年政府信息公开工作年度报告...', ['龙溪县人民政府', 2020], 'form: text cut short by the list (定西-style records)'],
  ['龙溪县人民政府2020年政府信息公开工作年度报告…', ['龙溪县人民政府', 2020], 'form: cut short with an ellipsis character'],
];

const NOT_REPORTS: Row[] = [
  ['恩格贝生态示范区召开2020年度工作会暨党风廉政建设会议', null, 'real: news in the 恩格贝 年报 column'],
  ['一图读懂示范区2017年重点工作', null, 'real: same column'],
  ['2021年度政府网站年度工作报表', null, 'real: 定西, another 年度 report kind'],
  ['定西市人民政府办公室关于2021年度履行教育职责自查自评的报告', null, 'real: 定西, a 报告 that is not one'],
  ['国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知', null, 'real: the 2021 format notice'],
  ['2016年政府信息公开工作年度报告展示平台', null, 'real: 中国政府网 page about the reports'],
  ['五 粮 液：2025年年度报告摘要', null, 'real: a listed company (no 公开)'],
  ['定西市工信局关于对省级第二轮环保督察反馈第四项第十三项问题整改完成情...', null, 'real: 定西 record cut short'],
  ['政府信息公开年报', null, 'real: the column link itself (no year, no agency)'],
  ['政府信息公开工作年度报告', null, 'real: a nav link'],
  ['公开年报', null, 'real: 北京 nav link'],
  ['关于做好2023年度政府信息公开工作年度报告编制发布工作的通知', null, 'form: notice'],
  ['关于报送2023年政府信息公开工作年度报告的通知', null, 'form: notice'],
  ['《龙溪县人民政府2023年政府信息公开工作年度报告》解读', null, 'form: 解读'],
  ['龙溪县2023年政府信息公开工作年度报告（政策解读）', null, 'form: 政策解读'],
  ['图解：龙溪县2023年政府信息公开工作年度报告', null, 'form: 图解'],
  ['一图读懂龙溪县人民政府2022年政府信息公开工作年度报告', null, 'form: 一图读懂'],
  ['关于龙溪县2023年政府信息公开工作年度报告的说明', null, 'form: 说明'],
  ['龙溪县2023年政府信息公开工作年度报告目录', null, 'form: 目录'],
  ['龙溪县2023年政务公开工作要点', null, 'form: 工作要点'],
  ['龙溪县政府信息公开指南', null, 'form: 指南'],
  ['龙溪县2023年部门决算公开', null, 'form: 决算'],
  ['龙溪县统计局2023年统计年报', null, 'form: 统计年报'],
  ['龙溪县2024年部门预算信息公开说明', null, 'form: 预算'],
  ['龙溪大学2022-2023学年信息公开工作年度报告', null, 'form: a university (学年)'],
  ['Annual Report on Government Information Disclosure of Longxi County 2023', null, 'form: English (the checker reads the Chinese tables)'],
];

/** A link as a column shows it: text, and the full title in `title` when the text is cut short. */
function link(text: string, title?: string): Element {
  const doc = parseHtml('<a href="./t1.html"></a>', 'http://www.lx.gov.cn/zwgk/nb/');
  const a = doc.querySelector('a')!;
  a.textContent = text;
  if (title) a.setAttribute('title', title);
  return a;
}

describe('link texts that are one report: agency and year', () => {
  it.each(REPORTS)('%s', (text, expected) => {
    const p = linkedReport(link(text));
    expect(p && [p.agency, p.year]).toEqual(expected);
  });
});

describe('link texts that are not a report', () => {
  it.each(NOT_REPORTS)('%s', (text) => {
    expect(linkedReport(link(text))).toBeNull();
  });
});

describe('a title cut short in the text and given whole in `title`', () => {
  it('reads the report from the title attribute (real: 福州住房公积金管理中心)', () => {
    const p = linkedReport(link('福州住房公积金管理中心2017年...', '福州住房公积金管理中心2017年度政府信息公开工作年度报告'));
    expect(p && [p.agency, p.year]).toEqual(['福州住房公积金管理中心', 2017]);
  });
  it('a cut 解读 is still not a report', () => {
    expect(linkedReport(link('《龙溪县人民政府2023年政府信息公开...', '《龙溪县人民政府2023年政府信息公开工作年度报告》解读'))).toBeNull();
  });
});

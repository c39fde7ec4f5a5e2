/**
 * Where each detector must fire and must not, in the style of github-url-detection: the
 * executable documentation of `detectReport`. Test-only (never imported by the content script).
 *
 * A string is a title: the test puts it in <title>, in <meta name="ArticleTitle"> and in an <h1>
 * under a site-name title. An object is a whole page (`html`).
 *
 * Decisions documented here:
 * - A 解读 / 图解 / 一图读懂 page is NOT a report: it restates a few figures around the report,
 *   has no template tables, and checking it would only produce structure.missing findings.
 *   The report itself is usually linked from it.
 * - Enterprise "信息公开工作年度报告" (公司, 集团, 股份 …) and university 学年 reports are not
 *   government reports: they do not follow the national template.
 * - A title whose report name is followed by other words ("…年度报告发布", "…年度报告编制工作会")
 *   is news about a report, not the report. Brackets ("（更正版）", "（全文）") and an agency name
 *   after the report name are allowed.
 * - A column/list page (≥ 3 links naming reports, no section headings and no 表三) is not a report.
 */

export interface PageExample {
  note: string;
  html: string;
}
export type Example = string | PageExample;

/** 表三's header and first rows as pasted from Word (split labels, &nbsp;, <o:p>). */
export const TABLE3_HTML = `<table border="1"><tbody>
<tr><td rowspan="3" colspan="3"><p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></td>
<td colspan="7"><p><span>申请人情况</span><o:p></o:p></p></td></tr>
<tr><td rowspan="2"><p>自然</p><p>人</p></td><td colspan="5"><p>法人或其他组织</p></td><td rowspan="2"><p>总计</p></td></tr>
<tr><td><p>商业</p><p>企业</p></td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3"><p>一、本年新收政府信息公开申请数量</p></td><td>36</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>36</td></tr>
<tr><td colspan="3"><p>二、上年结转政府信息公开申请数量</p></td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="3"><p>四、结转下年度继续办理</p></td><td>&nbsp;0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
</tbody></table>`;

/** 表三 in 繁體 (a site's 繁體 toggle). */
export const TABLE3_TRAD_HTML = TABLE3_HTML.replace('申请人情况', '申請人情況')
  .replace('一、本年新收政府信息公开申请数量', '一、本年新收政府信息公開申請數量')
  .replace('四、结转下年度继续办理', '四、結轉下年度繼續辦理');

const NAV = `<div class="header"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/tzgg/">通知公告</a><a href="/zwgk/zfxxgk/zfxxgknb/">政府信息公开年报</a></div>`;
const REPORT_BODY = `<div class="TRS_Editor"><p>本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。</p>
<p>一、总体情况</p><p>2023年，我局认真贯彻落实《条例》，全年主动公开政府信息1200条。</p><p>二、主动公开政府信息情况</p>${TABLE3_HTML}</div>`;
const listItem = (t: string, i: number) => `<li><a href="./202${i}01/t202${i}0120_${i}.html" title="${t}">${t}</a><span>202${i}-01-20</span></li>`;

export const examples: Record<'isReport', { fire: Example[]; notFire: Example[] }> = {
  isReport: {
    fire: [
      '平潭综合实验区2025年度政府信息公开工作年度报告_政府信息公开年报_平潭综合实验区党工委管委会',
      '五华县人民政府2020年政府信息公开工作年度报告',
      '五华县人民政府 2020 年政府信息公开 工作年度报告',
      '伊川县人民政府2020年政府信息公开工作年度报告',
      '靖远县人民政府信息公开工作2019年度报告',
      '安化县人民政府2021年信息公开工作年度报告',
      '芙蓉镇 2020 年政府信息公开工作年度报告',
      '2022年上海市政府信息公开工作年度报告',
      '沭阳县发展和改革局2023年政府信息公开年度报告',
      '北京市人民政府办公厅2023年政府信息公开工作年度报告 - 首都之窗 - 北京市人民政府门户网站',
      '国家税务总局广州市税务局2022年政府信息公开工作年度报告|广州市税务局',
      '广州市天河区人民政府2021年政务信息公开年度报告',
      '长沙市开福区2020年政府信息公开年报',
      '杭州市西湖区人民政府2012年政府信息公开工作年度报告',
      '2008年度南京市政府信息公开工作年度报告',
      '上海市统计局2023年政府信息公开工作年度报告',
      '惠州市市场监督管理局2023年度政府信息公开工作年度报告（更正版）',
      '2023年度政府信息公开工作年度报告（衡阳市教育局）',
      '２０２４年度湘潭县政府信息公开工作年度报告',
      '二〇二三年度宁乡市卫生健康局政府信息公开工作年度报告',
      '广州市委机构编制委员会办公室2023年政府信息公开工作年度报告',
      '平潭綜合實驗區2025年度政府信息公開工作年度報告',
      '深圳市福田區2022年政府信息公開工作年度報告_福田政府在線',
      '宁波市人民政府办公厅2024年度政府信息公开年度报告',
      '湖南省人民政府2019年政府信息公开工作年度报告 - 湖南省人民政府门户网站',
      {
        note: 'frame document holding only the tables (no title at all)',
        html: `<html><head><title></title></head><body>${TABLE3_HTML}</body></html>`,
      },
      {
        note: 'frame document, 繁體, titled "正文", tables after a long preface',
        html: `<html><head><title>正文</title></head><body><p>${'全年主动公开政府信息一千二百条。'.repeat(300)}</p>${TABLE3_TRAD_HTML}</body></html>`,
      },
      {
        note: 'site-name title; the report title only in a styled div, then 一、总体情况',
        html: `<html><head><title>蓝山县人民政府门户网站</title></head><body>${NAV}<div class="bt_title">蓝山县2023年政府信息公开工作年度报告</div><div><p>一、总体情况</p><p>2023年，蓝山县……</p></div></body></html>`,
      },
      {
        note: 'column-name title, but the page is the report (section headings and 表三)',
        html: `<html><head><title>政府信息公开年报_XX县人民政府</title></head><body>${NAV}${REPORT_BODY}</body></html>`,
      },
      {
        note: 'report with "related reports" links beside it is still a report',
        html: `<html><head><title>XX县人民政府2023年政府信息公开工作年度报告_XX县人民政府</title></head><body>${NAV}${REPORT_BODY}<ul class="xglj">${['XX县人民政府2022年政府信息公开工作年度报告', 'XX县人民政府2021年政府信息公开工作年度报告', 'XX县人民政府2020年政府信息公开工作年度报告'].map(listItem).join('')}</ul></body></html>`,
      },
      {
        note: 'report that is only an attachment link',
        html: `<html><head><title>XX县审计局2023年政府信息公开工作年度报告</title></head><body>${NAV}<div class="article_content"><p>附件：<a href="/uploadfiles/2024/01/XX县审计局2023年政府信息公开工作年度报告.pdf">XX县审计局2023年政府信息公开工作年度报告.pdf</a></p></div></body></html>`,
      },
    ],
    notFire: [
      '关于2023年度政府信息公开工作年度报告的通知',
      '中华人民共和国政府信息公开工作年度报告格式',
      '国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知',
      '关于做好2023年度政府信息公开工作年度报告编制和发布工作的通知',
      '關於做好2023年度政府信息公開工作年度報告編製發佈工作的通知',
      '2023年政府信息公开工作年度报告（目录）',
      'XX县2023年度政府信息公开工作年度报告解读',
      '图解：XX市2022年政府信息公开工作年度报告',
      '一图读懂XX区2023年政府信息公开工作年度报告',
      '国网XX供电公司2023年信息公开工作年度报告',
      'XX银行股份有限公司2023年年度报告',
      'XX公司2023年年度报告',
      'XX大学2022-2023学年信息公开工作年度报告',
      '2023年XX市国民经济和社会发展统计公报',
      'XX县2023年政府工作报告',
      'XX局2023年法治政府建设年度报告',
      'XX县2023年政务公开工作要点',
      'XX市2022年度政府信息公开工作年度报告第三方评估报告',
      '关于2022年度政府信息公开工作年度报告发布情况的通报',
      'XX县2023年各部门政府信息公开工作年度报告汇总',
      'XX市统计年鉴2023',
      'XX县2024年部门预算公开',
      '2023年度XX局部门决算',
      '政府信息公开工作年度报告编制培训会在我县召开',
      '2023年XX市政府信息公开工作年度报告发布',
      'XX县人民政府关于2023年度政府信息公开工作年度报告的更正说明',
      'XX市2023年政府信息公开工作年度报告（征求意见稿）',
      'XX区2021年度政府信息公开工作年度报告考核结果',
      'XX市人民政府关于印发2024年政务公开工作要点的通知',
      'XX集团有限公司2023年度社会责任报告',
      {
        note: 'column/list page: many links to reports, no report body',
        html: `<html><head><title>政府信息公开年报_XX县人民政府</title></head><body>${NAV}<div class="content"><ul>${['XX县人民政府2023年政府信息公开工作年度报告', 'XX县人民政府2022年政府信息公开工作年度报告', 'XX县人民政府2021年政府信息公开工作年度报告', 'XX县发展和改革局2023年政府信息公开工作年度报告'].map(listItem).join('')}</ul></div></body></html>`,
      },
      {
        note: 'list page titled like one report',
        html: `<html><head><title>2023年政府信息公开工作年度报告_XX市人民政府</title></head><body>${NAV}<div class="content"><ul>${['XX市财政局2023年政府信息公开工作年度报告', 'XX市教育局2023年政府信息公开工作年度报告', 'XX市民政局2023年政府信息公开工作年度报告'].map(listItem).join('')}</ul></div></body></html>`,
      },
      {
        note: 'news with statistics tables',
        html: `<html><head><title>XX市2023年一季度经济运行情况_XX市统计局</title></head><body>${NAV}<div class="TRS_Editor"><p>一、总体情况</p><table><tr><td>指标</td><td>本季度</td><td>同比增长</td></tr><tr><td>地区生产总值</td><td>123.4</td><td>5.1%</td></tr></table></div></body></html>`,
      },
      {
        note: 'site home page (site-name title, nav tables, no report)',
        html: `<html><head><title>XX县人民政府门户网站</title></head><body>${NAV}<table><tr><td><a href="/a">XX县召开常务会议</a></td></tr></table><h2>政务公开</h2><p>一、总体情况</p></body></html>`,
      },
      {
        note: 'frame titled "正文" holding a notice about the reports',
        html: `<html><head><title>正文</title></head><body><p>各乡镇、各部门：现将《关于做好2023年度政府信息公开工作年度报告编制工作的通知》转发给你们。</p><p>一、总体情况</p></body></html>`,
      },
    ],
  },
};

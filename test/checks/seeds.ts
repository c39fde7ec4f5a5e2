import { active, applications, report, reviewLitigation } from './build';

/**
 * The seed reports of /work/shared/seeds as models (figures copied from the pages), with the
 * sentences of their prose that state figures.
 */
const Z = [0, 0, 0, 0, 0, 0, 0];
const only = (n: number) => [n, 0, 0, 0, 0, 0, n];

/** 安化县 2021 (001): （七）总计 is 0 everywhere while its parts sum to 36. */
export const anhua = () =>
  report({
    agency: '安化县人民政府',
    year: 2021,
    format: '2021',
    active: active('2021', [0, 0, 0, 19, 8, 88, 21719, 77236, 77, 6266.18]),
    applications: applications('2021', {
      newReceived: only(36),
      granted: only(27),
      'denied.stateSecret': only(1),
      'denied.enforcementFile': only(2),
      'denied.queryMatter': only(1),
      'unavailable.notHeld': only(2),
      'other.noCorrection': only(3),
      resultTotal: Z,
    }),
    reviewLitigation: reviewLitigation([15, 13, 13, 1, 42, 1, 0, 3, 0, 4, 1, 0, 2, 1, 4]),
  });
export const anhuaNarrative =
  '二是及时回复依申请公开。全年收到并答复依申请公开政府信息申请36例,完成行政复议42次。三是积极开展宣传月活动。\n' +
  '12345热线办理渠道畅通,全年受理热线电话约5000余个,受理市长热线工单7565件次,接待上访群众约200人次。\n' +
  '全年政府门户网站发布各类信息稿件44882篇,其中政府网主站发布新闻5164篇,县长热线答复群众咨询238次。';

/** 靖远县 2019 (003): the same pattern with 8 (6 予以公开 + 2 国家秘密). */
export const jingyuan = () =>
  report({
    agency: '靖远县人民政府',
    year: 2019,
    format: '2019',
    active: active('2019', [
      0, 0, 0, 5, 5, 5,
      390, [-3, '-3'], 3752, 626, [-11, '-11'], 312385,
      1947, [3, '+3'], 1176, 148, [4, '+4'], 0,
      36, [-2, '减2'],
      135, [43138, '43138万元'],
    ]),
    applications: applications('2019', { newReceived: only(8), granted: only(6), 'denied.stateSecret': only(2) }),
    reviewLitigation: reviewLitigation(Array(15).fill(0)),
  });
export const jingyuanNarrative =
  '今年政府信息公开平台上主动公开政府信息数2502条。其中政府网站公开政府信息数1148条，各乡镇公开202条、各部门单位公开201条,留言办理总件数285件，办结数204件。\n' +
  '（二）依申请公开情况。建立完善了依申请公开制度、网上申请专栏，按规定程序受理、审核、处理和答复。2019年，接到依申请公开事项8次且已处理。';

/** 五华县 2020 (000): consistent. */
export const wuhua = () =>
  report({
    agency: '五华县人民政府',
    year: 2020,
    format: '2019',
    active: active('2019', [
      0, 0, 0, 9, 9, 9,
      1094, [-475, '-475'], 20916, 470, [453, '+453'], 31187,
      4905, [59, '+59'], 11492, 255, [10, '+10'], 5610,
      37, [1, '+1'],
      2974, [51447.2, '51447.2 万元'],
    ]),
    applications: applications('2019', {
      newReceived: only(36),
      granted: only(27),
      'denied.stateSecret': only(1),
      'denied.safetyStability': only(1),
      'unavailable.notHeld': only(4),
      'unavailable.unclear': only(1),
      other: only(2),
      resultTotal: only(36),
    }),
    reviewLitigation: reviewLitigation([5, 0, 1, 0, 6, 9, 1, 0, 1, 11, 4, 0, 0, 0, 4]),
  });
export const wuhuaNarrative =
  '2020年以来,五华县受理依申请公开36件,全部为自然人提出申请,没有收到法人或其他组织提出的信息公开申请,均在法定期限内予以答复,且行政\n\n诉讼机关没有收到政府信息公开为由提起的行政诉讼。\n' +
  '目前，我县政府系统有各类政务新媒体账号 27 个。并结合实际在县人民政府门户网站下设 42 个信息公开子频道，分别由 16 个乡镇、26 个县直有关单位进行管理。';

/** 伊川县 2020 (002): consistent. */
export const yichuan = () =>
  report({
    agency: '伊川县人民政府',
    year: 2020,
    format: '2019',
    active: active('2019', [0, 0, 0, 12, 12, 35, 204, 49, 49822, 388, 0, 961, 2298, 279, 28334, 50, 13, 693, 33, 0, 234, 94430]),
    applications: applications('2019', {
      newReceived: [2, 21, 0, 0, 4, 0, 27],
      granted: [1, 21, 0, 0, 3, 0, 25],
      partiallyGranted: [0, 0, 0, 0, 1, 0, 1],
      'denied.internalAffairs': only(1),
      resultTotal: [2, 21, 0, 0, 4, 0, 27],
    }),
    reviewLitigation: reviewLitigation(Array(15).fill(0)),
  });
export const yichuanNarrative =
  '结合实际统一答复模板，规范申请答复。一年共办理各类政府信息公开申请27件，全部答复完毕。\n' +
  '先后组织2次、参加100余人次政务公开工作业务培训。';

/** 平潭 (from the brief): its prose and the table cells it states. */
export const pingtanNarrative =
  '全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。全年办理因政府信息公开申请引发的行政复议36起，行政诉讼9起。';
export const pingtan = () =>
  report({
    agency: '平潭综合实验区管理委员会',
    year: 2025,
    format: '2021',
    active: active('2021', [0, 0, 0, 3, 1, 20, 100, 50, 2, 0]),
    applications: applications('2021', {
      newReceived: [150, 4, 0, 0, 0, 0, 154],
      granted: [100, 4, 0, 0, 0, 0, 104],
      'unavailable.notHeld': only(44),
      resultTotal: [144, 4, 0, 0, 0, 0, 148],
      carriedForward: only(6),
    }),
    reviewLitigation: reviewLitigation([20, 6, 5, 5, 36, 2, 1, 1, 2, 6, 1, 1, 0, 1, 3]),
  });

/**
 * Which bodies cannot make 规章: only the State Council's departments and the governments of
 * provinces, 设区的市 and 自治州 can (立法法). The name shows county level or below by one of
 * these words; each entry lists the look-alikes that are not a level (城乡建设, 自治区 …).
 */
export interface LevelPattern {
  level: string;
  re: RegExp;
}

export const BELOW_RULE_MAKING: LevelPattern[] = [
  { level: '县', re: /县(?!级市)/ },
  { level: '旗', re: /旗/ },
  // 城乡建设, 乡村振兴 and 乡镇企业 bureaus exist at every level.
  { level: '乡', re: /(?<!城)乡(?!村|镇企业)/ },
  { level: '镇', re: /(?<![城乡])镇/ },
  { level: '街道', re: /街道/ },
  // 自治区 is a province; 区域 is not a place.
  { level: '区', re: /(?<!自治)区(?!域)/ },
];

/** The first level word the agency's name shows, or null (null also for an unknown agency). */
export function belowRuleMakingLevel(agency: string | null | undefined): string | null {
  if (!agency) return null;
  return BELOW_RULE_MAKING.find((p) => p.re.test(agency))?.level ?? null;
}

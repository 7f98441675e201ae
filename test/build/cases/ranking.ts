/**
 * Excel-shaped calls of PERF.RANK, RANKS, QUOTA and AWARD, run against the BUILT bundle by the
 * build test (and against the implementations by test/functions/ranking/cases.test.ts).
 * Ranges are 2-D arrays; omitted optional arguments are null; blanks inside ranges are "" or
 * null; a blank single cell is null on the web and 0 on desktop Excel.
 */
export type BuildCase = {
  id: string;
  args: unknown[];
  expect: unknown | { error: 'value' | 'na'; messageIncludes?: string };
};

const SCORES = [[95], [90], [''], [90], [null], [80]];
const GROUPS = [['一类'], ['二类'], ['一类'], ['一类'], ['二类'], ['二类']];
const TIERS = [
  ['一等奖', 1, '优秀'],
  ['二等奖', 2, '良好'],
  ['三等奖', 2, '良好'],
];

export const cases: BuildCase[] = [
  // RANK(score, scores, [group], [groups], [method])
  { id: 'RANK', args: [90, SCORES, null, null, null], expect: 2 },
  { id: 'RANK', args: [80, SCORES, null, null, null], expect: 4 },
  { id: 'RANK', args: [80, SCORES, null, null, 1], expect: 3 },
  { id: 'RANK', args: [80, SCORES, null, null, '中国式'], expect: 3 },
  { id: 'RANK', args: ['９０分', [[95, '90分', 80]], null, null, null], expect: 2 },
  { id: 'RANK', args: [90, SCORES, '一类', GROUPS, null], expect: 2 },
  { id: 'RANK', args: [80, SCORES, '二类', GROUPS, 0], expect: 2 },
  { id: 'RANK', args: [[[90, 35]], [[90, 30], [90, 35], [95, 10]], null, null, null], expect: 2 },
  { id: 'RANK', args: [85, SCORES, null, null, null], expect: { error: 'na', messageIncludes: '得分 85 不在' } },
  { id: 'RANK', args: [null, SCORES, null, null, null], expect: { error: 'na', messageIncludes: '得分为空：尚未填写' } },
  // Desktop passes a blank score cell as 0: not in the list → #N/A with the desktop hint.
  { id: 'RANK', args: [0, SCORES, null, null, null], expect: { error: 'na', messageIncludes: '空白单元格当作 0' } },
  // A blank group cell: web null → #N/A 分类为空; desktop 0 → group "0" has no such score → #N/A.
  { id: 'RANK', args: [90, SCORES, null, GROUPS, null], expect: { error: 'na', messageIncludes: '分类为空' } },
  { id: 'RANK', args: [90, SCORES, 0, GROUPS, null], expect: { error: 'na', messageIncludes: '分类“0”' } },
  { id: 'RANK', args: [90, SCORES, '一类', [['一类'], ['二类']], null], expect: { error: 'value', messageIncludes: '分类有 2 个' } },
  { id: 'RANK', args: [90, [[95], ['缺考']], null, null, null], expect: { error: 'value', messageIncludes: '缺考' } },
  { id: 'RANK', args: [90, SCORES, null, null, 5], expect: { error: 'value', messageIncludes: '排名方式' } },

  // RANKS(scores, [groups], [method])
  { id: 'RANKS', args: [SCORES, null, null], expect: [[1], [2], [''], [2], [''], [4]] },
  { id: 'RANKS', args: [SCORES, null, 1], expect: [[1], [2], [''], [2], [''], [3]] },
  { id: 'RANKS', args: [SCORES, GROUPS, null], expect: [[1], [1], [''], [2], [''], [2]] },
  { id: 'RANKS', args: [[[80, 95, '', 90]], null, null], expect: [[3, 1, '', 2]] },
  { id: 'RANKS', args: [[[90, 30], [90, 35], [95, 10], [90, null]], null, null], expect: [[3], [2], [1], ['']] },
  { id: 'RANKS', args: [SCORES, [['一类']], null], expect: { error: 'value', messageIncludes: '得分有 6 个' } },

  // QUOTA(count, share, [rounding])
  { id: 'QUOTA', args: [7, 0.4, null], expect: 3 },
  { id: 'QUOTA', args: [10, 0.25, null], expect: 3 },
  { id: 'QUOTA', args: [10, '25%', 0], expect: 3 },
  { id: 'QUOTA', args: [7, 0.4, 1], expect: 2 },
  { id: 'QUOTA', args: [7, 0.2, 2], expect: 2 },
  { id: 'QUOTA', args: [7, 0.4, '向下'], expect: 2 },
  { id: 'QUOTA', args: [7, 40, null], expect: { error: 'value', messageIncludes: '40%' } },
  { id: 'QUOTA', args: [7.5, 0.4, null], expect: { error: 'value', messageIncludes: '参评单位数' } },
  { id: 'QUOTA', args: [null, 0.4, null], expect: { error: 'na', messageIncludes: '参评单位数为空' } },
  { id: 'QUOTA', args: [7, null, null], expect: { error: 'na', messageIncludes: '比例为空' } },
  // Desktop blanks are 0: 0 units or a 0% share give 0 places.
  { id: 'QUOTA', args: [0, 0.4, null], expect: 0 },
  { id: 'QUOTA', args: [7, 0, null], expect: 0 },

  // AWARD(rank, grade, tiers, [eligible], [bands])
  { id: 'AWARD', args: [1, '优秀', TIERS, null, null], expect: '一等奖' },
  { id: 'AWARD', args: [3, '良好', TIERS, null, null], expect: '二等奖' },
  { id: 'AWARD', args: [1, '良好', TIERS, null, null], expect: '' },
  { id: 'AWARD', args: [6, '优秀', TIERS, null, null], expect: '' },
  { id: 'AWARD', args: [4, '优秀', TIERS, '否', null], expect: '' },
  { id: 'AWARD', args: [4, '优秀', TIERS, true, null], expect: '三等奖' },
  { id: 'AWARD', args: [2, '合格', [['一等奖', 1, '优秀'], ['二等奖', 1, '合格']], null, '优秀:95,合格:75,不合格'], expect: '二等奖' },
  { id: 'AWARD', args: [2, '合格', [['一等奖', 1, '优秀'], ['二等奖', 1, '合格']], null, [[95, '优秀'], [75, '合格'], ['', '不合格']]], expect: '二等奖' },
  { id: 'AWARD', args: [1, '合格', TIERS, null, null], expect: { error: 'value', messageIncludes: '优秀、良好、一般、较差' } },
  { id: 'AWARD', args: [1, '优秀', [['一等奖', 1, '特优']], null, null], expect: { error: 'value', messageIncludes: '特优' } },
  { id: 'AWARD', args: [1, '优秀', [['综合奖', '40%', '优秀']], null, null], expect: { error: 'value', messageIncludes: 'QUOTA' } },
  // A blank rank: web null → #N/A 尚未排名; desktop 0 → #VALUE! explaining the 0.
  { id: 'AWARD', args: [null, '优秀', TIERS, null, null], expect: { error: 'na', messageIncludes: '名次为空：尚未排名' } },
  { id: 'AWARD', args: [0, '优秀', TIERS, null, null], expect: { error: 'value', messageIncludes: '名次为 0' } },
  // A blank grade: web null → #N/A; desktop 0 → #VALUE! (“0” is not a grade) with the hint.
  { id: 'AWARD', args: [1, null, TIERS, null, null], expect: { error: 'na', messageIncludes: '等次为空' } },
  { id: 'AWARD', args: [1, 0, TIERS, null, null], expect: { error: 'value', messageIncludes: '空白单元格当作 0' } },
  // A blank eligibility cell: web null = omitted → eligible; desktop 0 → not eligible.
  { id: 'AWARD', args: [1, '优秀', TIERS, null, null], expect: '一等奖' },
  { id: 'AWARD', args: [1, '优秀', TIERS, 0, null], expect: '' },
  // A blank bands cell: web null → default bands; desktop 0 → #VALUE! (a lone number is not bands).
  { id: 'AWARD', args: [1, '优秀', TIERS, null, [[null]]], expect: '一等奖' },
  { id: 'AWARD', args: [1, '优秀', TIERS, null, 0], expect: { error: 'value', messageIncludes: '等次表 0 不是等次设置' } },
];

import { defaultScheme } from '../../src/engine/scheme/defaults';
import type { Scheme } from '../../src/engine/scheme/types';
import type { CellValue } from '../../src/engine/cell';
import type { SheetPlan } from '../../src/sheet/plan';
import type { SheetData } from '../../src/sheet/source-table';
import type { Warning } from '../../src/sheet/warning';

export const ECON = '经济调节和经济管理类';
export const SOCIAL = '社会管理和政务管理类';
export const MARKET = '市场监管和执法监管类';

/** Seed 002 §二–§四: city departments, three categories, 综合奖 40/20/20 from 优秀, 单项奖 from 良好, nested weights. */
export function seed002Departments(): Scheme {
  const s = defaultScheme();
  return {
    ...s,
    name: '市政府工作部门绩效评估方案',
    components: [
      { name: '基础工作评估', weight: '3' },
      { name: '跟踪评估', weight: '6', children: [{ name: '定期调度', weight: '3' }, { name: '实地踏查', weight: '3' }] },
      { name: '自我评估', weight: '1' },
      { name: '职能部门共性工作目标评估', weight: '9', column: '共性工作目标评估' },
      {
        name: '民主评估',
        weight: '15',
        children: [
          { name: '市级', weight: '5' },
          { name: '县(区)政府负责同志', weight: '2' },
          { name: '县(区)部门代表', weight: '3' },
          { name: '企事业单位和群众代表', weight: '2' },
          { name: '服务对象', weight: '3' },
        ],
      },
      { name: '评估组重点工作目标评估', weight: '36' },
      {
        name: '市政府领导加权评估',
        weight: '30',
        children: [
          { name: '市长', weight: '15' },
          { name: '副市长、秘书长、市长助理', weight: '10' },
          { name: '副秘书长', weight: '5' },
        ],
      },
    ],
    ranking: { method: 'competition', byCategory: true, tieBreak: ['评估组重点工作目标评估'] },
    categories: [ECON, SOCIAL, MARKET],
    awards: [
      { kind: 'places', categories: [], tiers: [{ name: '综合奖', count: { [ECON]: '40%', [SOCIAL]: '20%', [MARKET]: '20%' }, minGrade: '优秀' }] },
      { kind: 'single', name: '招商引资奖', area: '招商引资', eligible: ['发改委', '商务局', '工信局', '经合局'], count: '1', minGrade: '良好', rankBy: '招商引资贡献' },
      { kind: 'single', name: '固定资产投资和项目建设奖', area: '固定资产投资和项目建设', eligible: ['发改委', '住建局', '交通局', '国土局', '工信局'], count: '2', minGrade: '良好', rankBy: null },
      { kind: 'single', name: '民生工作奖', area: '民生工作', eligible: ['民政局', '人社局', '教育局', '卫生局'], count: '25%', minGrade: '良好', rankBy: '民生工作贡献' },
      { kind: 'single', name: '争创“五城”奖', eligible: [], count: '1', minGrade: '良好', rankBy: null },
    ],
    awardSettings: { quotaRounding: 'half-up', vacancy: 'empty', exclusive: true, maxSinglePerUnit: null },
  };
}

/** Seed 002 §三(二): a city department's points budget, 重点 80 + 共性 20 whose items add up to 22 (the seed's own mistake). */
export function seed002DepartmentPoints(): Scheme {
  return {
    ...defaultScheme(),
    name: '市政府工作部门评估指标体系',
    weightUnit: 'points',
    components: [
      { name: '重点工作目标', weight: '80' },
      {
        name: '共性工作目标',
        weight: '20',
        children: [
          { name: '遵纪守法', weight: '2' },
          { name: '专项资金使用', weight: '2' },
          { name: '会风文风', weight: '2' },
          { name: '能力建设', weight: '3' },
          { name: '信访', weight: '2' },
          { name: '议案提案', weight: '2' },
          { name: '市长公开电话办理', weight: '2' },
          { name: '应急值守', weight: '2' },
          { name: '依法行政', weight: '3' },
          { name: '普法', weight: '2' },
        ],
      },
    ],
  };
}

/** Seed 004 篇一: a township, 80/20 with inspection deductions capped at 3, bands 90/85/75, a veto cancels awards. */
export function seed004Township(): Scheme {
  return {
    ...defaultScheme(),
    name: '乡镇绩效评估实施方案',
    components: [
      { name: '指标考核', weight: '80' },
      { name: '公众评议', weight: '20' },
    ],
    bands: [
      { label: '优', min: '90' },
      { label: '良好', min: '85', max: '90' },
      { label: '一般', min: '75', max: '85' },
      { label: '差', min: null, max: '75' },
    ],
    deductionCap: '3',
    decimals: 2,
    ranking: { method: 'dense', byCategory: false, tieBreak: [] },
    veto: { effect: 'exclude' },
    awards: [{ kind: 'places', categories: [], tiers: [{ name: '奖励', count: '100%', minGrade: '良好' }] }],
    awardSettings: { quotaRounding: 'down', vacancy: 'pass-down', exclusive: false, maxSinglePerUnit: 1 },
    distribution: [{ grade: '优', maxShare: '20%', scope: 'all', rounding: 'down', ties: 'include' }],
  };
}

/** Seed 002 §四(四) counties: 一等奖 1 (优秀), 二等奖 2 and 三等奖 2 (良好 or better). */
export function seed002Counties(): Scheme {
  return {
    ...defaultScheme(),
    name: '县(区)政府绩效评估方案',
    ranking: { method: 'competition', byCategory: false, tieBreak: [] },
    awards: [
      {
        kind: 'places',
        categories: [],
        tiers: [
          { name: '一等奖', count: '1', minGrade: '优秀' },
          { name: '二等奖', count: '2', minGrade: '良好' },
          { name: '三等奖', count: '2', minGrade: '良好' },
        ],
      },
    ],
  };
}

/** What a host hands back after writing a plan: the plain values, merges, PERF's mark. */
export function planToSheet(plan: SheetPlan): SheetData {
  return {
    name: plan.name,
    values: plan.rows.map((r) => r.map((c) => c.value as CellValue)),
    merges: plan.merges,
    perfKind: plan.kind,
  };
}

/** "方案!C7" → [row, col], 0-based. */
export function parseAddress(addr: string): [number, number] {
  const m = /!([A-Z]+)(\d+)$/.exec(addr);
  if (!m) throw new Error(`not an address: ${addr}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

export function setCell(sheet: SheetData, addr: string, value: CellValue): void {
  const [r, c] = parseAddress(addr);
  while (sheet.values.length <= r) sheet.values.push([]);
  const row = sheet.values[r];
  while (row.length <= c) row.push(null);
  row[c] = value;
}

export function getCell(sheet: SheetData, addr: string): CellValue {
  const [r, c] = parseAddress(addr);
  return sheet.values[r]?.[c];
}

/** The 0-based row whose first cell is `text` (the first one at or after `from`). */
export function rowOf(sheet: SheetData, text: string, from = 0): number {
  for (let r = from; r < sheet.values.length; r++) if (sheet.values[r]?.[0] === text) return r;
  throw new Error(`no row starting with ${text}`);
}

/** The 0-based row whose cell in column `col` is `text`. */
export function rowWhere(sheet: SheetData, col: number, text: CellValue, from = 0): number {
  for (let r = from; r < sheet.values.length; r++) if (sheet.values[r]?.[col] === text) return r;
  throw new Error(`no row with ${String(text)} in column ${col}`);
}

/** Problems without a 方案 cell: `cell` is "" and the message starts with the JSON path. The paths (a cell shows up as "cell …"). */
export function pathsOf(list: readonly Warning[]): string[] {
  return list.map((w) => (w.cell === '' ? w.message.split(' ')[0] : `cell ${w.cell}`));
}

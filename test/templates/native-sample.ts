import { defaultScheme } from '../../src/engine/scheme/defaults';
import type { Scheme } from '../../src/engine/scheme/types';
import type { PlanCell, SheetPlan, WritePlan } from '../../src/sheet/plan';
import { schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { cappedFormula, gradeFormula, rankFormula, weightedTotalFormula } from '../../src/sheet/native';

/**
 * The native-formula sample of README.md (section “原生公式样例”): eight units, 指标考核 80% +
 * 公众评议 20%, deduction capped by 方案 (3), bonus capped by 方案 (3), bands 90/80/60 from
 * PERF_等次表, 保留小数 blank (6 places).
 */
export const NATIVE_ROWS: [string, string, number | null, number | null, number | null, number | null, string | null][] = [
  ['甲一', '甲', 90, 90, null, null, null],
  ['甲二', '甲', 75.21, 99.16, null, null, null],
  ['甲三', '甲', 85, 65, 4, null, null],
  ['甲四', '甲', 90, 90, null, null, '是'],
  ['乙一', '乙', 60, 70, null, 2, null],
  ['乙二', '乙', 59.5, 60, null, null, null],
  ['乙三', '乙', 55, 100, null, null, null],
  ['乙四', '乙', 70, null, null, null, null],
];

export function nativeScheme(): Scheme {
  return { ...defaultScheme(), name: '原生公式样例', deductionCap: '3', bonusCap: '3' };
}

const FIRST = 2; // 1-based row of the first unit
const LAST = FIRST + NATIVE_ROWS.length - 1;

export function nativeFormulas(r: number) {
  const total = weightedTotalFormula({
    terms: [
      { score: `C${r}`, weight: '80' },
      { score: `D${r}`, weight: '20' },
    ],
    unit: 'percent',
    deduction: { value: `E${r}`, cap: { cell: 'PERF_扣分上限' } },
    bonus: { value: `F${r}`, cap: { cell: 'PERF_加分上限' } },
    decimals: { cell: 'PERF_保留小数' },
  });
  const rank = { value: `H${r}`, values: `$H$${FIRST}:$H$${LAST}`, category: `B${r}`, categories: `$B$${FIRST}:$B$${LAST}` };
  return {
    total: `IF(COUNT(C${r}:D${r})<2,"",${total})`,
    grade: gradeFormula({ value: `H${r}`, decimals: { cell: 'PERF_保留小数' }, bands: { named: 'PERF_等次表' }, veto: `G${r}="是"` }),
    inlineGrade: gradeFormula({ value: `H${r}`, decimals: null, bands: { inline: defaultScheme().bands } }),
    competition: rankFormula('competition', rank),
    dense: rankFormula('dense', rank),
    deduction: cappedFormula(`E${r}`, '3'),
  };
}

export const NATIVE_HEADERS = ['单位名称', '类别', '指标考核', '公众评议', '扣分', '加分', '一票否决', '总分', '等次', '等次（无否决）', '排名', '中国式排名', '扣分（封顶3）'];

export function nativeSheet(): SheetPlan {
  const rows: PlanCell[][] = [NATIVE_HEADERS.map((h) => ({ value: h, style: 'header' as const }))];
  NATIVE_ROWS.forEach((u, i) => {
    const f = nativeFormulas(FIRST + i);
    rows.push([
      ...u.map((v) => ({ value: v, style: 'input' as const })),
      { value: null, formula: f.total, style: 'number' },
      { value: null, formula: f.grade, style: 'text' },
      { value: null, formula: f.inlineGrade, style: 'text' },
      { value: null, formula: f.competition, style: 'integer' },
      { value: null, formula: f.dense, style: 'integer' },
      { value: null, formula: f.deduction, style: 'number' },
    ]);
  });
  return {
    name: '汇总',
    kind: 'ranking',
    owned: false,
    rows,
    merges: [],
    columnWidths: NATIVE_HEADERS.map(() => 10),
    freeze: { rows: 1, columns: 1 },
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: true, repeatRows: [0, 0], footer: { left: '', center: '', right: '' } },
  };
}

/** The sample with one 方案 setting changed as a clerk types it (the label in column A, the value in B). */
export function nativePlan(change?: { label: string; value: string | number | null }): WritePlan {
  const scheme = schemeToSheetPlan(nativeScheme());
  if (change) {
    const row = scheme.rows.find((cells) => cells[0]?.value === change.label);
    if (!row) throw new Error(`no setting ${change.label}`);
    row[1] = { value: change.value, style: 'input' };
  }
  return { sheets: [scheme, nativeSheet()] };
}

/** The sample with 良好's lower bound on 方案 changed. */
export function nativePlanWithBand(label: string, min: number): WritePlan {
  const plan = nativePlan();
  const scheme = plan.sheets[0];
  const row = scheme.rows.find((cells, i) => cells[0]?.value === label && i > 0 && scheme.rows[i - 1].length > 0 && typeof cells[1]?.value === 'number');
  if (!row) throw new Error(`no band ${label}`);
  row[1] = { value: min, style: 'number' };
  return plan;
}

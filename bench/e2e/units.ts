import type { SheetData } from '../../src/sheet/source-table';

/**
 * The benchmark's workbook, deterministic: N units × 7 weighted components + a deduction
 * (cap 3) + a bonus, in 3 categories; the same units for PERF and for the native-formula
 * sheet LibreOffice recalculates.
 */
export const COMPONENTS = [
  ['基础工作', 10],
  ['跟踪评估', 10],
  ['自我评估', 5],
  ['共性工作', 15],
  ['民主评估', 15],
  ['重点工作', 30],
  ['领导评估', 15],
] as const;

export const CATEGORIES = ['经济调节类', '社会管理类', '执法监管类'] as const;

export interface BenchUnit {
  name: string;
  category: string;
  scores: number[];
  deduction: number;
  bonus: number;
}

export function benchUnits(n: number, seed = 20261201): BenchUnit[] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  return Array.from({ length: n }, (_, i) => ({
    name: `单位${String(i + 1).padStart(6, '0')}`,
    category: CATEGORIES[i % 3]!,
    scores: COMPONENTS.map(() => Math.round(600 + (next() % 400)) / 10),
    deduction: (next() % 8) / 2,
    bonus: (next() % 5) / 2,
  }));
}

export const HEADER = ['序号', '单位名称', '类别', ...COMPONENTS.map(([n, w]) => `${n}(${w}%)`), '察访核验扣分', '加分'];

/** The summary sheet's rows as a host hands them over: a title, the header, one row per unit. */
export function summaryRows(units: BenchUnit[]): (string | number | null)[][] {
  return [
    ['绩效考评汇总表（基准测试）'],
    HEADER,
    ...units.map((u, i) => [i + 1, u.name, u.category, ...u.scores, u.deduction, u.bonus]),
  ];
}

/** The workbook a host hands over: one summary sheet, its title merged across the table. */
export function benchSheets(n: number): SheetData[] {
  return [{ name: '汇总', values: summaryRows(benchUnits(n)), merges: [{ top: 0, left: 0, bottom: 0, right: HEADER.length - 1 }], perfKind: null }];
}

export const BENCH_FLAGS = { 'deduction-cap': '3', method: 'dense', awards: '一等奖:5%:良好,二等奖:10%:良好' };

import type { CellValue } from '../../../src/engine/cell';
import type { SheetData } from '../../../src/sheet/source-table';

export interface UnitRow {
  name: string;
  category: string;
  a: number | string | null;
  b: number | string | null;
  deduction: number | null;
  veto: string;
  exclude: string;
}

/** A clerk-style summary sheet: merged title, blank row, header, data, a 合计 row and a 备注 row. */
export function summarySheet(units: readonly UnitRow[], name = '汇总'): SheetData {
  const values: CellValue[][] = [
    ['2025年度绩效考评汇总表', null, null, null, null, null, null, null],
    [],
    ['序号', '单位名称', '类别', '指标考核(80%)', '公众评议（20%）', '察访核验扣分', '一票否决', '取消评优'],
    ...units.map((u, i) => [i + 1, u.name, u.category, u.a, u.b, u.deduction, u.veto, u.exclude]),
    ['合计', null, null, null, null, null, null, null],
    ['备注：扣分以察访核验台账为准', null, null, null, null, null, null, null],
  ];
  return { name, values, merges: [{ top: 0, left: 0, bottom: 0, right: 7 }], perfKind: null };
}

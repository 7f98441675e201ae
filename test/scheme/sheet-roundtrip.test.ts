import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { validateScheme } from '../../src/engine/scheme/validate';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { isExcelName } from '../../src/sheet/scheme-sheet/layout';
import { bandsFromRows } from '../../src/engine/bands';
import type { CellValue } from '../../src/engine/cell';
import { planToSheet, seed002Counties, seed002DepartmentPoints, seed002Departments, seed004Township } from './fixtures';

const cases = {
  默认方案: defaultScheme,
  市政府工作部门: seed002Departments,
  部门分值: seed002DepartmentPoints,
  乡镇: seed004Township,
  县区: seed002Counties,
};

describe('scheme → 方案 sheet → scheme', () => {
  for (const [name, make] of Object.entries(cases)) {
    it(`${name}: reads back identical, with nothing to warn about`, () => {
      const scheme = make();
      const read = schemeFromSheet(planToSheet(schemeToSheetPlan(scheme)));
      expect(read.scheme).toEqual(scheme);
      expect(read.errors).toEqual([]);
      expect(read.warnings).toEqual([]);
    });
  }

  it('the seed-002 department scheme is valid as written', () => {
    expect(validateScheme(seed002Departments()).errors).toEqual([]);
    expect(validateScheme(seed004Township()).errors).toEqual([]);
  });

  it('writes a sheet a clerk can read: Chinese labels, one row per setting, the 综合奖 as one row per category', () => {
    const plan = schemeToSheetPlan(seed002Departments());
    const text = plan.rows.map((r) => r.map((c) => (c.value === null ? '' : String(c.value))).join('|'));
    expect(plan.name).toBe('方案');
    expect(plan.kind).toBe('scheme');
    expect(text).toContain('排名方式|竞争排名|竞争排名（1,2,2,4）或 中国式排名（1,2,2,3）');
    expect(text).toContain('一票否决效果|降低一个等次|降低一个等次、取消评优资格，或 降低一个等次并取消评优资格');
    expect(text).toContain('1|综合奖|经济调节和经济管理类|40%|优秀|');
    expect(text).toContain('1|综合奖|社会管理和政务管理类|20%|优秀|');
    expect(text).toContain('招商引资奖|招商引资|1|良好|招商引资贡献|发改委、商务局、工信局、经合局');
    expect(text).toContain('定期调度|3|跟踪评估|');
    expect(text).toContain('职能部门共性工作目标评估|9||共性工作目标评估');
  });

  it('names the band table, the full score and the caps for formulas, with names Excel accepts', () => {
    const plan = schemeToSheetPlan(seed004Township());
    const names = plan.definedNames!.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['PERF_等次表', 'PERF_满分', 'PERF_扣分上限', 'PERF_加分上限', 'PERF_保留小数']));
    for (const n of names) expect(isExcelName(n), n).toBe(true);
    const t = plan.definedNames!.find((n) => n.name === 'PERF_等次表')!;
    const rows: CellValue[][] = [];
    for (let r = t.top; r <= t.bottom; r++) rows.push(plan.rows[r].slice(t.left, t.right + 1).map((c) => c.value as CellValue));
    // What =PERF.GRADE(B2, PERF_等次表) would be handed: the engine's band reader understands it.
    expect(bandsFromRows(rows).map((b) => [b.label, b.min?.toFixed() ?? null])).toEqual([
      ['优', '90'],
      ['良好', '85'],
      ['一般', '75'],
      ['差', null],
    ]);
    const full = plan.definedNames!.find((n) => n.name === 'PERF_满分')!;
    expect(plan.rows[full.top][full.left].value).toBe(100);
    const cap = plan.definedNames!.find((n) => n.name === 'PERF_扣分上限')!;
    expect(plan.rows[cap.top][cap.left].value).toBe(3);
  });

  it('Excel name rules: CJK letters allowed; spaces, leading digits and cell references are not', () => {
    expect(isExcelName('PERF_等次表')).toBe(true);
    expect(isExcelName('等次')).toBe(true);
    expect(isExcelName('PERF 等次')).toBe(false);
    expect(isExcelName('1等次')).toBe(false);
    expect(isExcelName('A1')).toBe(false);
    expect(isExcelName('R1C1')).toBe(false);
    expect(isExcelName('PERF-等次')).toBe(false);
  });

  it('percent weights that would read as fractions (a single 1% weight) are written as "1%" text and read back the same', () => {
    const s = { ...defaultScheme(), components: [{ name: '甲', weight: '0.5' }, { name: '乙', weight: '0.5' }] };
    const plan = schemeToSheetPlan(s);
    expect(plan.rows.some((r) => r[1]?.value === '0.5%')).toBe(true);
    expect(schemeFromSheet(planToSheet(plan)).scheme).toEqual(s);
  });
});

import { describe, expect, it } from 'vitest';
import { formulaReferences } from '../../src/sheet/native';
import { cellRef, parseCellRef } from '../../src/sheet/address';
import type { PlanCell, SheetPlan } from '../../src/sheet/plan';
import { findTemplate, templateList, templatePlan, TEMPLATES } from '../../src/templates';
import { checkNativeFormula } from '../../src/sheet/write/formula-text';
import { allVariants } from './all-templates';

function cellAt(sheet: SheetPlan, ref: string): PlanCell | undefined {
  const at = parseCellRef(ref.replace(/\$/g, ''))!;
  return sheet.rows[at.row]?.[at.col];
}

function header(sheet: SheetPlan, row: number, col: number): string {
  // the header row of a template table is the row of 'header' cells just above the first data row
  for (let r = row; r >= 0; r--) if (sheet.rows[r]?.[col]?.style === 'header' && sheet.rows[r + 1]?.[col]?.style !== 'header') return String(sheet.rows[r][col].value);
  return '';
}

describe('template formula text (parsed)', () => {
  it('every name a formula uses is defined by the template, every reference lands on a planned cell, no PERF function is written', () => {
    for (const v of allVariants()) {
      const plan = v.plan();
      const names = new Set(plan.sheets.flatMap((s) => (s.definedNames ?? []).map((n) => n.name)));
      for (const sheet of plan.sheets)
        sheet.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!cell.formula) return;
            const where = `${v.file} ${sheet.name}!${cellRef(r, c)}`;
            expect(() => checkNativeFormula(cell.formula!, where)).not.toThrow();
            const refs = formulaReferences(cell.formula);
            for (const n of refs.names) expect(names.has(n), `${where}: name ${n}`).toBe(true);
            for (const ref of refs.cells) {
              const target = plan.sheets.find((s) => s.name === (ref.sheet ?? sheet.name));
              expect(target, `${where}: sheet of ${ref.ref}`).toBeDefined();
              // a range may run on into the empty rows a clerk fills down into
              expect(ref.range.top, `${where}: ${ref.ref} within the sheet`).toBeLessThan(target!.rows.length);
            }
          }),
        );
    }
  });

  it('综合评估汇总: each weight comes from the 方案 row of the component its score column is headed with', () => {
    for (const variant of ['county', 'department', 'township', 'bureau']) {
      const plan = templatePlan(findTemplate('综合评估汇总'), { variant });
      const [scheme, summary] = plan.sheets;
      const first = summary.rows.findIndex((r) => r[0]?.style === 'inputText');
      const total = summary.rows[first].findIndex((c) => c.formula?.includes('ROUND('));
      const f = summary.rows[first][total].formula!;
      const terms = [...f.matchAll(/([A-Z]+\d+)\*'方案'!(\$B\$\d+)/g)];
      expect(terms.length).toBeGreaterThanOrEqual(2);
      for (const [, score, weight] of terms) {
        const at = parseCellRef(score)!;
        expect(at.row).toBe(first);
        const component = String(scheme.rows[parseCellRef(weight.replace(/\$/g, ''))!.row][0].value);
        expect(header(summary, first, at.col).startsWith(component), `${variant}: ${score} under “${header(summary, first, at.col)}” weighs ${weight} = ${component}`).toBe(true);
        expect(typeof cellAt(scheme, weight)!.value).toBe('number');
      }
      expect(new Set(formulaReferences(f).names)).toEqual(new Set(['PERF_保留小数', 'PERF_加分上限', 'PERF_扣分上限']));
      // the grade reads this row's total and PERF_等次表; the rank compares this row's total with the data rows
      const grade = formulaReferences(summary.rows[first][total + 1].formula!);
      expect(grade.names).toContain('PERF_等次表');
      expect(grade.cells.map((c) => c.ref)).toContain(cellRef(first, total));
      const rank = formulaReferences(summary.rows[first][total + 2].formula!);
      const rows = summary.rows.filter((r) => r[0]?.style === 'inputText').length;
      const column = rank.cells.find((c) => c.range.left === total && c.range.bottom > c.range.top)!;
      // every data row and the 100 empty rows below it, where a clerk fills the last row down
      expect([column.range.top, column.range.bottom]).toEqual([first, first + rows - 1 + 100]);
    }
  });

  it('任务分解表 and 领导评估 look their shares and points up on the 方案 they carry, by names over the rows that hold them', () => {
    const table = (plan: ReturnType<typeof templatePlan>, name: string) => {
      const scheme = plan.sheets.find((s) => s.name === '方案')!;
      const n = scheme.definedNames!.find((d) => d.name === name)!;
      expect([n.left, n.right], name).toEqual([0, 1]);
      return scheme.rows.slice(n.top, n.bottom + 1).map((r) => [r[0].value, r[1].value]);
    };
    const formulasOf = (plan: ReturnType<typeof templatePlan>, sheet: string, header: string) => {
      const s = plan.sheets.find((x) => x.name === sheet)!;
      const headerRow = s.rows.findIndex((r) => r.some((c) => c.style === 'header' && c.value === header) && s.rows.indexOf(r) > 1);
      const col = s.rows[headerRow].findIndex((c) => c.value === header);
      return s.rows.slice(headerRow + 1).map((r) => r[col]?.formula).filter((f): f is string => f !== undefined);
    };
    const tasks = templatePlan(findTemplate('任务分解表'));
    expect(tasks.sheets.map((s) => s.name)).toEqual(['任务分解表', '方案']);
    expect(table(tasks, 'PERF_评价比例')).toEqual([
      ['好', 1],
      ['较好', 0.8],
      ['一般', 0.6],
      ['差', 0],
    ]);
    const scores = formulasOf(tasks, '任务分解表', '得分');
    expect(scores.length).toBe(6);
    for (const f of scores) {
      expect(formulaReferences(f).names).toEqual(['PERF_评价比例']);
      // the rating of the same row is what is looked up
      const row = /VLOOKUP\(TRIM\(H(\d+)\),PERF_评价比例,2,FALSE\)/.exec(f);
      expect(row, f).not.toBeNull();
      expect(f).toContain(`C${row![1]}*VLOOKUP`);
    }
    const task = tasks.sheets[0];
    expect(task.validations!.find((v) => v.values.includes('较好'))!.values).toEqual(['好', '较好', '一般', '差']);
    expect(tasks.record!.filter((e) => e.formula!.includes('PERF.RATING(')).every((e) => e.formula!.includes(',PERF_评价比例)'))).toBe(true);

    const county = templatePlan(findTemplate('领导评估'), { variant: 'county' });
    expect(table(county, 'PERF_档次分值')).toEqual([
      ['一档', 100],
      ['二档', 90],
      ['三档', 80],
    ]);
    const department = templatePlan(findTemplate('领导评估'), { variant: 'department' });
    expect(table(department, 'PERF_名次分值')).toEqual([1, 2, 3, 4, 5].map((r) => [r, 105 - 5 * r]));
    for (const [plan, name] of [
      [county, 'PERF_档次分值'],
      [department, 'PERF_名次分值'],
    ] as const) {
      const points = ['市长', '副市长', '副秘书长'].flatMap((leader) => formulasOf(plan, '领导评估', `${leader}分值`));
      expect(points.length).toBeGreaterThanOrEqual(9);
      for (const f of points) expect(formulaReferences(f).names, f).toEqual([name]);
      // no points table is left on the evaluation sheet itself
      expect(plan.sheets[0].rows.flat().some((c) => c.value === '分值' && c.style === 'header')).toBe(false);
    }
    expect(department.record!.every((e) => e.formula === undefined || !e.formula.startsWith('PERF.RANKPOINTS') || e.formula.endsWith(',PERF_名次分值)'))).toBe(true);
  });

  it('lists one line per template, its name first, and refuses an unknown template or variant in Chinese', () => {
    const lines = templateList();
    expect(lines.map((l) => l.split('　')[0])).toEqual(['方案', '任务分解表', '机关效能', '察访核验台账', '民主评估', '领导评估', '综合评估汇总']);
    expect(TEMPLATES.every((t) => t.purpose.length > 10)).toBe(true);
    expect(findTemplate('summary').name).toBe('综合评估汇总');
    expect(() => findTemplate('考勤表')).toThrow(/没有名为“考勤表”的模板/);
    expect(() => templatePlan(findTemplate('民主评估'), { variant: 'city' })).toThrow(/没有变体“city”[\s\S]*county-votes/);
  });

  it('protects every visible sheet when asked, with no password unless one is given; input cells stay unlocked', () => {
    const plain = templatePlan(findTemplate('任务分解表'));
    expect(plain.sheets.every((s) => s.protection === undefined)).toBe(true);
    const locked = templatePlan(findTemplate('任务分解表'), { protect: true });
    expect(locked.sheets[0].protection).toEqual({});
    expect(templatePlan(findTemplate('任务分解表'), { protect: true, password: '2026' }).sheets[0].protection).toEqual({ password: '2026' });
    expect(() => templatePlan(findTemplate('任务分解表'), { password: '2026' })).toThrow(/--protect/);
    const cells = locked.sheets[0].rows.flat();
    expect(cells.filter((c) => c.formula).every((c) => c.style !== 'input' && c.style !== 'inputText')).toBe(true);
    expect(cells.some((c) => c.style === 'inputText') && cells.some((c) => c.style === 'input')).toBe(true);
  });

  it('records the PERF formula each computed cell should hold, with the value PERF cached', () => {
    const plan = templatePlan(findTemplate('综合评估汇总'), { variant: 'department' });
    const entries = plan.record!.filter((e) => e.what === 'formula');
    expect(entries.length).toBe(9 * 3);
    expect(entries.find((e) => e.formula!.startsWith('PERF.GRADE'))).toMatchObject({ sheet: '综合评估汇总', value: '优秀' });
    // 分类排名 on 方案 chooses between the rank within the category and the rank over all units
    expect(entries.some((e) => /^IF\(.+'方案'!\$B\$\d+.+,PERF\.RANK\([^,]+,[^,]+,[^,]+,[^,]+,'方案'!\$B\$\d+\),PERF\.RANK\([^,]+,[^,]+,,,'方案'!\$B\$\d+\)\)$/.test(e.formula!))).toBe(true);
  });

  it('综合评估汇总: the grade reads 方案’s 一票否决效果 and the rank its 排名方式 and (with categories) 分类排名', () => {
    for (const variant of ['county', 'department']) {
      const [scheme, summary] = templatePlan(findTemplate('综合评估汇总'), { variant }).sheets;
      const first = summary.rows.findIndex((r) => r[0]?.style === 'inputText');
      const formulaUnder = (h: string) => summary.rows[first].find((_, c) => header(summary, first, c) === h)!.formula!;
      const settings = (f: string) =>
        formulaReferences(f)
          .cells.filter((c) => c.sheet === '方案')
          .map((c) => String(scheme.rows[c.range.top][0].value));
      expect(settings(formulaUnder('等次'))).toEqual(['一票否决效果']);
      expect(new Set(settings(formulaUnder('排名')))).toEqual(new Set(variant === 'department' ? ['排名方式', '分类排名'] : ['排名方式']));
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/engine/cell';
import { schemeToJson } from '../../src/engine/scheme/json';
import { defaultOfficeSettings } from '../../src/engine/scheme/office';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import type { SheetData } from '../../src/sheet/source-table';
import { exportScheme, importScheme } from '../../src/workflow/scheme';
import { planToSheet, seed002Departments, seed004Township } from './fixtures';

/** The 方案 sheet as a clerk left it, one cell set by its label in 公示设置 (or appended to 单位名册). */
function fill(sheet: SheetData, label: string, value: CellValue): SheetData {
  const row = sheet.values.findIndex((r) => r?.[0] === label);
  if (row < 0) throw new Error(`no row ${label}`);
  sheet.values[row]![1] = value;
  return sheet;
}

function addRosterRow(sheet: SheetData, cells: CellValue[]): SheetData {
  const header = sheet.values.findIndex((r) => r?.[0] === '单位名称' && r?.[2] === '其他名称');
  sheet.values.splice(header + 1, 0, cells);
  return sheet;
}

describe("the office's own settings and roster on the 方案 sheet", () => {
  it('a new 方案 sheet has both blocks, empty, and reads back as the defaults without a warning', () => {
    const read = schemeFromSheet(planToSheet(schemeToSheetPlan(seed004Township())));
    expect(read.settings.office).toEqual(defaultOfficeSettings());
    expect(read.settings.roster).toEqual([]);
    expect(read.warnings.map((w) => w.message).filter((m) => m.includes('公示设置') || m.includes('单位名册'))).toEqual([]);
  });

  it("reads what the clerk filled in: title, publisher, 公示期, published columns, signers, and the roster's other names", () => {
    const sheet = planToSheet(schemeToSheetPlan(seed002Departments()));
    fill(sheet, '公示标题', '2025年度市直部门绩效考评结果');
    fill(sheet, '发布单位', '市绩效考评办公室');
    fill(sheet, '公示开始', '2026年1月5日');
    fill(sheet, '公示结束', '2026年1月11日');
    fill(sheet, '公布的得分列', '重点工作、共性工作');
    fill(sheet, '公布备注', '是');
    fill(sheet, '制表人', '王芳');
    addRosterRow(sheet, ['市发展和改革委员会', '经济调节和经济管理类', '市发改委、发改委']);
    const { settings } = schemeFromSheet(sheet);
    expect(settings.office).toEqual({
      title: '2025年度市直部门绩效考评结果',
      publisher: '市绩效考评办公室',
      publicity: { from: '2026年1月5日', to: '2026年1月11日' },
      publishedComponents: ['重点工作', '共性工作'],
      publishRemarks: true,
      preparedBy: '王芳',
      reviewedBy: null,
    });
    expect(settings.roster).toEqual([{ name: '市发展和改革委员会', category: '经济调节和经济管理类', aliases: ['市发改委', '发改委'] }]);
  });

  it('a 方案 sheet written before these blocks existed still reads, with no warning about them', () => {
    const plan = schemeToSheetPlan(seed004Township());
    const cut = plan.rows.findIndex((r) => r[0]?.value === '八、公示设置');
    const old = planToSheet({ ...plan, rows: plan.rows.slice(0, cut) });
    const read = schemeFromSheet(old);
    expect(read.errors).toEqual([]);
    expect(read.warnings.some((w) => w.message.includes('公示设置'))).toBe(false);
  });

  it('export sends the rules alone; import of rules from above keeps the office’s settings and roster', () => {
    const sheet = planToSheet(schemeToSheetPlan(seed004Township()));
    fill(sheet, '发布单位', '白莲镇人民政府');
    addRosterRow(sheet, ['白莲社区居委会', null, '白莲社区']);
    const exported = exportScheme([sheet]);
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    expect(exported.json).not.toContain('白莲镇人民政府');
    expect(exported.json).not.toContain('白莲社区');

    const fromAbove = { ...seed004Township(), name: '2026年度村（居）考评方案' };
    const imported = importScheme([sheet], { name: '方案.json', text: schemeToJson(fromAbove) });
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const after = schemeFromSheet(planToSheet(imported.plan.sheets[0]!));
    expect(after.scheme.name).toBe('2026年度村（居）考评方案');
    expect(after.settings.office.publisher).toBe('白莲镇人民政府');
    expect(after.settings.roster).toEqual([{ name: '白莲社区居委会', category: null, aliases: ['白莲社区'] }]);
  });

  it('export without a 方案 sheet gives the default scheme and says so (sheet: null)', () => {
    const exported = exportScheme([]);
    expect(exported).toMatchObject({ ok: true, sheet: null });
  });
});

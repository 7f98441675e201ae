import { describe, expect, it } from 'vitest';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { defaultOfficeSettings } from '../../src/engine/scheme/office';
import type { Scheme } from '../../src/engine/scheme/types';
import { applyPlan } from '../../src/host/xlsx';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { blankWorkbook } from '../../src/templates/blank-workbook';
import { fromXlsx } from '../host/office/double-from-xlsx';
import { addCopyToDouble } from './double-copy';
import { paneOver } from './helpers';
import { OWN_ROSTER, OWN_SCHEME } from '../templates/own-scheme';

/** The office's own 方案: bands 95/75, 中国式排名, 扣分上限 3, a roster of two units. */
const OFFICE: Scheme = {
  ...defaultScheme(),
  name: '局机关科室考核方案（本局修订）',
  bands: [
    { label: '优秀', min: '95' },
    { label: '合格', min: '75' },
    { label: '不合格', min: null },
  ],
  deductionCap: '3',
  ranking: { method: 'dense', byCategory: false, tieBreak: [] },
};
const ROSTER = [
  { name: '办公室', category: null, aliases: ['局办'] },
  { name: '公路科', category: null, aliases: [] },
];

async function officeWorkbook(scheme: Scheme) {
  addCopyToDouble();
  const { bytes } = await applyPlan(await blankWorkbook(), { sheets: [schemeToSheetPlan(scheme, { office: { ...defaultOfficeSettings(), publisher: '交通运输局绩效办' }, roster: ROSTER })] }, 'x.xlsx');
  return fromXlsx(bytes);
}

const schemeIn = (excel: Awaited<ReturnType<typeof officeWorkbook>>) => schemeFromSheet({ name: '方案', values: excel.valuesOf('方案'), merges: [], perfKind: 'scheme' });

describe('插入模板 into a workbook that has its own 方案', () => {
  it('任务分解表: the office’s rules, 公示设置 and 单位名册 stay; only the 定性评价比例 it lacked is added, and the scores use it', async () => {
    const excel = await officeWorkbook(OFFICE);
    const pane = paneOver(excel);
    await pane.start();
    const report = await pane.controller.insertTemplate('任务分解表', undefined, false);
    expect(report!.written.map((w) => [w.planned, w.actual])).toEqual([
      ['任务分解表', '任务分解表'],
      ['方案', '方案'],
    ]);
    const read = schemeIn(excel);
    expect(read.scheme).toEqual({
      ...OFFICE,
      ratingShares: [
        { rating: '好', share: '100%' },
        { rating: '较好', share: '80%' },
        { rating: '一般', share: '60%' },
        { rating: '差', share: '0%' },
      ],
    });
    expect(read.settings.roster).toEqual(ROSTER);
    expect(read.settings.office.publisher).toBe('交通运输局绩效办');
    // 创建学习型党组织 30 × 较好 80% = 24, looked up on 方案 by name
    const rows = excel.valuesOf('任务分解表');
    const r = rows.findIndex((row) => row.includes('创建学习型党组织'));
    const score = rows.find((row) => row.includes('得分'))!.indexOf('得分');
    expect(rows[r]![score]).toBe(24);
    expect(excel.sheet('任务分解表').cells[r]?.[score]?.formula).toContain(`VLOOKUP(TRIM(H${r + 1}),PERF_评价比例,2,FALSE)`);
  });

  it('领导评估 (department) keeps the office’s own 名次分值 and scores the samples with it', async () => {
    const excel = await officeWorkbook({ ...OFFICE, rankPoints: [1, 2, 3].map((rank) => ({ rank, points: String(100 - rank * 10) })) });
    const pane = paneOver(excel);
    await pane.start();
    await pane.controller.insertTemplate('领导评估', 'department', false);
    expect(schemeIn(excel).scheme.rankPoints).toEqual([
      { rank: 1, points: '90' },
      { rank: 2, points: '80' },
      { rank: 3, points: '70' },
    ]);
    // 发展改革委 ranks 1, 1, 2: (15 × 90 + 10 × 90 + 5 × 80) / 30 = 2650 / 30 = 88.33
    const row = excel.valuesOf('领导评估').find((r) => r.includes('发展改革委'))!;
    expect(row.at(-1)).toBe(88.33);
  });

  it('a 方案 PERF cannot read cleanly is not rewritten: the clerk is asked to correct it first', async () => {
    const excel = await officeWorkbook(OFFICE);
    const values = excel.valuesOf('方案');
    const r = values.findIndex((row) => row[0] === '保留小数');
    excel.sheet('方案').cells[r]![1] = { ...(excel.sheet('方案').cells[r]![1] ?? {}), value: '两位' } as never;
    const pane = paneOver(excel);
    await pane.start();
    await expect(pane.controller.insertTemplate('任务分解表', undefined, false)).rejects.toThrow(/请先改正方案表，再插入模板/);
    expect(excel.workbook.sheets.map((s) => s.name)).not.toContain('任务分解表');
  });
});

/**
 * A 方案 whose rules differ from every template's: two components 甲项/乙项 at 50%/50%, bands
 * 90/70, 扣分上限 2, and a roster of three units. Inserting 综合评估汇总 or 察访核验台账 must keep
 * all of it (the template's sample scheme once replaced it).
 */

async function ownWorkbook(scheme: Scheme, roster = OWN_ROSTER) {
  addCopyToDouble();
  const { bytes } = await applyPlan(await blankWorkbook(), { sheets: [schemeToSheetPlan(scheme, { office: { ...defaultOfficeSettings(), publisher: '市绩效办' }, roster })] }, 'x.xlsx');
  return fromXlsx(bytes);
}

async function inserted(scheme: Scheme, name: string, roster = OWN_ROSTER, variant?: string) {
  const excel = await ownWorkbook(scheme, roster);
  const pane = paneOver(excel);
  await pane.start();
  await pane.controller.insertTemplate(name, variant, false);
  return excel;
}

describe('插入 综合评估汇总 / 察访核验台账 into a workbook that has its own 方案', () => {
  it('综合评估汇总: every rule of 方案 stays; its columns are the 方案’s components, its rows the roster’s units with blank scores', async () => {
    const excel = await inserted(OWN_SCHEME, '综合评估汇总', OWN_ROSTER, 'county');
    const read = schemeIn(excel);
    expect(read.scheme).toEqual(OWN_SCHEME);
    expect(read.settings.roster).toEqual(OWN_ROSTER);
    expect(read.settings.office.publisher).toBe('市绩效办');
    const rows = excel.valuesOf('综合评估汇总');
    const h = rows.findIndex((r) => r[0] === '单位名称');
    expect(rows[h]).toEqual(['单位名称', '甲项（50%）', '乙项（50%）', '加分', '扣分', '一票否决', '取消评优', '总分', '等次', '排名']);
    const data = rows.slice(h + 1).filter((r) => r.some((v) => v !== null && v !== ''));
    // no invented scores next to real unit names: each row is the name and nothing else yet
    expect(data).toEqual(OWN_ROSTER.map((u) => [u.name, null, null, null, null, null, null, null, null, null]));
    // …and the computed cells hold their formulas, weighing by the 方案's own weight cells
    const total = excel.sheet('综合评估汇总').cells[h + 1]![7]!.formula!;
    expect(total).toMatch(/^=?IF\(COUNT\(B\d+,C\d+\)<2,"",/);
  });

  it('综合评估汇总 without a roster: the county samples scored on the 方案’s components (东城区 95×50% + 95×50% + 加分 1 = 96, 优秀 at 90)', async () => {
    const excel = await inserted(OWN_SCHEME, '综合评估汇总', [], 'county');
    expect(schemeIn(excel).scheme).toEqual(OWN_SCHEME);
    const rows = excel.valuesOf('综合评估汇总');
    const h = rows.findIndex((r) => r[0] === '单位名称');
    const at = (unit: string, header: string) => rows.find((r) => r[0] === unit)![rows[h]!.indexOf(header)];
    expect([at('东城区', '甲项（50%）'), at('东城区', '乙项（50%）'), at('东城区', '总分'), at('东城区', '等次')]).toEqual([95, 95, 96, '优秀']);
    // 南山县 80 + 80 → 80: 合格 at 70 (the template's county bands would say 良好)
    expect([at('南山县', '总分'), at('南山县', '等次')]).toEqual([80, '合格']);
  });

  it('综合评估汇总 on a 方案 weighing in points: headers say 分, samples are points of each weight, the total adds them', async () => {
    const points: Scheme = { ...OWN_SCHEME, weightUnit: 'points', components: [{ name: '甲项', weight: '60' }, { name: '乙项', weight: '40' }] };
    const excel = await inserted(points, '综合评估汇总', [], 'county');
    expect(schemeIn(excel).scheme).toEqual(points);
    const rows = excel.valuesOf('综合评估汇总');
    const h = rows.findIndex((r) => r[0] === '单位名称');
    expect(rows[h]!.slice(1, 3)).toEqual(['甲项（60分）', '乙项（40分）']);
    // 东城区: 95 of 100 → 57 of 60 and 38 of 40; 57 + 38 + 加分 1 = 96
    const east = rows.find((r) => r[0] === '东城区')!;
    expect([east[1], east[2], east[rows[h]!.indexOf('总分')]]).toEqual([57, 38, 96]);
    const total = excel.sheet('综合评估汇总').cells[rows.indexOf(east)]![rows[h]!.indexOf('总分')]!.formula!;
    expect(total).not.toContain('/100');
  });

  it('综合评估汇总 on a 方案 naming a component’s 对应列: that header is the column, so the one-click ranking finds it (东城区 96)', async () => {
    const named: Scheme = { ...OWN_SCHEME, components: [{ name: '甲项', weight: '50', column: '甲项得分' }, { name: '乙项', weight: '50' }] };
    const excel = await inserted(named, '综合评估汇总', [], 'county');
    expect(schemeIn(excel).scheme).toEqual(named);
    const rows = excel.valuesOf('综合评估汇总');
    const h = rows.findIndex((r) => r[0] === '单位名称');
    expect(rows[h]!.slice(1, 3)).toEqual(['甲项得分（50%）', '乙项（50%）']);
    expect(rows.find((r) => r[0] === '东城区')![rows[h]!.indexOf('总分')]).toBe(96);
  });

  it('综合评估汇总 on a 方案 that takes its weights from the table’s headers (no 评估项目): not inserted, the clerk is told to list them', async () => {
    const excel = await ownWorkbook(OFFICE);
    const pane = paneOver(excel);
    await pane.start();
    await expect(pane.controller.insertTemplate('综合评估汇总', 'county', false)).rejects.toThrow(/方案表没有列出评估项目及权重/);
    expect(excel.workbook.sheets.map((s) => s.name)).not.toContain('综合评估汇总');
    expect(schemeIn(excel).scheme).toEqual(OFFICE);
  });

  it('察访核验台账: every rule of 方案 stays, and a unit’s deduction stops at the 方案’s cap (河口镇 1 + 1 + 0.5 + 1.5 = 4 → 2)', async () => {
    const excel = await inserted(OWN_SCHEME, '察访核验台账');
    const read = schemeIn(excel);
    expect(read.scheme).toEqual(OWN_SCHEME);
    expect(read.settings.roster).toEqual(OWN_ROSTER);
    const rows = excel.valuesOf('察访核验台账');
    const h = rows.findIndex((r) => r[0] === '单位' && r[3] === '计入扣分');
    const river = rows.slice(h).find((r) => r[0] === '河口镇')!;
    expect(river.slice(1, 4)).toEqual([4, 4, 2]);
  });

  it('方案 itself is not inserted over the office’s 方案: nothing is written, and the clerk is told why and what to do', async () => {
    const excel = await officeWorkbook(OFFICE);
    const pane = paneOver(excel);
    await pane.start();
    const before = excel.valuesOf('方案').map((r) => [...r]);
    await expect(pane.controller.insertTemplate('方案', 'county', false)).rejects.toThrow(/已有.*方案.*会用示例方案替换它.*没有插入.*改名或删除/);
    expect(excel.valuesOf('方案')).toEqual(before);
    expect(schemeIn(excel).scheme).toEqual(OFFICE);
  });
});

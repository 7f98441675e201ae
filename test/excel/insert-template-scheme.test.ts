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

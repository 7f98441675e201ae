import { describe, expect, it } from 'vitest';
import { defaultOfficeSettings } from '../../src/engine/scheme/office';
import { applyPlan, XlsxWorkbook } from '../../src/host/xlsx';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { findTemplate, templatePlanInto } from '../../src/templates';
import { blankWorkbook } from '../../src/templates/blank-workbook';
import { runRanking } from '../../src/workflow/rank';
import { hasSoffice, recalculated, sheetOf } from './libreoffice-recalc';
import { OWN_ROSTER, OWN_SCHEME } from './own-scheme';

/**
 * 插入模板 into a workbook with its own 方案 (甲项 50% + 乙项 50%, bands 优秀 90 / 合格 70,
 * 扣分上限 2, three units in 单位名册), then the clerk fills the scores. Worked by hand:
 *   一号单位 80, 60          → 40 + 30 = 70            合格   rank 2
 *   二号单位 100, 85         → 50 + 42.5 = 92.5        优秀   rank 1
 *   三号单位 60, 70, 扣分 3  → 30 + 35 − min(3, 2) = 63 不合格 rank 3
 * (the county template's own scheme would weigh seven other components and grade 70 as 不合格).
 */
const FILLED: Record<string, Record<string, number>> = {
  一号单位: { '甲项（50%）': 80, '乙项（50%）': 60 },
  二号单位: { '甲项（50%）': 100, '乙项（50%）': 85 },
  三号单位: { '甲项（50%）': 60, '乙项（50%）': 70, 扣分: 3 },
};

async function filledWorkbook(): Promise<XlsxWorkbook> {
  const { bytes } = await applyPlan(await blankWorkbook(), { sheets: [schemeToSheetPlan(OWN_SCHEME, { office: defaultOfficeSettings(), roster: OWN_ROSTER })] }, '专项.xlsx');
  const wb = await XlsxWorkbook.open(bytes, '专项.xlsx');
  await wb.apply(templatePlanInto(findTemplate('综合评估汇总'), { variant: 'county' }, await wb.readSheets()));
  await wb.apply(templatePlanInto(findTemplate('察访核验台账'), {}, await wb.readSheets()));
  const rows = (await wb.readSheets()).find((s) => s.name === '综合评估汇总')!.values;
  const h = rows.findIndex((r) => r[0] === '单位名称');
  const write = Object.entries(FILLED).flatMap(([unit, scores]) =>
    Object.entries(scores).map(([header, value]) => ({ row: rows.findIndex((r) => r[0] === unit), column: rows[h]!.indexOf(header), value })),
  );
  await wb.apply({ sheets: [], edits: [{ sheet: '综合评估汇总', write }] });
  return wb;
}

describe.skipIf(!hasSoffice && !process.env.CI)('插入模板 on a workbook’s own 方案, recalculated by LibreOffice', () => {
  it('both insertions keep the 方案; filled scores are weighed, graded and ranked by its rules, as the one-click ranking does', async () => {
    const wb = await filledWorkbook();
    const sheets = await wb.readSheets();
    const read = schemeFromSheet({ ...sheets.find((s) => s.name === '方案')!, perfKind: 'scheme' });
    expect(read.scheme).toEqual(OWN_SCHEME);
    expect(read.settings.roster).toEqual(OWN_ROSTER);

    const [lo] = await recalculated([{ name: '专项.xlsx', bytes: await wb.toBytes() }]);
    const rows = sheetOf(lo!, '综合评估汇总').values;
    const h = rows.findIndex((r) => r[0] === '单位名称');
    const col = (header: string) => rows[h]!.indexOf(header);
    const shown = OWN_ROSTER.map((u) => rows.find((r) => r[0] === u.name)!).map((r) => [r[0], r[col('总分')], r[col('等次')], r[col('排名')]]);
    expect(shown).toEqual([
      ['一号单位', 70, '合格', 2],
      ['二号单位', 92.5, '优秀', 1],
      ['三号单位', 63, '不合格', 3],
    ]);

    // the ledger's 河口镇 findings 1 + 1 + 0.5 + 1.5 = 4, counted up to the 方案's 扣分上限 2
    const ledger = sheetOf(lo!, '察访核验台账').values;
    const sums = ledger.findIndex((r) => r?.[0] === '单位' && r[3] === '计入扣分');
    expect(ledger.slice(sums).find((r) => r?.[0] === '河口镇')!.slice(1, 4)).toEqual([4, 4, 2]);

    const ranked = runRanking(sheets, { now: new Date(0), sheet: '综合评估汇总' });
    if (!ranked.ok) throw new Error(ranked.problems.map((p) => p.message).join('; '));
    expect(ranked.result.units.map((u) => [u.name, u.total?.toNumber(), u.grade, u.rank])).toEqual(shown);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { applySchemeFlags } from '../../src/engine/scheme/flags';
import { locateInFlags, locateInJson } from '../../src/engine/scheme/locate';
import { validateAgainstData, validateScheme } from '../../src/engine/scheme/validate';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import type { PlaceAwardRule, SingleAwardRule } from '../../src/engine/scheme/types';
import { cellAddress } from '../../src/sheet/address';
import { schemeFromSheet, schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import { planToSheet, rowWhere, seed002DepartmentPoints, seed002Departments } from './fixtures';

const at = (r: number, c: number) => cellAddress('方案', r, c);

describe('a problem in a scheme without a 方案 cell names its source, and its cell is empty', () => {
  it('a JSON file: the file name and the JSON path', () => {
    const { errors } = validateScheme(seed002DepartmentPoints(), locateInJson('scheme.json'));
    expect(errors).toEqual([
      { cell: '', message: expect.stringMatching(/^方案文件 scheme\.json 中 components\[1\]\.weight “共性工作目标”的下级项目分值合计 22 分/) },
    ]);
  });

  it('command-line flags: the flag and the item of it', () => {
    const flags = { awards: '一等奖:1:优秀,二等奖:2:良,三等奖:2', method: 'dense' };
    const { errors } = validateScheme(applySchemeFlags(defaultScheme(), flags), locateInFlags(flags));
    expect(errors).toEqual([{ cell: '', message: expect.stringMatching(/^--awards 第2项（二等奖） “二等奖”的最低等次“良”不是方案中的等次/) }]);
  });

  it('a 方案 sheet with flag overrides: what a flag set names the flag, the rest names its cell on 方案', () => {
    const base = seed002Departments();
    // Two place rules on the sheet: --awards replaces both with one, so the 单项奖 move up by one.
    base.awards.splice(1, 0, { kind: 'places', categories: [], tiers: [{ name: '进步奖', count: '1', minGrade: null }] });
    (base.awards.find((a) => a.kind === 'single' && a.name === '招商引资奖') as SingleAwardRule).minGrade = '良';
    const sheet = planToSheet(schemeToSheetPlan(base));
    const read = schemeFromSheet(sheet);
    const flags = { awards: '综合奖:20%:特优', bands: '优秀:90,良好:80,较差' };
    const scheme = applySchemeFlags(read.scheme, flags);
    const locate = locateInFlags(flags, { scheme: read.scheme, locate: read.locate });

    const { errors } = validateScheme(scheme, locate);
    expect(errors.map((e) => [e.cell, e.message.slice(0, e.message.search(/ (“|单项奖)/))])).toEqual([
      ['', '--awards 第1项（综合奖）'],
      [at(rowWhere(sheet, 0, '招商引资奖'), 3), at(rowWhere(sheet, 0, '招商引资奖'), 3)],
    ]);
    expect(errors[1].message).toContain('单项奖“招商引资奖”的最低等次“良”不是方案中的等次（优秀、良好、较差）');

    // The data check names the same places: a missing rankBy column is on the sheet.
    const data = { categories: new Map(), units: ['发改委'], columns: ['单位', '总分', '评估组重点工作目标评估', '民生工作贡献'] };
    const rankBy = validateAgainstData(scheme, data, locate).errors.find((e) => e.message.includes('招商引资贡献'))!;
    expect(rankBy.cell).toBe(at(rowWhere(sheet, 0, '招商引资奖'), 4));
    expect((scheme.awards[0] as PlaceAwardRule).tiers[0].name).toBe('综合奖');
  });

  it('the single settings a flag replaces name the flag', () => {
    const flags = { method: 'dense', 'deduction-cap': '3', 'bonus-cap': '2', decimals: '2', 'quota-rounding': 'down', bands: '甲:90,乙' };
    const locate = locateInFlags(flags, { scheme: defaultScheme(), locate: (p) => `方案!${p}` });
    expect(
      ['ranking.method', 'deductionCap', 'bonusCap', 'decimals', 'awardSettings.quotaRounding', 'bands', 'bands[1].label', 'ranking.byCategory'].map(locate),
    ).toEqual([
      { cell: '', label: '--method' },
      { cell: '', label: '--deduction-cap' },
      { cell: '', label: '--bonus-cap' },
      { cell: '', label: '--decimals' },
      { cell: '', label: '--quota-rounding' },
      { cell: '', label: '--bands' },
      { cell: '', label: '--bands 第2项（乙）' },
      '方案!ranking.byCategory',
    ]);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/engine/cell';
import { schemeToJson } from '../../src/engine/scheme/json';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { schemeToSheetPlan } from '../../src/sheet/scheme-sheet';
import type { SheetData } from '../../src/sheet/source-table';
import { runRanking } from '../../src/workflow/rank';
import { verifyRanking } from '../../src/workflow/verify';
import { clerkWorkbook } from '../host/helpers/workbooks';
import { planToSheet } from '../scheme/fixtures';

const NOW = new Date(Date.UTC(2026, 0, 5, 8, 0, 0));
const sheet = (values: CellValue[][]): SheetData => ({ name: '汇总', values, merges: [], perfKind: null });
const summary = () =>
  sheet([
    ['单位', '指标考核(80%)', '公众评议(20%)'],
    ['甲局', 90, 80],
    ['乙局', '85分', 95],
  ]);

function codeOf(sheets: SheetData[], settings: Record<string, string> = {}, now = NOW): string {
  const run = runRanking(sheets, { settings, now });
  if (!run.ok) throw new Error(run.problems[0]!.message);
  const check = run.plan.sheets.find((s) => s.kind === 'check')!;
  const row = check.rows.find((r) => r[1]?.value === '校验码')!;
  return String(row[2]!.value);
}

/** What PERF's sheets look like to a host after the plan is written: the workbook a later check reads. */
function afterRanking(sheets: SheetData[], settings: Record<string, string> = {}): SheetData[] {
  const run = runRanking(sheets, { settings, now: NOW });
  if (!run.ok) throw new Error(run.problems[0]!.message);
  return [...sheets, ...run.plan.sheets.map(planToSheet)];
}

describe('the 校验码', () => {
  it('is the first 64 bits of SHA-256 over the canonical entries, written out here by hand', () => {
    const scheme = JSON.parse(schemeToJson(defaultScheme())) as Record<string, unknown>;
    const lines = [
      ...Object.entries(scheme)
        .filter(([k]) => k !== 'version' && k !== 'name')
        .map(([k, v]) => [`方案 ${k}`, JSON.stringify(v)]),
      ['列', '["指标考核(80%)","公众评议(20%)"]'],
      ['单位 乙局', '["85","95"]'],
      ['单位 甲局', '["90","80"]'],
      ['权重 公众评议(20%)', '"20%"'],
      ['权重 指标考核(80%)', '"80%"'],
      ['规则版本', '1'],
    ].sort(([a], [b]) => (a! < b! ? -1 : 1));
    const hex = createHash('sha256')
      .update(lines.map(([k, v]) => `${k}\t${v}\n`).join(''))
      .digest('hex')
      .slice(0, 16)
      .toUpperCase();
    expect(codeOf([summary()])).toBe(hex.match(/.{4}/g)!.join('-'));
  });

  it('is the same for the same data: another day, rows in another order, "85分" typed as 85', () => {
    const code = codeOf([summary()]);
    expect(codeOf([summary()], {}, new Date(Date.UTC(2027, 5, 1)))).toBe(code);
    const shuffled = sheet([
      ['单位', '指标考核(80%)', '公众评议(20%)'],
      ['乙局', 85, 95],
      ['甲局', 90, 80],
    ]);
    expect(codeOf([shuffled])).toBe(code);
  });

  it('changes with any score, weight, band or award rule', () => {
    const code = codeOf([summary()]);
    const score = summary();
    score.values[1]![1] = 91;
    const weight = summary();
    weight.values[0] = ['单位', '指标考核(70%)', '公众评议(30%)'];
    expect(new Set([code, codeOf([score]), codeOf([weight]), codeOf([summary()], { bands: '优秀:92,良好:80,一般:60,较差' }), codeOf([summary()], { awards: '先进:1:良好' })]).size).toBe(5);
  });
});

describe('verifyRanking (perf verify)', () => {
  it('passes on the workbook just ranked', () => {
    const outcome = verifyRanking(afterRanking([summary()]));
    expect(outcome).toMatchObject({ ok: true, matches: true, findings: [] });
  });

  it('names each unit whose value changed after posting, with the old and new value', () => {
    const sheets = afterRanking([summary()]);
    sheets[0]!.values[2]![2] = 90;
    const outcome = verifyRanking(sheets);
    expect(outcome.ok && outcome.matches).toBe(false);
    if (!outcome.ok) return;
    expect(outcome.findings).toEqual(['单位“乙局”：公众评议(20%) 由 95 改为 90']);
  });

  it('names a unit added or removed', () => {
    const sheets = afterRanking([summary()]);
    sheets[0]!.values.push(['丙局', 70, 70]);
    sheets[0]!.values.splice(1, 1);
    const outcome = verifyRanking(sheets);
    if (!outcome.ok) throw new Error('expected a check');
    expect(outcome.findings).toEqual(['单位“丙局”：公示后新增', '单位“甲局”：公示后被删除或改名']);
  });

  it('names a changed rule on the 方案 sheet', () => {
    const scheme = planToSheet(schemeToSheetPlan(defaultScheme()));
    const sheets = afterRanking([summary(), scheme]);
    const row = scheme.values.findIndex((r) => r?.[0] === '优秀');
    scheme.values[row]![1] = 92;
    const outcome = verifyRanking(sheets);
    if (!outcome.ok) throw new Error('expected a check');
    expect(outcome.matches).toBe(false);
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings[0]).toMatch(/^方案的“等次”已改动：原为 .*"min":"90".*，现为 .*"min":"92"/);
  });

  it('a run with settings given for it only (the command line’s --bands) checks against the scheme it kept', () => {
    const sheets = afterRanking([summary()], { bands: '优秀:95,良好:85,合格:60,不合格' });
    expect(verifyRanking(sheets)).toMatchObject({ ok: true, matches: true });
  });

  it('a code read off a printed page that is not this file’s is said so', () => {
    const sheets = afterRanking([summary()]);
    const outcome = verifyRanking(sheets, { code: '0000-0000-0000-0000' });
    if (!outcome.ok) throw new Error('expected a check');
    expect(outcome.matches).toBe(false);
    expect(outcome.findings[0]).toContain('输入的校验码 0000-0000-0000-0000 与本文件公示的校验码');
    // typed in lower case and without dashes it is the same code
    expect(verifyRanking(sheets, { code: outcome.posted.toLowerCase().replace(/-/g, ' ') })).toMatchObject({ matches: true });
  });

  it('a workbook PERF did not rank has nothing to check', () => {
    const outcome = verifyRanking([summary()]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems[0]!.message).toContain('没有 PERF 的“核对”工作表');
  });

  it('holds through an .xlsx file: ranked, written, read back, verified', async () => {
    const workbook = await XlsxWorkbook.open(await clerkWorkbook());
    const run = runRanking(await workbook.readSheets(), { sheet: '汇总', now: NOW });
    if (!run.ok) throw new Error(run.problems[0]!.message);
    await workbook.apply(run.plan);
    const back = await XlsxWorkbook.open(await workbook.toBytes());
    expect(verifyRanking(await back.readSheets())).toMatchObject({ ok: true, matches: true });
  });
});

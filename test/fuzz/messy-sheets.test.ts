/**
 * Seeded fuzz of the one-click ranking on messy summary sheets, as clerks make them:
 * merged titles, text scores ("90分", "９０", "80%"), blanks, subtotal rows, notes rows,
 * huge numbers, error values, injection-looking unit names. Reproducible (fixed seed),
 * bounded in runs. Whatever the sheet, the run either ranks or stops with Chinese
 * problems — never an exception, never NaN or Infinity, never a formula from clerk text —
 * and through an .xlsx file the clerk's bytes and parts stay as they were.
 */
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/engine/cell';
import { XlsxWorkbook } from '../../src/host/xlsx';
import { rankingJson } from '../../src/sheet/ranking/result-json';
import type { SheetData } from '../../src/sheet/source-table';
import { runRanking } from '../../src/workflow/rank';
import { changedParts, ALLOWED_TO_CHANGE } from '../host/helpers/parts';
import { xlsxOf } from '../support/minimal-xlsx';

const NOW = new Date(Date.UTC(2026, 0, 5));
const CJK = /[\u4e00-\u9fff]/;

const score = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => `${n}分`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, '', ' ', '缺考', '#N/A', '#DIV/0!', true, 9e307, -1e308, 1e-300, 123456789012345678) },
);

const unitName = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 40 }).map((n) => `第${n}单位`) },
  { weight: 1, arbitrary: fc.constantFrom('=HYPERLINK("http://x","点我")', '+SUM(1,2)', '@cmd', '-2+3', '合计', '小计', '备注：以上为初评', '  ', '一 类') },
);

const header = fc.constantFrom(
  ['单位', '指标考核(80%)', '公众评议（20%）', '扣分'],
  ['单位名称', '类别', '重点工作(80)', '共性工作(20)', '加分'],
  ['被考核单位', '总分', '一票否决'],
  ['序号', '县(区)', '基础(30%)', '重点(70%)', '察访核验扣分(最多3分)', '取消评优'],
  ['部门', '得分'],
  ['单位', '备注'],
);

const messySheet = fc
  .record({
    header,
    title: fc.option(fc.constantFrom('2025年度绩效考评汇总表', '（单位：分）'), { nil: undefined }),
    rows: fc.array(fc.tuple(unitName, fc.array(score, { minLength: 1, maxLength: 6 })), { maxLength: 14 }),
    tail: fc.constantFrom<CellValue[][]>([], [['合计', 900]], [['备注：', null], ['制表人：张三']]),
  })
  .map(({ header, title, rows, tail }): SheetData => {
    const values: CellValue[][] = [];
    const merges = [];
    if (title) {
      values.push([title]);
      merges.push({ top: 0, left: 0, bottom: 0, right: header.length - 1 });
    }
    values.push([...header]);
    for (const [name, scores] of rows) values.push([name, ...scores.slice(0, header.length - 1)]);
    values.push(...tail);
    return { name: '汇总', values, merges, perfKind: null };
  });

function finiteEverywhere(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(finiteEverywhere);
  if (value && typeof value === 'object') return Object.values(value).every(finiteEverywhere);
  return true;
}

describe('fuzz: messy summary sheets through the workflow', () => {
  it('ranks or stops with Chinese problems; no exception, no NaN/Infinity, every unit accounted for', () => {
    let ranked = 0;
    let stopped = 0;
    fc.assert(
      fc.property(messySheet, (sheet) => {
        const outcome = runRanking([sheet], { now: NOW, settings: { awards: '先进:20%:良好' } });
        if (outcome.ok) ranked++;
        else stopped++;
        if (!outcome.ok) {
          expect(outcome.problems.length).toBeGreaterThan(0);
          for (const p of outcome.problems) expect(CJK.test(p.message), p.message).toBe(true);
          return;
        }
        const json = rankingJson(outcome.result);
        expect(finiteEverywhere(json)).toBe(true);
        for (const u of json.units) {
          // a unit without a total is never ranked and never graded
          if (u.total === null) expect([u.rank, u.grade, u.award]).toEqual([null, null, null]);
        }
        for (const w of json.warnings) expect(CJK.test(w.message), w.message).toBe(true);
      }),
      { seed: 20261201, numRuns: 300 },
    );
    // both roads are taken often enough for the property to mean something
    expect(ranked).toBeGreaterThan(60);
    expect(stopped).toBeGreaterThan(30);
  });
});

describe('fuzz: messy summary sheets through an .xlsx file', () => {
  it('the input bytes never change, original parts stay byte-identical, no formula is written from clerk text', async () => {
    await fc.assert(
      fc.asyncProperty(messySheet, async (sheet) => {
        const input = xlsxOf(sheet);
        const copy = input.slice();
        const workbook = await XlsxWorkbook.open(input, '汇总.xlsx');
        const outcome = runRanking(await workbook.readSheets(), { now: NOW });
        if (!outcome.ok) return;
        await workbook.apply(outcome.plan);
        const output = await workbook.toBytes();
        expect(input).toEqual(copy);
        expect(changedParts(input, output).every((p) => ALLOWED_TO_CHANGE.includes(p))).toBe(true);
        const parts = unzipSync(output);
        for (const [name, bytes] of Object.entries(parts))
          if (name.startsWith('xl/worksheets/') && !(name in unzipSync(input))) expect(strFromU8(bytes)).not.toMatch(/<f[ >]/);
      }),
      { seed: 20261202, numRuns: 60 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/engine/cell';
import { readReportLines } from '../../src/sheet/table/read-report';
import type { SheetData } from '../../src/sheet/source-table';
import { noteText } from '../../src/sheet/ranking/notes';
import { runRanking } from '../../src/workflow/rank';

const NOW = new Date(Date.UTC(2026, 0, 5, 8, 0, 0));
const sheet = (name: string, values: CellValue[][]): SheetData => ({ name, values, merges: [], perfKind: null });

function ok(sheets: SheetData[], settings: Record<string, string> = {}) {
  const outcome = runRanking(sheets, { settings, now: NOW });
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
  return outcome;
}

function problems(sheets: SheetData[]): string {
  const outcome = runRanking(sheets, { now: NOW });
  if (outcome.ok) throw new Error('expected the run to stop');
  return outcome.problems.map((p) => `${p.cell} ${p.message}`).join('\n');
}

const township = () =>
  sheet('考评汇总', [
    ['白莲镇村（居）绩效考评汇总表'],
    ['序号', '村（居）', '指标考核(80%)', '公众评议（20%）', '察访核验扣分(最多3分)', '加分', '备注'],
    [1, '白莲村', 90, 88, 0, null, '按时报送'],
    [2, '石桥村', 95, 92, 4.5, 1, null],
    [3, '柳溪村', 80, 85, null, null, null],
  ]);

describe('runRanking: what PERF read, said out loud', () => {
  it('names every column with its role, weight and cap, and the columns it left out and why', () => {
    const lines = readReportLines(ok([township()]).read);
    expect(lines[0]).toBe('PERF 读取的汇总表：工作表“考评汇总”，表头在第 2 行，3 个单位');
    expect(lines).toContain('  A 列“序号” → 不参与计算：序号、排名、等次、备注、说明一类的列，不是得分');
    expect(lines).toContain('  B 列“村（居）” → 单位名称');
    expect(lines).toContain('  C 列“指标考核(80%)” → 得分，权重 80%（表头写明）');
    expect(lines).toContain('  D 列“公众评议（20%）” → 得分，权重 20%（表头写明）');
    expect(lines).toContain('  E 列“察访核验扣分(最多3分)” → 扣分，上限 3 分（表头写明）');
    expect(lines).toContain('  F 列“加分” → 加分');
    expect(lines.some((l) => l.startsWith('  G 列“备注” → 不参与计算'))).toBe(true);
  });

  it('says which reading bare header numbers got: points when they add up to the full score', () => {
    const s = sheet('汇总', [
      ['单位', '重点工作(80)', '共性工作(20)'],
      ['甲局', 76.5, 18],
      ['乙局', 70, 20],
    ]);
    const run = ok([s]);
    expect(readReportLines(run.read)).toContain('  B 列“重点工作(80)” → 得分，分值 80分（表头数字未写单位，按分值读取）');
    // 76.5 + 18 = 94.5 points, not 76.5% of 80
    expect(run.result.units.map((u) => u.total?.toFixed())).toEqual(['94.5', '90']);
  });

  it("keeps the clerk's 备注 per unit, and a blank 加分 stays blank (not 0)", () => {
    const { result } = ok([township()]);
    expect(result.units.map((u) => u.remark)).toEqual(['按时报送', null, null]);
    expect(result.units.map((u) => u.bonus?.toFixed() ?? null)).toEqual([null, '1', null]);
    // 石桥村: 95×0.8 + 92×0.2 = 94.4, −3 (capped from 4.5 by the header), +1 = 92.4
    expect(result.units[1]!.total!.toFixed()).toBe('92.4');
    expect(result.units[1]!.notes.map(noteText)).toContain('“察访核验扣分(最多3分)” 4.5 分，按表头上限计 3 分');
  });
});

describe('runRanking: every warning in one list', () => {
  it('puts the 方案 sheet’s warnings before the data’s, so no surface loses them', () => {
    const scheme = sheet('方案', [['一、基本设置'], ['项目', '设置', '说明'], ['满分', 100, ''], ['不存在的设置', '1', '']]);
    const data = sheet('汇总', [
      ['单位', '总分'],
      ['甲局', 91],
      ['乙局', 'ninety'],
    ]);
    const run = ok([scheme, data]);
    const messages = run.warnings.map((w) => w.message);
    const fromScheme = messages.findIndex((m) => m.includes('“不存在的设置”不是认识的设置项'));
    const fromData = messages.findIndex((m) => m.includes('“ninety”'));
    expect(fromScheme).toBeGreaterThanOrEqual(0);
    expect(fromData).toBeGreaterThan(fromScheme);
    expect(run.result.warnings).toEqual(run.warnings);
  });
});

describe('runRanking: stops, and says why', () => {
  it('the same unit twice in one category, naming both rows', () => {
    const msg = problems([
      sheet('汇总', [
        ['单位', '类别', '总分'],
        ['甲局', '一类', 90],
        ['乙局', '一类', 85],
        ['甲 局', '一类', 80],
        ['甲局', '二类', 70],
      ]),
    ]);
    expect(msg).toContain('汇总!A2 和 汇总!A4');
    const stopped = runRanking([sheet('汇总', [['单位', '总分'], ['甲', 1], ['甲', 2]])], { now: NOW });
    expect(stopped.ok).toBe(false);
    expect(msg).toContain('类别“一类”中单位“甲 局”出现两次');
    // the same name in another category is another unit
    expect(msg).not.toContain('A5');
  });

  it('a header without data rows, and an empty workbook', () => {
    expect(problems([sheet('汇总', [['考评汇总表'], ['单位', '总分']])])).toContain('汇总表没有数据行：工作表“汇总”第 2 行是表头');
    expect(problems([sheet('Sheet1', []), sheet('Sheet2', [[null, '']])])).toContain('工作簿是空的');
  });

  it('no table: says per sheet what was seen and what was missing', () => {
    const msg = problems([sheet('名单', [['单位', '联系人'], ['甲局', '张三']]), sheet('得分', [['项目', '总分'], ['一', 90]])]);
    expect(msg).toContain('工作表“名单”第 1 行最像表头（“单位”、“联系人”），但缺少得分列');
    expect(msg).toContain('工作表“得分”第 1 行最像表头（“项目”、“总分”），但缺少单位列');
  });
});

describe('runRanking: unusual data never ranks wrongly', () => {
  it('a score of 9E+307 leaves that unit unscored with a warning naming the cell; the others are ranked', () => {
    const run = ok([
      sheet('汇总', [
        ['单位', '指标考核(80%)', '公众评议(20%)'],
        ['甲局', 9e307, 9e307],
        ['乙局', 90, 80],
      ]),
    ]);
    const [a, b] = run.result.units;
    expect([a!.total, a!.rank, a!.grade]).toEqual([null, null, null]);
    expect(a!.notes.map(noteText).join()).toContain('得分数值过大（汇总!B2、汇总!C2）');
    const huge = run.warnings.find((w) => w.cell === '汇总!B2' && w.message.includes('数值过大'));
    // the cell as data: a surface jumps to it without reading the address or the sentence
    expect(huge?.at).toEqual({ sheet: '汇总', row: 1, col: 1 });
    expect([b!.total!.toFixed(), b!.rank]).toEqual(['88', 1]);
  });

  it('a tie note names the place, the size of the group and at most three others', () => {
    const rows: CellValue[][] = [['单位', '总分']];
    for (let i = 1; i <= 6; i++) rows.push([`单位${i}`, 88]);
    rows.push(['单位7', 80]);
    const { result } = ok([sheet('汇总', rows)]);
    const first = result.units[0]!.notes.map(noteText);
    expect(first).toEqual(['与 单位2、单位3、单位4 等 5 个单位 并列第 1 名（共 6 个单位并列）']);
    expect(result.units[5]!.notes.map(noteText)).toEqual(['与 单位1、单位2、单位3 等 5 个单位 并列第 1 名（共 6 个单位并列）']);
    expect(result.units[6]!.notes).toEqual([]);
  });
});

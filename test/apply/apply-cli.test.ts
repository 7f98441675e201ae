import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/host/xlsx';
import { readRecord } from '../../src/sheet/write/record';
import { runCli } from '../cli/run-cli';
import { dumpSheet } from './cells';

const work = mkdtempSync(join(tmpdir(), 'perf-apply-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const input = (name: string) => {
  const to = join(work, `${name}.xlsx`);
  copyFileSync(join(__dirname, '..', 'fixtures', name, 'input.xlsx'), to);
  return to;
};

describe('perf apply', () => {
  it('without --out prints every cell it would add and writes nothing', async () => {
    const file = input('apply-summary-missing');
    const before = statSync(file).mtimeMs;
    const r = await runCli(['apply', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('套用到现有表格：工作表“部门汇总”（按综合评估汇总识别），方案：工作表“方案”');
    expect(r.stdout).toContain('将添加 27 个单元格');
    expect(r.stdout).toContain('总分：新增列 H（表头“总分”），8 格');
    // the cap and the decimals read the workbook's 方案 sheet (扣分上限 3, 保留小数 2 there)
    expect(r.stdout).toMatch(/H8 {2}卫健委 {2}=IF\(COUNT\(D8,E8\)<2,"",ROUND\(SUM\(D8,E8\)-IF\('方案'!\$B\$\d+="",ABS\(F8\),MIN\(ABS\(F8\),'方案'!\$B\$\d+\)\),IF\('方案'!\$B\$\d+="",6,'方案'!\$B\$\d+\)\)\) {2}→ 80\n/);
    expect(r.stdout).toContain('J5  商务局  =');
    expect(r.stdout).toContain('以上为预览，没有写入任何文件');
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readFileSync(file)).toEqual(readFileSync(join(__dirname, '..', 'fixtures', 'apply-summary-missing', 'input.xlsx')));
  });

  it('with --out writes the copy, leaves the original, and --undo gives the sheet back', async () => {
    const file = input('apply-summary-empty');
    const out = join(work, '套用后.xlsx');
    const r = await runCli(['apply', file, '--sheet', '综合评估汇总', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('在工作表“综合评估汇总”添加了 19 个单元格，已记入 PERF 的记录');
    expect(readFileSync(file)).toEqual(readFileSync(join(__dirname, '..', 'fixtures', 'apply-summary-empty', 'input.xlsx')));
    const record = readRecord(await readWorkbook(new Uint8Array(readFileSync(out))));
    expect(record).toHaveLength(19);
    expect(record.every((e) => e.what === 'added' && e.source?.startsWith('套用到现有表格'))).toBe(true);

    const back = join(work, '撤销后.xlsx');
    const u = await runCli(['apply', '--undo', out, '--out', back]);
    expect(u.code, u.stderr).toBe(0);
    expect(u.stdout).toMatch(/撤销本次套用 “\d{4}-\d\d-\d\d \d\d:\d\d:\d\d 综合评估汇总：总分、等次、排名”（工作表“综合评估汇总”，19 个单元格）：清除了 19 个单元格/);
    expect(dumpSheet(new Uint8Array(readFileSync(back)), '综合评估汇总').cells).toEqual(dumpSheet(new Uint8Array(readFileSync(file)), '综合评估汇总').cells);

    const again = await runCli(['apply', '--undo', back, '--out', join(work, '再撤销.xlsx')]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('没有“套用到现有表格”添加的单元格');
  });

  it('follows the no-loss rule of rank --out: never the input, never a foreign file', async () => {
    const file = input('apply-tasks');
    const same = await runCli(['apply', file, '--out', file]);
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('不能与输入文件相同');
    const other = join(work, '别人的.xlsx');
    copyFileSync(join(__dirname, '..', 'fixtures', 'apply-summary-empty', 'input.xlsx'), other);
    const foreign = await runCli(['apply', file, '--out', other]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain('已经存在，而且不是 PERF 为同一输入写出的结果');
    const mine = join(work, '任务套用.xlsx');
    expect((await runCli(['apply', file, '--out', mine])).code).toBe(0);
    // a re-run replaces PERF's own earlier output for the same input
    expect((await runCli(['apply', file, '--out', mine])).code).toBe(0);
    expect(existsSync(mine)).toBe(true);
  });

  it('undoing without --out lists the applications and writes nothing; a sheet not there is named', async () => {
    const file = input('apply-tasks');
    const r = await runCli(['apply', '--undo', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('没有“套用到现有表格”添加的单元格');
    const out = join(work, '任务-套用.xlsx');
    expect((await runCli(['apply', file, '--out', out])).code).toBe(0);
    const list = await runCli(['apply', '--undo', out]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/ {2}1\. \d{4}-\d\d-\d\d \d\d:\d\d:\d\d 任务分解表：得分、小计（9 个单元格）\n/);
    expect(list.stdout).toContain('没有写入任何文件');
    const none = await runCli(['apply', file, '--sheet', '不存在']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('没有名为“不存在”的工作表');
  });

  it('has its own help', async () => {
    const r = await runCli(['apply', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('perf apply --undo[=序号|时间] <表格.xlsx> [--out <输出.xlsx>]');
  });
});

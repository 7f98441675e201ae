import ExcelJS from 'exceljs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRankCommand } from '../../src/cli/rank-command';
import { defaultScheme } from '../../src/engine/scheme/defaults';
import { applySchemeFlags } from '../../src/engine/scheme/flags';
import { locateInFlags } from '../../src/engine/scheme/locate';
import { validateAgainstData, validateScheme } from '../../src/engine/scheme/validate';
import type { SchemeData } from '../../src/engine/scheme/validate';

const AWARDS = '一等奖:1:优秀,二等奖:2:良好';

/** Category A has 3 units, category B only 1. */
const data: SchemeData = {
  categories: new Map([
    ['A类', 3],
    ['B类', 1],
  ]),
  units: ['甲', '乙', '丙', '丁'],
  columns: ['单位', '类别', '总分'],
};

describe('a fixed award count larger than a small category', () => {
  it('is a warning, not a stop: it names the flag, the award and the places that stay empty in that category', () => {
    const flags = { awards: AWARDS };
    const scheme = applySchemeFlags(defaultScheme(), flags);
    const locate = locateInFlags(flags);
    expect(validateScheme(scheme, locate).errors).toEqual([]);
    const check = validateAgainstData(scheme, data, locate);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([
      {
        cell: '',
        message: expect.stringMatching(/^--awards 第2项（二等奖） “B类”只有 1 个单位，“二等奖”的 2 个名额（第 2 至 3 名）2 个名额全部排不到：这些名额将空缺/),
      },
    ]);
  });

  it('perf rank still runs and reports the empty places with the result', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'perf-award-count-'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('汇总');
    ws.addRow(['单位', '类别', '总分']);
    ws.addRow(['甲', 'A类', 95]);
    ws.addRow(['乙', 'A类', 85]);
    ws.addRow(['丙', 'A类', 70]);
    ws.addRow(['丁', 'B类', 92]);
    const book = join(dir, '汇总.xlsx');
    await writeFile(book, new Uint8Array(await wb.xlsx.writeBuffer()));
    const out: string[] = [];
    const err: string[] = [];
    const code = await runRankCommand([book, '--awards', AWARDS, '--json', '-'], { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
    expect(err.join('\n')).not.toContain('方案有误');
    expect(code).toBe(0);
    const json = JSON.parse(out.join('')) as { warnings: { cell: string; message: string }[] };
    expect(json.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('“B类”只有 1 个单位，“二等奖”的 2 个名额（第 2 至 3 名）2 个名额全部排不到'));
  });
});

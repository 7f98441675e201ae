import { basename } from 'node:path';
import { invalid } from '../engine/errors';
import { schemeFromJson, schemeToJson } from '../engine/scheme/json';
import { locateInJson } from '../engine/scheme/locate';
import { validateScheme } from '../engine/scheme/validate';
import { applyPlan, readWorkbook } from '../host/xlsx';
import { schemeFromSheet, schemeToSheetPlan } from '../sheet/scheme-sheet';
import type { Warning } from '../sheet/warning';
import { parseArgs } from './argv';
import { checkNotInput, readInput, writeAll } from './files';
import type { CommandIO } from './io';
import { schemeSheetOf } from '../workflow/load-scheme';

const USAGE = '用法：perf scheme export <工作簿.xlsx> [--out 方案.json]；perf scheme import <方案.json> <工作簿.xlsx> --out <输出.xlsx>';

/** perf scheme export|import: the 方案 sheet to a JSON file, and a JSON file onto a workbook's 方案 sheet. */
export async function runSchemeCommand(args: string[], io: CommandIO): Promise<number> {
  const [sub, ...rest] = args;
  const { positional, flags } = parseArgs(rest, ['out']);
  if (sub === 'export') return exportScheme(positional, flags.out, io);
  if (sub === 'import') return importScheme(positional, flags.out, io);
  throw invalid(`未知的 scheme 子命令“${sub ?? ''}”：${USAGE}`);
}

function list(title: string, items: Warning[]): string {
  return [title, ...items.map((w) => `  ${w.message}`)].join('\n');
}

async function exportScheme(positional: string[], out: string | undefined, io: CommandIO): Promise<number> {
  const input = positional[0];
  if (!input || positional.length > 1) throw invalid(`scheme export 需要一个工作簿文件：${USAGE}`);
  const sheets = await readWorkbook(await readInput(input), input);
  const sheet = schemeSheetOf(sheets);
  if (!sheet)
    throw invalid(`工作簿 ${input} 中没有“方案”工作表：请先用 perf scheme import 写入方案，或按 PERF 的方案表格式添加名为“方案”的工作表`);
  const read = schemeFromSheet(sheet);
  const check = validateScheme(read.scheme, read.locate);
  const errors = [...read.errors, ...check.errors];
  if (errors.length > 0) {
    io.stderr(list(`“${sheet.name}”工作表有误，未导出（请改正后重试）：`, errors));
    return 1;
  }
  const warnings = [...read.warnings, ...check.warnings];
  if (warnings.length > 0) io.stderr(list('请核对：', warnings));
  const json = schemeToJson(read.scheme);
  if (out) {
    await writeAll([{ path: out, data: json }]);
    io.stderr(`已把工作表“${sheet.name}”的方案导出到 ${out}`);
  } else io.stdout(json);
  return 0;
}

async function importScheme(positional: string[], out: string | undefined, io: CommandIO): Promise<number> {
  const [jsonPath, input] = positional;
  if (!jsonPath || !input || positional.length > 2) throw invalid(`scheme import 需要方案文件和工作簿文件：${USAGE}`);
  if (!out) throw invalid(`scheme import 需要 --out 输出文件：PERF 从不修改原文件。${USAGE}`);
  checkNotInput(out, input);
  const scheme = schemeFromJson(new TextDecoder().decode(await readInput(jsonPath, '方案文件')));
  const check = validateScheme(scheme, locateInJson(basename(jsonPath)));
  if (check.errors.length > 0) {
    io.stderr(list(`方案文件 ${jsonPath} 有误，未写入（请改正后重试）：`, check.errors));
    return 1;
  }
  if (check.warnings.length > 0) io.stderr(list('请核对：', check.warnings));
  const written = await applyPlan(await readInput(input), { sheets: [schemeToSheetPlan(scheme)] }, input);
  await writeAll([{ path: out, data: written.bytes }]);
  // The messages already say where each sheet went (created, replaced, or renamed beside a clerk's sheet).
  for (const m of written.report.messages) io.stderr(m);
  io.stderr(`已写入 ${out}（原文件 ${input} 未改动）`);
  return 0;
}

import { basename } from 'node:path';
import { invalid } from '../engine/errors';
import { defaultScheme } from '../engine/scheme/defaults';
import { schemeFromJson, schemeToJson } from '../engine/scheme/json';
import { locateInJson } from '../engine/scheme/locate';
import { validateScheme } from '../engine/scheme/validate';
import { applyPlan, readWorkbook } from '../host/xlsx';
import { schemeFromSheet, schemeToSheetPlan } from '../sheet/scheme-sheet';
import type { Warning } from '../sheet/warning';
import { parseArgs } from './argv';
import { readInput, writeAll } from './files';
import type { FileSystem } from './file-system';
import { CommandIO, filesOf } from './io';
import { schemeSheetOf } from './load-scheme';
import { checkOutputPaths, checkReplaceable, PlannedOutput } from './output-rule';
import { isOwnSchemeExport, isOwnWorkbook, markSchemeExport } from './own-output';
import { SCHEME_USAGE } from './usage';

const USAGE = '用法：perf scheme export <工作簿.xlsx> [--out 方案.json]；perf scheme import <方案.json> <工作簿.xlsx> --out <输出.xlsx>';

interface Options {
  out: string | undefined;
  force: boolean;
  fs: FileSystem;
}

/** perf scheme export|import: the 方案 sheet to a JSON file, and a JSON file onto a workbook's 方案 sheet. */
export async function runSchemeCommand(args: string[], io: CommandIO): Promise<number> {
  const [sub, ...rest] = args;
  const { positional, flags } = parseArgs(rest, ['out'], ['force']);
  // --help is answered by main (usage.ts requestedHelp)
  if (sub === undefined) {
    io.stderr(`scheme 需要子命令 export 或 import：\n  ${SCHEME_USAGE}`);
    return 2;
  }
  const options: Options = { out: flags.out, force: flags.force === 'true', fs: filesOf(io) };
  if (sub === 'export') return exportScheme(positional, options, io);
  if (sub === 'import') return importScheme(positional, options, io);
  throw invalid(`未知的 scheme 子命令“${sub ?? ''}”：${USAGE}`);
}

function list(title: string, items: Warning[]): string {
  return [title, ...items.map((w) => `  ${w.message}`)].join('\n');
}

async function exportScheme(positional: string[], { out, force, fs }: Options, io: CommandIO): Promise<number> {
  const input = positional[0];
  if (!input || positional.length > 1) throw invalid(`scheme export 需要一个工作簿文件：${USAGE}`);
  const planned: PlannedOutput[] = out ? [{ flag: '--out', path: out, kind: 'scheme-json' }] : [];
  await checkOutputPaths(planned, [{ path: input, what: '文件' }], input, fs);
  const sheets = await readWorkbook(await readInput(input, '文件', fs), input);
  const sheet = schemeSheetOf(sheets);
  let json: string;
  let done: string;
  if (sheet) {
    const read = schemeFromSheet(sheet);
    const check = validateScheme(read.scheme, read.locate);
    const errors = [...read.errors, ...check.errors];
    if (errors.length > 0) {
      io.stderr(list(`“${sheet.name}”工作表有误，未导出（请改正后重试）：`, errors));
      return 1;
    }
    const warnings = [...read.warnings, ...check.warnings];
    if (warnings.length > 0) io.stderr(list('请核对：', warnings));
    json = schemeToJson(read.scheme);
    done = `已把工作表“${sheet.name}”的方案导出到 ${out}`;
  } else {
    json = schemeToJson(defaultScheme());
    done = `已把 PERF 的默认方案导出到 ${out}`;
    io.stderr(`工作簿 ${input} 中没有“方案”工作表，导出的是 PERF 的默认方案（优秀 90 / 良好 80 / 一般 60 / 较差，竞争排名，按类别排名，不评奖）：可以在它的基础上修改，再用 perf scheme import 写入工作簿`);
  }
  if (!out) {
    io.stdout(json);
    return 0;
  }
  const from = basename(input);
  await checkReplaceable(planned, force, async (_o, existing) => isOwnSchemeExport(existing, from), fs);
  await writeAll([{ path: out, data: markSchemeExport(json, from) }], fs);
  io.stderr(done);
  return 0;
}

async function importScheme(positional: string[], { out, force, fs }: Options, io: CommandIO): Promise<number> {
  const [jsonPath, input] = positional;
  if (!jsonPath || !input || positional.length > 2) throw invalid(`scheme import 需要方案文件和工作簿文件：${USAGE}`);
  if (!out) throw invalid(`scheme import 需要 --out 输出文件：PERF 从不修改原文件。${USAGE}`);
  const planned: PlannedOutput[] = [{ flag: '--out', path: out, kind: 'workbook' }];
  const inputs = [
    { path: jsonPath, what: '方案文件' },
    { path: input, what: '文件' },
  ];
  await checkOutputPaths(planned, inputs, input, fs);
  const scheme = schemeFromJson(new TextDecoder().decode(await readInput(jsonPath, '方案文件', fs)));
  const check = validateScheme(scheme, locateInJson(basename(jsonPath)));
  if (check.errors.length > 0) {
    io.stderr(list(`方案文件 ${jsonPath} 有误，未写入（请改正后重试）：`, check.errors));
    return 1;
  }
  if (check.warnings.length > 0) io.stderr(list('请核对：', check.warnings));
  const bytes = await readInput(input, '文件', fs);
  await checkReplaceable(planned, force, async (_o, existing) => isOwnWorkbook(existing, await readWorkbook(bytes, input)), fs);
  const written = await applyPlan(bytes, { sheets: [schemeToSheetPlan(scheme)] }, input);
  await writeAll([{ path: out, data: written.bytes }], fs);
  // The messages already say where each sheet went (created, replaced, or renamed beside a clerk's sheet).
  for (const m of written.report.messages) io.stderr(m);
  io.stderr(`已写入 ${out}（原文件 ${input} 未改动）`);
  return 0;
}

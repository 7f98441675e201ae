import { basename } from 'node:path';
import { invalid } from '../engine/errors';
import { XlsxWorkbook } from '../host/xlsx';
import { NODE_ZIP } from './node-zip';
import type { Warning } from '../sheet/warning';
import { exportScheme, importScheme } from '../workflow/scheme';
import { parseArgs } from './argv';
import { readInput, writeAll } from './files';
import type { FileSystem } from './file-system';
import { CommandIO, filesOf } from './io';
import { checkOutputPaths, checkReplaceable, PlannedOutput } from './output-rule';
import { isOwnSchemeExport, isOwnWorkbook, markSchemeExport } from './own-output';
import { SCHEME_USAGE } from './usage';

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
  if (sub === 'export') return exportCommand(positional, options, io);
  if (sub === 'import') return importCommand(positional, options, io);
  throw invalid(`未知的 scheme 子命令“${sub}”：\n  ${SCHEME_USAGE}`);
}

function list(title: string, items: Warning[]): string {
  return [title, ...items.map((w) => `  ${w.message}`)].join('\n');
}

async function exportCommand(positional: string[], { out, force, fs }: Options, io: CommandIO): Promise<number> {
  const input = positional[0];
  if (!input || positional.length > 1) throw invalid(`scheme export 需要一个工作簿文件：\n  ${SCHEME_USAGE}`);
  const planned: PlannedOutput[] = out ? [{ flag: '--out', path: out, kind: 'scheme-json' }] : [];
  await checkOutputPaths(planned, [{ path: input, what: '文件' }], input, fs);
  const workbook = await XlsxWorkbook.open(await readInput(input, '文件', fs), input, { codec: NODE_ZIP });
  const exported = exportScheme(await workbook.readSheets());
  if (!exported.ok) {
    io.stderr(list(`“${exported.sheet}”工作表有误，未导出（请改正后重试）：`, exported.problems));
    return 1;
  }
  if (exported.warnings.length > 0) io.stderr(list('请核对：', exported.warnings));
  if (exported.sheet === null)
    io.stderr(
      `工作簿 ${input} 中没有“方案”工作表，导出的是 PERF 的默认方案（优秀 90 / 良好 80 / 一般 60 / 较差，竞争排名，按类别排名，不评奖）：` +
        '可以在它的基础上修改，再用 perf scheme import 写入工作簿',
    );
  if (!out) {
    io.stdout(exported.json);
    return 0;
  }
  const from = basename(input);
  await checkReplaceable(planned, force, async (_o, existing) => isOwnSchemeExport(existing, from), fs);
  await writeAll([{ path: out, data: markSchemeExport(exported.json, from) }], fs);
  io.stderr(exported.sheet === null ? `已把 PERF 的默认方案导出到 ${out}` : `已把工作表“${exported.sheet}”的方案导出到 ${out}（本单位的公示设置和单位名册不导出）`);
  return 0;
}

async function importCommand(positional: string[], { out, force, fs }: Options, io: CommandIO): Promise<number> {
  const [jsonPath, input] = positional;
  if (!jsonPath || !input || positional.length > 2) throw invalid(`scheme import 需要方案文件和工作簿文件：\n  ${SCHEME_USAGE}`);
  if (!out) throw invalid(`scheme import 需要 --out 输出文件：PERF 从不修改原文件。\n  ${SCHEME_USAGE}`);
  const planned: PlannedOutput[] = [{ flag: '--out', path: out, kind: 'workbook' }];
  const inputs = [
    { path: jsonPath, what: '方案文件' },
    { path: input, what: '文件' },
  ];
  await checkOutputPaths(planned, inputs, input, fs);
  const file = { name: basename(jsonPath), text: new TextDecoder().decode(await readInput(jsonPath, '方案文件', fs)) };
  const workbook = await XlsxWorkbook.open(await readInput(input, '文件', fs), input, { codec: NODE_ZIP });
  const sheets = await workbook.readSheets();
  const imported = importScheme(sheets, file);
  if (!imported.ok) {
    io.stderr(list(`方案文件 ${jsonPath} 有误，未写入（请改正后重试）：`, imported.problems));
    return 1;
  }
  if (imported.warnings.length > 0) io.stderr(list('请核对：', imported.warnings));
  await checkReplaceable(planned, force, async (_o, existing) => isOwnWorkbook(existing, sheets), fs);
  const report = await workbook.apply(imported.plan);
  await writeAll([{ path: out, data: await workbook.toBytes() }], fs);
  // The messages already say where each sheet went (created, replaced, or renamed beside a clerk's sheet).
  for (const m of report.messages) io.stderr(m);
  io.stderr(`已写入 ${out}（原文件 ${input} 未改动；工作簿原有的公示设置和单位名册保留）`);
  return 0;
}

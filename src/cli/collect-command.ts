import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { collect, blankWorkbook, type CollectTarget, type IncomingFile } from '../collect';
import { invalid } from '../engine/errors';
import { readWorkbook, XlsxWorkbook } from '../host/xlsx';
import { parseArgs, UsageError } from './argv';
import { readInput, writeAll } from './files';
import { CommandIO, filesOf } from './io';
import type { FileSystem } from './file-system';
import { checkOutputPaths, checkReplaceable, type PlannedOutput } from './output-rule';
import { isOwnWorkbook } from './own-output';
import { NODE_ZIP } from './node-zip';

const FLAGS = ['into', 'out', 'sheet', 'prefer'];
const WORKBOOK = new Set(['.xlsx', '.xlsm']);

/** The workbooks named, folders walked (Excel's lock files ~$… passed over), in name order. */
async function expandInputs(paths: string[], fs: FileSystem): Promise<string[]> {
  const out: string[] = [];
  const walk = async (path: string): Promise<void> => {
    const stat = await fs.stat(path);
    if (!stat) throw invalid(`找不到要收集的文件或文件夹：${path}。请检查路径`);
    if (!stat.isDirectory) {
      out.push(path);
      return;
    }
    const names = (await readdir(path)).sort();
    for (const name of names) {
      const full = join(path, name);
      const s = await fs.stat(full);
      if (s?.isDirectory) await walk(full);
      else if (WORKBOOK.has(extname(name).toLowerCase()) && !name.startsWith('~$')) out.push(full);
    }
  };
  for (const p of paths) await walk(p);
  return out;
}

/** The name each file is known by in messages: its own name, or its path where two share a name. */
function displayNames(paths: string[]): string[] {
  const counts = new Map<string, number>();
  for (const p of paths) counts.set(basename(p), (counts.get(basename(p)) ?? 0) + 1);
  return paths.map((p) => (counts.get(basename(p))! > 1 ? p : basename(p)));
}

/** perf collect <files or folders…> --into 汇总.xlsx --out 结果.xlsx: many workbooks into one summary. */
export async function runCollectCommand(argv: string[], io: CommandIO, now = new Date()): Promise<number> {
  const { positional, flags } = parseArgs(argv, FLAGS, ['strict', 'refresh', 'force']);
  if (positional.length === 0) throw invalid('缺少要收集的文件：用法 perf collect <文件或文件夹…> --into <汇总表.xlsx> --out <输出.xlsx>');
  if (!flags.out) throw invalid('缺少 --out：请指定写出的工作簿，例如 --out 汇总-已收集.xlsx（原汇总表不改动）');
  if (flags.prefer !== undefined && flags.prefer !== 'newer') throw new UsageError(`--prefer 只能是 newer（各文件的值不同时取最后保存的文件），不能是“${flags.prefer}”`);
  const fs = filesOf(io);
  const planned: PlannedOutput[] = [{ flag: '--out', path: flags.out, kind: 'workbook' }];
  const inputs = await expandInputs(positional, fs);
  await checkOutputPaths(planned, [...(flags.into ? [flags.into] : []), ...inputs].map((path) => ({ path, what: '文件' })), flags.into, fs);

  let target: CollectTarget | null = null;
  let workbook: XlsxWorkbook | null = null;
  if (flags.into) {
    workbook = await XlsxWorkbook.open(await readInput(flags.into, '汇总表', fs), flags.into, { codec: NODE_ZIP });
    target = { name: basename(flags.into), sheets: await workbook.readSheets() };
  }
  await checkReplaceable(planned, flags.force === 'true', (_o, existing) => isOwnWorkbook(existing, target?.sheets ?? []), fs);

  const names = displayNames(inputs);
  const files: IncomingFile[] = inputs.map((path, i) => ({ name: names[i]!, bytes: () => readInput(path, '文件', fs) }));
  const outcome = await collect(target, files, {
    sheet: flags.sheet,
    strict: flags.strict === 'true',
    preferNewer: flags.prefer === 'newer',
    refresh: flags.refresh === 'true',
    now,
    read: (bytes, name) => readWorkbook(bytes, name, { codec: NODE_ZIP }),
  });
  for (const p of outcome.problems) io.stderr(p.message);
  if (!outcome.ok) {
    io.stderr(`错误：${outcome.message}；没有写出任何文件`);
    return 1;
  }
  if (outcome.base.kind === 'file') workbook = await XlsxWorkbook.open(await files[outcome.base.index]!.bytes(), files[outcome.base.index]!.name, { codec: NODE_ZIP });
  else if (outcome.base.kind === 'blank' || !workbook) workbook = await XlsxWorkbook.open(blankWorkbook(), '新工作簿', { codec: NODE_ZIP });
  if (outcome.clearFirst) await workbook.apply(outcome.clearFirst);
  const report = await workbook.apply(outcome.plan);
  await writeAll([{ path: flags.out, data: await workbook.toBytes() }], fs);
  for (const m of report.messages) io.stderr(m);
  const received = outcome.lines.filter((l) => l.status === '已收到').length;
  const missing = outcome.lines.filter((l) => l.status === '未收到').length;
  const conflicts = outcome.problems.filter((p) => p.kind === 'conflict').length;
  io.stdout(
    `已收集 ${inputs.length} 个文件（收到 ${received} 个，未收到 ${missing} 项），在汇总表“${outcome.summarySheet}”${outcome.created ? '（新建）' : ''}中填入 ${outcome.filled.length} 个单元格；` +
      `需要核对的问题 ${outcome.problems.length} 条${conflicts ? `，其中 ${conflicts} 处各文件的值不同，留空未填` : ''}。`,
  );
  io.stdout(`已写入 ${flags.out}${flags.into ? `（原文件 ${flags.into} 未改动）` : ''}；每个填入单元格的来源和全部问题见“报送情况”工作表`);
  return 0;
}

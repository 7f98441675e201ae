import { basename, dirname, extname, join, resolve } from 'node:path';
import { invalid } from '../engine/errors';
import { readFailure } from './file-errors';
import type { FileSystem } from './file-system';

/**
 * The one rule for every output flag (--out, --json FILE, scheme export --out):
 * an output is never an input, two outputs are never the same file, a workbook keeps
 * its input's extension, and an existing file is replaced only with --force or when it
 * is PERF's own earlier output for the same input (see own-output.ts).
 */
export type OutputKind = 'workbook' | 'ranking-json' | 'scheme-json';

export interface PlannedOutput {
  /** The flag that named it, for messages: "--out", "--json". */
  flag: string;
  path: string;
  kind: OutputKind;
}

export interface NamedInput {
  path: string;
  /** "文件", "方案文件": what the clerk calls it. */
  what: string;
}

const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];
/** A JSON output with one of these names is a mistake (the clerk meant --out). */
const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.xlsb', '.csv', '.et', '.ods'];

/** The path as the file system resolves it: folders through their links, case folded where the system ignores case. */
async function canonical(path: string, fs: FileSystem): Promise<string> {
  const full = resolve(path);
  let folder = dirname(full);
  try {
    folder = await fs.realpath(folder);
  } catch {
    // a folder that does not exist yet: writing will say so
  }
  const key = join(folder, basename(full));
  return fs.platform === 'win32' ? key.toLowerCase() : key;
}

interface Located {
  key: string;
  id: string | null;
  isDirectory: boolean;
}

async function locate(path: string, fs: FileSystem, what: string): Promise<Located> {
  const key = await canonical(path, fs);
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (e) {
    throw readFailure(e, path, what);
  }
  return { key, id: stat?.id ?? null, isDirectory: stat?.isDirectory ?? false };
}

/** Same path, or the same file reached through a symlink or a hard link. */
const sameFile = (a: Located, b: Located) => a.key === b.key || (a.id !== null && a.id === b.id);

function extensionProblem(out: PlannedOutput, workbookInput: string | undefined): string | null {
  const ext = extname(out.path).toLowerCase();
  if (out.kind !== 'workbook') {
    return SPREADSHEET_EXTENSIONS.includes(ext)
      ? `${out.flag} ${out.path} 写出的是 JSON 文本，不能用 ${ext} 作扩展名：请改为 .json（要写出工作簿请用 --out）`
      : null;
  }
  if (!WORKBOOK_EXTENSIONS.includes(ext))
    return `${out.flag} ${out.path} 的扩展名应为 .xlsx 或 .xlsm：PERF 写出的是 Excel 工作簿（需要 CSV 时请在 Excel/WPS 中打开结果后另存为）`;
  const inputExt = workbookInput ? extname(workbookInput).toLowerCase() : '';
  if (WORKBOOK_EXTENSIONS.includes(inputExt) && inputExt !== ext)
    return inputExt === '.xlsm'
      ? `${out.flag} ${out.path} 应以 .xlsm 结尾：输入是启用宏的工作簿，宏只能保存在 .xlsm 文件中`
      : `${out.flag} ${out.path} 应以 .xlsx 结尾，与输入文件相同：扩展名与内容不符的文件 Excel 会拒绝打开`;
  return null;
}

/**
 * Check every output's path before anything is read or written. `workbookInput` is the
 * workbook the outputs are made from (a workbook output keeps its extension).
 */
export async function checkOutputPaths(
  outputs: readonly PlannedOutput[],
  inputs: readonly NamedInput[],
  workbookInput: string | undefined,
  fs: FileSystem,
): Promise<void> {
  const ins = await Promise.all(inputs.map(async (i) => ({ input: i, at: await locate(i.path, fs, i.what) })));
  const outs = await Promise.all(outputs.map(async (o) => ({ output: o, at: await locate(o.path, fs, '文件') })));
  for (const { output, at } of outs) {
    const input = ins.find((i) => sameFile(i.at, at));
    if (input)
      throw invalid(`${output.flag} 不能与输入文件相同（${output.path} 就是 ${input.input.path}）：PERF 从不修改原文件，请另取一个文件名`);
  }
  for (let i = 0; i < outs.length; i++)
    for (let j = i + 1; j < outs.length; j++)
      if (sameFile(outs[i].at, outs[j].at))
        throw invalid(
          `${outs[i].output.flag} 和 ${outs[j].output.flag} 指向同一个文件 ${outs[j].output.path}：请给每个输出各取一个文件名；本次没有写出任何文件`,
        );
  for (const { output, at } of outs) {
    if (at.isDirectory)
      throw invalid(`${output.flag} ${output.path} 是一个文件夹：请在文件夹后面写上文件名，例如 ${join(output.path, output.kind === 'workbook' ? '排名结果.xlsx' : '结果.json')}`);
    const problem = extensionProblem(output, workbookInput);
    if (problem) throw invalid(problem);
  }
}

/**
 * Before writing: an existing output is replaced only with --force, or when `isOwn` says it
 * is PERF's own earlier output for the same input (then a re-run just works).
 */
export async function checkReplaceable(
  outputs: readonly PlannedOutput[],
  force: boolean,
  isOwn: (output: PlannedOutput, existing: Uint8Array) => Promise<boolean>,
  fs: FileSystem,
): Promise<void> {
  if (force) return;
  for (const output of outputs) {
    if (!(await fs.stat(output.path))) continue;
    let existing: Uint8Array;
    try {
      existing = await fs.readFile(output.path);
    } catch (e) {
      throw readFailure(e, output.path, '已有的输出文件');
    }
    if (!(await isOwn(output, existing)))
      throw invalid(
        `${output.path} 已经存在，而且不是 PERF 为同一输入写出的结果（或写出后被改动过）：为免覆盖别的文件，本次没有写出任何文件。请另取一个文件名，或确认可以覆盖后加上 --force`,
      );
  }
}

import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { invalid } from '../engine/errors';

/** The bytes of an input file, or a Chinese message naming it. */
export async function readInput(path: string, what = '文件'): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    throw invalid(`找不到${what} ${path}：请检查路径`);
  }
}

/** PERF never modifies the clerk's file: an output may not be the input. */
export function checkNotInput(out: string, input: string): void {
  if (resolve(out) === resolve(input))
    throw invalid(`--out 不能与输入文件相同（${input}）：PERF 从不修改原文件，请另取一个文件名`);
}

export interface OutputFile {
  path: string;
  data: Uint8Array | string;
}

/**
 * Write every output or none: each goes to a temporary file beside its target first, and
 * only when all of them are written are they renamed into place. A path that cannot be
 * written becomes a Chinese message naming it.
 */
export async function writeAll(files: OutputFile[]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const f of files) {
      const temp = `${f.path}.perf-${process.pid}.tmp`;
      temps.push(temp);
      await writeFile(temp, f.data).catch((e: NodeJS.ErrnoException) => {
        throw invalid(`无法写入 ${f.path}（${reasonOf(e)}）：请检查文件夹是否存在、是否有写入权限，或文件是否正在 Excel 中打开；本次没有写出任何文件`);
      });
    }
    for (let i = 0; i < files.length; i++) await rename(temps[i], files[i].path);
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw e;
  }
}

function reasonOf(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return '文件夹不存在';
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限';
    case 'EBUSY':
      return '文件正被其他程序占用';
    case 'EISDIR':
      return '这是一个文件夹';
    default:
      return e.code ?? e.message;
  }
}

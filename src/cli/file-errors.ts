import { dirname } from 'node:path';
import { invalid } from '../engine/errors';

const code = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? '';

/** Why an input could not be read, in Chinese, with what to do about it. */
export function readFailure(e: unknown, path: string, what: string): Error {
  switch (code(e)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return invalid(`找不到${what} ${path}：请检查路径和文件名`);
    case 'EACCES':
    case 'EPERM':
      return invalid(`没有权限读取${what} ${path}：请让管理员开放该文件的读取权限，或把它复制到自己的文件夹后再试`);
    case 'EISDIR':
      return invalid(`${path} 是一个文件夹，不是${what}：请写出文件夹中的文件名`);
    case 'EBUSY':
      return invalid(`${what} ${path} 正被其他程序占用，无法读取：请在 Excel/WPS 中关闭它后再试`);
    default:
      return invalid(`无法读取${what} ${path}（${code(e) || (e as Error).message}）：请检查该文件是否完好、能否在 Excel 中打开`);
  }
}

const NOTHING_WRITTEN = '本次没有写出任何文件';

/** Why an output could not be written, in Chinese, with what to do about it. */
export function writeFailure(e: unknown, path: string, alreadyWritten: readonly string[] = []): Error {
  const why = (() => {
    switch (code(e)) {
      case 'ENOENT':
      case 'ENOTDIR':
        return `文件夹 ${dirname(path)} 不存在：请先建立该文件夹，或换一个位置`;
      case 'EISDIR':
        return '这是一个文件夹：请在文件夹后面写上文件名，例如 结果\\排名结果.xlsx';
      case 'EBUSY':
        return '文件正在 Excel/WPS 或其他程序中打开：请关闭它后再试，或换一个文件名';
      case 'EPERM':
        return '文件正在 Excel/WPS 中打开，或没有写入权限：请关闭该文件后再试，或换一个有写入权限的文件夹';
      case 'EACCES':
        return '没有写入权限：请换一个有写入权限的文件夹（例如“我的文档”），或请管理员开放权限';
      case 'EROFS':
        return '所在的盘是只读的：请写到其他位置';
      case 'ENOSPC':
        return '磁盘空间不足：请清理磁盘或写到其他位置';
      default:
        return `${code(e) || (e as Error).message}：请检查文件夹是否存在、是否有写入权限`;
    }
  })();
  // Only a rename failing after another succeeded gets here (the targets were checked just before).
  const outcome = alreadyWritten.length > 0 ? `已写出 ${alreadyWritten.join('、')}，其余未写出` : NOTHING_WRITTEN;
  return invalid(`无法写入 ${path}（${why}）；${outcome}`);
}

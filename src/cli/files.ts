import { readFailure, writeFailure } from './file-errors';
import { FileSystem, nodeFileSystem } from './file-system';

/** The bytes of an input file, or a Chinese message naming it and saying why not. */
export async function readInput(path: string, what = '文件', fs: FileSystem = nodeFileSystem): Promise<Uint8Array> {
  try {
    return await fs.readFile(path);
  } catch (e) {
    throw readFailure(e, path, what);
  }
}

export interface OutputFile {
  path: string;
  data: Uint8Array | string;
}

/**
 * Write every output or none: a target that exists is first checked to be writable (not
 * held open by Excel), each output goes to a temporary file beside its target, and only
 * when all of them are written are they renamed into place. A path that cannot be written
 * becomes a Chinese message naming it.
 */
export async function writeAll(files: OutputFile[], fs: FileSystem = nodeFileSystem): Promise<void> {
  const temps: string[] = [];
  let current = '';
  const renamed: string[] = [];
  try {
    for (const f of files) {
      current = f.path;
      if (await fs.stat(f.path)) await fs.probeWritable(f.path);
    }
    for (const f of files) {
      current = f.path;
      const temp = `${f.path}.perf-${process.pid}.tmp`;
      temps.push(temp);
      await fs.writeFile(temp, f.data);
    }
    for (let i = 0; i < files.length; i++) {
      current = files[i].path;
      await fs.rename(temps[i], files[i].path);
      renamed.push(files[i].path);
    }
  } catch (e) {
    await Promise.all(temps.map((t) => fs.remove(t).catch(() => undefined)));
    throw writeFailure(e, current, renamed);
  }
}

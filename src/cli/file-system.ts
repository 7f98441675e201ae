import { open, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';

/** Which file a path names: device and inode, so links and `sub/../` compare equal. */
export interface FileIdentity {
  id: string;
  isDirectory: boolean;
}

/**
 * Every file operation of the command line goes through this, so tests can make a
 * read or write fail the way Windows and locked files do (CI runs as root, where
 * permissions never fail).
 */
export interface FileSystem {
  readonly platform: NodeJS.Platform;
  readFile(path: string): Promise<Uint8Array>;
  /** null when nothing is at the path. */
  stat(path: string): Promise<FileIdentity | null>;
  realpath(path: string): Promise<string>;
  /** Open an existing file for writing and close it unchanged: fails while Excel holds it open. */
  probeWritable(path: string): Promise<void>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

const isMissing = (e: unknown) => ['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '');

export const nodeFileSystem: FileSystem = {
  platform: process.platform,
  readFile: async (path) => new Uint8Array(await readFile(path)),
  stat: async (path) => {
    try {
      const s = await stat(path, { bigint: true });
      // some network drives report inode 0 for every file: then only the path can tell
      return { id: s.ino === 0n ? `path:${path}` : `${s.dev}:${s.ino}`, isDirectory: s.isDirectory() };
    } catch (e) {
      if (isMissing(e)) return null;
      throw e;
    }
  },
  realpath: (path) => realpath(path),
  probeWritable: async (path) => {
    const handle = await open(path, 'r+');
    await handle.close();
  },
  writeFile: (path, data) => writeFile(path, data),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
};

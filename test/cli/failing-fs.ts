import { nodeFileSystem, type FileSystem } from '../../src/cli/file-system';

type Operation = 'readFile' | 'probeWritable' | 'writeFile' | 'rename';

/**
 * Node's file system, except that `operation` on a path `when` matches fails with `code`,
 * as Windows does for a file open in Excel (EBUSY/EPERM) or without permission (EACCES).
 */
export function failingFs(operation: Operation, code: string, when: (path: string) => boolean, platform = nodeFileSystem.platform): FileSystem & { calls: string[] } {
  const calls: string[] = [];
  const fail = (path: string) => {
    const e = new Error(`${code}: simulated, ${operation} '${path}'`) as NodeJS.ErrnoException;
    e.code = code;
    throw e;
  };
  const guard =
    <A extends unknown[], R>(name: Operation, f: (path: string, ...rest: A) => Promise<R>) =>
    async (path: string, ...rest: A): Promise<R> => {
      calls.push(`${name} ${path}`);
      if (name === operation && when(path)) fail(path);
      return f(path, ...rest);
    };
  return {
    ...nodeFileSystem,
    platform,
    calls,
    readFile: guard('readFile', nodeFileSystem.readFile),
    probeWritable: guard('probeWritable', nodeFileSystem.probeWritable),
    writeFile: guard('writeFile', nodeFileSystem.writeFile),
    // the failure is on the target, as when Excel holds it
    rename: async (from, to) => {
      calls.push(`rename ${to}`);
      if (operation === 'rename' && when(to)) fail(to);
      return nodeFileSystem.rename(from, to);
    },
  };
}

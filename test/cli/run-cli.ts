import { main } from '../../src/cli/main';
import type { FileSystem } from '../../src/cli/file-system';

/** Run the command line in-process; returns the exit code and what it printed. `files` replaces the file system. */
export async function runCli(args: string[], files?: FileSystem): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s + '\n'), stderr: (s) => (stderr += s + '\n'), files });
  return { code, stdout, stderr };
}

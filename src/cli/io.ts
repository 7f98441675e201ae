import { FileSystem, nodeFileSystem } from './file-system';

/** What a command talks to: stdout for results (JSON), stderr for messages, and the files. */
export interface CommandIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Tests put a failing file system here; the command line uses Node's. */
  files?: FileSystem;
}

export const processIO: CommandIO = {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  files: nodeFileSystem,
};

export const filesOf = (io: CommandIO): FileSystem => io.files ?? nodeFileSystem;

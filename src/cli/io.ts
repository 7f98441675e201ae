/** Where a command writes: stdout for results (JSON), stderr for messages. */
export interface CommandIO {
  stdout(s: string): void;
  stderr(s: string): void;
}

export const processIO: CommandIO = {
  stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
};

import { isPerfError } from '../engine/errors';
import { runApplyCommand } from './apply-command';
import { UsageError } from './argv';
import { CommandIO, processIO } from './io';
import { runRankCommand } from './rank-command';
import { runCollectCommand } from './collect-command';
import { runSchemeCommand } from './scheme-command';
import { runVerifyCommand } from './verify-command';
import { runTemplateCommand } from './template-command';
import { requestedHelp, USAGE } from './usage';

/** Run one command; every failure becomes a Chinese message on stderr and a non-zero exit code. */
export async function main(argv: string[], io: CommandIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  const help = requestedHelp(argv);
  if (help) {
    io.stdout(help);
    return 0;
  }
  try {
    if (command === 'rank') return await runRankCommand(rest, io);
    if (command === 'scheme') return await runSchemeCommand(rest, io);
    if (command === 'verify') return await runVerifyCommand(rest, io);
    if (command === 'collect') return await runCollectCommand(rest, io);
    if (command === 'apply') return await runApplyCommand(rest, io);
    if (command === 'template') return await runTemplateCommand(rest, io);
    // `perf` alone did nothing: a script that lost its arguments must not look successful
    if (command === undefined) {
      io.stderr(USAGE);
      return 2;
    }
    io.stderr(`未知命令“${command}”。\n\n${USAGE}`);
    return 2;
  } catch (e) {
    if (isPerfError(e)) {
      io.stderr(`错误：${e.message}`);
      return 1;
    }
    if (e instanceof UsageError) {
      io.stderr(`用法错误：${e.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`PERF 内部错误（不是您的数据问题），请把以下信息发给技术支持：\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 3;
  }
}

/** Run as the `perf` program: the process's arguments, its exit code. */
export function runAsProgram(): void {
  // `npm run perf` runs in the project folder; file names are meant from where the clerk typed them.
  // Only then: an installed `perf` started from another npm script (npm test, npx) keeps its own folder.
  const env = process.env;
  const viaNpmRunPerf = env.npm_package_name === 'perf-excel-addin' && ['perf', 'perf:dev'].includes(env.npm_lifecycle_event ?? '');
  if (env.INIT_CWD && viaNpmRunPerf) process.chdir(env.INIT_CWD);
  // `perf rank … | head`: the reader has seen enough; stop quietly instead of a stack trace
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(process.exitCode ?? 0);
    });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

// tsx src/cli/main.ts (the development route, test/golden/run-cli.ts); the build enters through entry.ts
if (process.argv[1] && /main\.[cm]?[jt]s$/.test(process.argv[1])) runAsProgram();

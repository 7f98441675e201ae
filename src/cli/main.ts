import { isPerfError } from '../engine/errors';
import { UsageError } from './argv';
import { CommandIO, processIO } from './io';
import { runRankCommand } from './rank-command';
import { runSchemeCommand } from './scheme-command';
import { runVerifyCommand } from './verify-command';

const USAGE = `PERF 绩效考评助手 命令行

  perf rank <汇总表.xlsx> [--sheet 工作表] [--out 输出.xlsx] [--json 文件|-]
            [--scheme 方案.json] [--bands "优秀:90,良好:80,一般:60,较差"]
            [--method competition|dense] [--deduction-cap N] [--bonus-cap N]
            [--decimals N] [--awards "一等奖:1:优秀,二等奖:2:良好,三等奖:2:良好"]
            [--quota-rounding half-up|down|up]
  perf scheme export <工作簿.xlsx> [--out 方案.json]
  perf scheme import <方案.json> <工作簿.xlsx> --out <输出.xlsx>
  perf verify <排名结果.xlsx> [--code 校验码]

运行方式：npm run --silent perf -- <命令> …`;

/** Run one command; every failure becomes a Chinese message on stderr and a non-zero exit code. */
export async function main(argv: string[], io: CommandIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'rank') return await runRankCommand(rest, io);
    if (command === 'scheme') return await runSchemeCommand(rest, io);
    if (command === 'verify') return await runVerifyCommand(rest, io);
    if (command === undefined || command === '--help' || command === 'help') {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
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

const isEntry = process.argv[1] && /main\.[cm]?[jt]s$/.test(process.argv[1]);
if (isEntry) {
  // `npm run perf` runs in the project folder; file names are meant from where the clerk typed them
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

import { createHash } from 'node:crypto';
import { invalid } from '../engine/errors';
import { rankingJson } from '../sheet/ranking/result-json';
import { readReportLines } from '../sheet/table/read-report';
import { Warning, warningLine } from '../sheet/warning';
import { runRanking } from '../workflow/rank';
import { SCHEME_FLAGS } from '../workflow/load-scheme';
import { parseArgs } from './argv';
import { CommandIO, filesOf } from './io';
import { printSummary } from './summary';
import { OutputFile, readInput, writeAll } from './files';
import { openRankInput } from './rank-files';

const FLAGS = ['sheet', 'out', 'json', 'scheme', ...SCHEME_FLAGS];

/** node's SHA-256 for the 校验码: the same code as the host-free default, many times faster. */
const nodeSha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());

function blockingMessage(problems: Warning[]): string {
  if (problems.length === 1 && !problems[0]!.cell) return `错误：${problems[0]!.message}`;
  return ['无法计算：', ...problems.map((e) => `  ${warningLine(e)}`)].join('\n');
}

/** perf rank <in.xlsx> …: the one-click ranking over a workbook file. Returns the exit code. */
export async function runRankCommand(argv: string[], io: CommandIO, now = new Date()): Promise<number> {
  const { positional, flags } = parseArgs(argv, FLAGS, ['force']);
  const input = positional[0];
  if (!input) throw invalid('缺少输入文件：用法 perf rank <汇总表.xlsx> [--out 输出.xlsx] [--json -]');
  const fs = filesOf(io);
  const { workbook, sheets } = await openRankInput(input, flags, fs);
  const schemeFile = flags.scheme
    ? { name: flags.scheme.split(/[\\/]/).pop()!, text: new TextDecoder().decode(await readInput(flags.scheme, '方案文件', fs)) }
    : undefined;
  const outcome = runRanking(sheets, { schemeFile, settings: flags, sheet: flags.sheet, now, digest: nodeSha256 });
  const toJson = flags.json === '-';
  // what PERF read comes first, so that the clerk sees how the table was understood before any result
  if (outcome.read) for (const line of readReportLines(outcome.read)) (toJson ? io.stderr : io.stdout)(line);
  if (!outcome.ok) {
    io.stderr(blockingMessage(outcome.problems));
    return 1;
  }
  const { result } = outcome;

  const json = JSON.stringify(rankingJson(result), null, 2);
  const outputs: OutputFile[] = [];
  if (flags.json && !toJson) outputs.push({ path: flags.json, data: json + '\n' });
  const report = flags.out ? await workbook.apply(outcome.plan) : null;
  if (flags.out) outputs.push({ path: flags.out, data: await workbook.toBytes() });
  await writeAll(outputs, fs);

  if (toJson) io.stdout(json);
  if (report) {
    for (const m of report.messages) io.stderr(m);
    io.stderr(`已写入 ${flags.out}（原文件 ${input} 未改动）；需要核对的问题和计算说明在“核对”工作表（不公示）`);
  }
  if (!toJson) printSummary(result, io.stdout);
  else if (result.warnings.length > 0) io.stderr(`有 ${result.warnings.length} 条需要核对的问题，见 JSON 中的 warnings`);
  return 0;
}

import { invalid } from '../engine/errors';
import { validateAgainstData, validateScheme } from '../engine/scheme/validate';
import { applyPlan } from '../host/xlsx';
import { chooseSummarySheet } from '../sheet/table';
import { computeRanking } from '../sheet/ranking/compute';
import { rankingJson } from '../sheet/ranking/result-json';
import { rankingPlan } from '../sheet/ranking/plan';
import { schemeData } from '../sheet/ranking/scheme-data';
import { Warning, warningLine } from '../sheet/warning';
import { parseArgs } from './argv';
import { CommandIO, filesOf } from './io';
import { loadScheme, SCHEME_FLAGS } from './load-scheme';
import { printSummary } from './summary';
import { OutputFile, writeAll } from './files';
import { openRankInput } from './rank-files';

const FLAGS = ['sheet', 'out', 'json', 'scheme', ...SCHEME_FLAGS];

function blockingMessage(errors: Warning[]): string {
  return ['方案有误，无法计算：', ...errors.map((e) => `  ${warningLine(e)}`)].join('\n');
}

/** perf rank <in.xlsx> …: the one-click ranking over a workbook file. Returns the exit code. */
export async function runRankCommand(argv: string[], io: CommandIO, now = new Date()): Promise<number> {
  const { positional, flags } = parseArgs(argv, FLAGS, ['force']);
  const input = positional[0];
  if (!input) throw invalid('缺少输入文件：用法 perf rank <汇总表.xlsx> [--out 输出.xlsx] [--json -]');
  const fs = filesOf(io);
  const { bytes, sheets } = await openRankInput(input, flags, fs);
  const loaded = await loadScheme(sheets, flags, fs);
  const check = validateScheme(loaded.scheme, loaded.locate);
  const schemeErrors = [...loaded.errors, ...check.errors];
  if (schemeErrors.length > 0) {
    io.stderr(blockingMessage(schemeErrors));
    return 1;
  }
  const { table } = chooseSummarySheet(sheets, flags.sheet);
  const dataCheck = validateAgainstData(loaded.scheme, schemeData(table), loaded.locate);
  if (dataCheck.errors.length > 0) {
    io.stderr(blockingMessage(dataCheck.errors));
    return 1;
  }

  const result = computeRanking(table, loaded.scheme, loaded.source);
  result.warnings.unshift(...loaded.warnings, ...check.warnings, ...dataCheck.warnings);

  const json = JSON.stringify(rankingJson(result), null, 2);
  const outputs: OutputFile[] = [];
  if (flags.json && flags.json !== '-') outputs.push({ path: flags.json, data: json + '\n' });
  const written = flags.out ? await applyPlan(bytes, rankingPlan(result, now), input) : null;
  if (flags.out && written) outputs.push({ path: flags.out, data: written.bytes });
  await writeAll(outputs, fs);

  if (flags.json === '-') io.stdout(json);
  if (written) {
    for (const m of written.report.messages) io.stderr(m);
    io.stderr(`已写入 ${flags.out}（原文件 ${input} 未改动）`);
  }
  if (flags.json !== '-') printSummary(result, io.stdout);
  else if (result.warnings.length > 0) io.stderr(`有 ${result.warnings.length} 条需要核对的问题，见 JSON 中的 warnings`);
  return 0;
}

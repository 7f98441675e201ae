import { invalid } from '../engine/errors';
import { previewLines } from '../sheet/apply/preview';
import type { WriteReport } from '../sheet/plan';
import { Warning, warningLine } from '../sheet/warning';
import { applicationLines } from '../sheet/apply/applications';
import { proposeApply, proposeUndo } from '../workflow/apply';
import { SCHEME_FLAGS } from '../workflow/load-scheme';
import { parseArgs } from './argv';
import { writeAll, readInput } from './files';
import { CommandIO, filesOf } from './io';
import { openRankInput } from './rank-files';

const FLAGS = ['sheet', 'out', 'scheme', ...SCHEME_FLAGS];

function blocking(problems: Warning[]): string {
  if (problems.length === 1 && !problems[0]!.cell) return `错误：${problems[0]!.message}`;
  return ['无法套用：', ...problems.map((e) => `  ${warningLine(e)}`)].join('\n');
}

/** Cells the host kept because the clerk changed them after 套用, said per sheet. */
function keptLines(report: WriteReport): string[] {
  return (report.edited ?? [])
    .filter((e) => e.kept.length > 0)
    .map((e) => `工作表“${e.sheet}”的 ${e.kept.join('、')} 在套用之后被改动过，保持不动（没有清除）`);
}

/**
 * perf apply <in.xlsx> [--sheet 名称] [--out 输出.xlsx]: 套用到现有表格. The preview is
 * always printed first; without --out nothing is written (the preview is the whole
 * answer), with --out the cells are added to a copy (the original is never changed),
 * so the clerk confirms by naming the copy and checks it before using it.
 * perf apply --undo[=N|时间] <in.xlsx> --out 输出.xlsx: 撤销本次套用 on a copy — the latest
 * application, or the one chosen (N in the list, 1 = the latest, or its time); without --out
 * the applications are listed and nothing is written.
 */
export async function runApplyCommand(argv: string[], io: CommandIO): Promise<number> {
  // --undo takes no value of its own (the file follows it); --undo=N chooses an application
  const undoChoice = argv.find((a) => a.startsWith('--undo='))?.slice('--undo='.length);
  const { positional, flags } = parseArgs(
    argv.map((a) => (a.startsWith('--undo=') ? '--undo' : a)),
    FLAGS,
    ['force', 'undo'],
  );
  const input = positional[0];
  if (!input) throw invalid('缺少输入文件：用法 perf apply <表格.xlsx> [--sheet 工作表名] [--out 输出.xlsx]，撤销：perf apply --undo <表格.xlsx> --out 输出.xlsx');
  const fs = filesOf(io);
  const { workbook, sheets } = await openRankInput(input, { out: flags.out ?? '', force: flags.force ?? '', scheme: flags.scheme ?? '' }, fs);

  if (flags.undo === 'true') {
    const undo = proposeUndo(sheets, { sheet: flags.sheet, batch: undoChoice });
    if (!undo.ok) {
      io.stderr(blocking(undo.problems));
      return 1;
    }
    const which = `“${undo.application.label}”（工作表“${undo.sheet}”，${undo.cells.length} 个单元格）`;
    if (!flags.out) {
      io.stdout(`工作簿中的套用（最近的在前）：`);
      for (const line of applicationLines(undo.applications)) io.stdout(line);
      io.stdout(`将撤销 ${which}。（没有写入任何文件：加 --out 输出.xlsx 撤销到副本；撤销较早的一次用 --undo=序号）`);
      return 0;
    }
    const report = await workbook.apply(undo.plan);
    await writeAll([{ path: flags.out, data: await workbook.toBytes() }], fs);
    const cleared = report.edited?.[0]?.cleared ?? [];
    io.stdout(`撤销本次套用 ${which}：清除了 ${cleared.length} 个单元格${cleared.length ? `（${cleared.join('、')}）` : ''}，其他单元格未动`);
    for (const line of keptLines(report)) io.stdout(line);
    for (const note of undo.notes) io.stdout(note);
    if (undo.remaining.length) io.stdout(`记录中还有 ${undo.remaining.length} 次套用：\n${applicationLines(undo.remaining).join('\n')}`);
    io.stderr(`已写入 ${flags.out}（原文件 ${input} 未改动）`);
    return 0;
  }

  const schemeFile = flags.scheme
    ? { name: flags.scheme.split(/[\\/]/).pop()!, text: new TextDecoder().decode(await readInput(flags.scheme, '方案文件', fs)) }
    : undefined;
  const outcome = proposeApply(sheets, { schemeFile, settings: flags, sheet: flags.sheet });
  if (!outcome.ok) {
    io.stderr(blocking(outcome.problems));
    return 1;
  }
  for (const line of previewLines(outcome.proposal)) io.stdout(line);
  if (!flags.out) {
    io.stdout(outcome.proposal.cells.length ? '（以上为预览，没有写入任何文件。确认后加 --out 输出.xlsx，PERF 把这些单元格写进原文件的副本。）' : '（没有写入任何文件。）');
    return 0;
  }
  if (outcome.proposal.cells.length === 0) {
    io.stderr(`没有要添加的单元格，没有写出 ${flags.out}`);
    return 0;
  }
  await workbook.apply(outcome.plan);
  await writeAll([{ path: flags.out, data: await workbook.toBytes() }], fs);
  io.stderr(
    `已写入 ${flags.out}（原文件 ${input} 未改动）：在工作表“${outcome.proposal.sheet}”添加了 ${outcome.proposal.cells.length} 个单元格，已记入 PERF 的记录；` +
      `要撤销：perf apply --undo ${flags.out} --out 撤销后.xlsx`,
  );
  return 0;
}

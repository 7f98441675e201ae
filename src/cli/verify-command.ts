import { invalid } from '../engine/errors';
import { XlsxWorkbook } from '../host/xlsx';
import { NODE_ZIP } from './node-zip';
import { warningLine } from '../sheet/warning';
import { verifyRanking } from '../workflow/verify';
import { parseArgs } from './argv';
import { readInput } from './files';
import { filesOf, type CommandIO } from './io';
import { VERIFY_USAGE } from './usage';


/** perf verify <file> [--code X]: 0 when the posted ranking still matches its data and scheme, 1 when not. */
export async function runVerifyCommand(argv: string[], io: CommandIO): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['code']);
  const input = positional[0];
  if (!input || positional.length > 1) throw invalid(`verify 需要一个工作簿文件：${VERIFY_USAGE}`);
  const workbook = await XlsxWorkbook.open(await readInput(input, '文件', filesOf(io)), input, { codec: NODE_ZIP });
  const outcome = verifyRanking(await workbook.readSheets(), { code: flags.code });
  if (!outcome.ok) {
    io.stderr(['无法核对：', ...outcome.problems.map((p) => `  ${warningLine(p)}`)].join('\n'));
    return 1;
  }
  if (outcome.matches) {
    io.stdout(`核对通过：${input} 的公示结果与其中的数据和方案一致（校验码 ${outcome.posted}）`);
    return 0;
  }
  io.stdout(
    outcome.current === outcome.posted
      ? `核对未通过：${input} 的数据和方案与公示时一致（校验码 ${outcome.posted}），但：`
      : `核对未通过：${input} 公示的校验码为 ${outcome.posted}，按现在的数据和方案应为 ${outcome.current}。变动如下：`,
  );
  for (const f of outcome.findings) io.stdout(`  ${f}`);
  return 1;
}

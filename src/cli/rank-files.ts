import { XlsxWorkbook } from '../host/xlsx';
import { NODE_ZIP } from './node-zip';
import type { SheetData } from '../sheet/source-table';
import { readInput } from './files';
import type { FileSystem } from './file-system';
import { checkOutputPaths, checkReplaceable, NamedInput, PlannedOutput } from './output-rule';
import { isOwnRankingJson, isOwnWorkbook } from './own-output';

/**
 * perf rank's files before the ranking runs: the outputs (--out, --json FILE) checked by the
 * output rule, then the workbook read. Nothing is computed or written when a check fails.
 */
export async function openRankInput(
  input: string,
  flags: Record<string, string>,
  fs: FileSystem,
): Promise<{ workbook: XlsxWorkbook; sheets: SheetData[] }> {
  const planned: PlannedOutput[] = [];
  if (flags.out) planned.push({ flag: '--out', path: flags.out, kind: 'workbook' });
  if (flags.json && flags.json !== '-') planned.push({ flag: '--json', path: flags.json, kind: 'ranking-json' });
  const inputs: NamedInput[] = [{ path: input, what: '文件' }];
  if (flags.scheme) inputs.push({ path: flags.scheme, what: '方案文件' });
  await checkOutputPaths(planned, inputs, input, fs);

  const workbook = await XlsxWorkbook.open(await readInput(input, '文件', fs), input, { codec: NODE_ZIP });
  const sheets = await workbook.readSheets();
  const isOwn = async (o: PlannedOutput, existing: Uint8Array) =>
    o.kind === 'workbook' ? isOwnWorkbook(existing, sheets) : isOwnRankingJson(existing);
  await checkReplaceable(planned, flags.force === 'true', isOwn, fs);
  return { workbook, sheets };
}

import { invalid } from '../engine/errors';
import { RECORD_SHEET } from '../sheet/write/record';
import { findTemplate, templateList } from '../templates';
import { templateWorkbook } from '../templates/write-template';
import { parseArgs } from './argv';
import { writeAll } from './files';
import { CommandIO, filesOf } from './io';
import { checkOutputPaths, checkReplaceable, type PlannedOutput } from './output-rule';
import { TEMPLATE_USAGE } from './usage';

/** perf template <name> [--variant V] [--protect [--password P]] --out file.xlsx; perf template --list. */
export async function runTemplateCommand(args: string[], io: CommandIO): Promise<number> {
  const { positional, flags } = parseArgs(args, ['out', 'variant', 'password'], ['list', 'protect', 'force']);
  if (flags.list === 'true') {
    if (positional.length > 0) throw invalid(`--list 不带模板名：perf template --list`);
    io.stdout(templateList().join('\n'));
    return 0;
  }
  const [name] = positional;
  if (!name || positional.length > 1) throw invalid(`template 需要一个模板名：\n  ${TEMPLATE_USAGE}\n可用的模板：\n${templateList().join('\n')}`);
  const template = findTemplate(name);
  const out = flags.out;
  if (!out) throw invalid(`template 需要 --out 输出文件，例如 perf template ${template.name} --out ${template.name}.xlsx`);
  const fs = filesOf(io);
  const planned: PlannedOutput[] = [{ flag: '--out', path: out, kind: 'workbook' }];
  await checkOutputPaths(planned, [], out, fs);
  const { bytes, report } = await templateWorkbook(template, { variant: flags.variant, protect: flags.protect === 'true', password: flags.password });
  // an existing file is replaced only with --force, or when it is this very template (a re-run)
  await checkReplaceable(planned, flags.force === 'true', async (_o, existing) => sameBytes(existing, bytes), fs);
  await writeAll([{ path: out, data: bytes }], fs);
  const sheets = report.written.filter((w) => w.actual !== RECORD_SHEET).map((w) => `“${w.actual}”`).join('、');
  const variant = flags.variant ?? template.variants[0]?.id;
  io.stderr(
    `已写出模板 ${out}：工作表 ${sheets}${variant ? `（变体 ${variant}）` : ''}${flags.protect === 'true' ? `；已保护工作表，黄色输入单元格可填写${flags.password ? '（已设密码）' : '（未设密码）'}` : ''}。` +
      '示例数据请替换为本单位的数据。',
  );
  return 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

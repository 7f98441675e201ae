/** What `perf --help`, `perf rank --help` and `perf scheme --help` print. */

export const RANK_USAGE = `perf rank <汇总表.xlsx> [选项]   对汇总表做一键排名

  --out 输出.xlsx        写出原文件的副本，加上 排名、表彰名单（公示用）和 核对（不公示）工作表（原文件不改动）
  --json 文件|-          把结果写成 JSON 文件；- 表示打印到屏幕（标准输出）
  --force               输出文件已存在且不是 PERF 上次为同一输入写出的结果时，仍然覆盖
  --sheet 工作表名        指定汇总表所在的工作表
  --scheme 方案.json     使用方案文件（否则用工作簿中的“方案”工作表，再否则用默认方案）
  --bands "优秀:90,良好:80,一般:60,较差"   --method competition|dense
  --deduction-cap N  --bonus-cap N  --decimals N  --quota-rounding half-up|down|up
  --awards "一等奖:1:优秀,二等奖:2:良好,三等奖:2:良好"`;

export const SCHEME_USAGE = `perf scheme export <工作簿.xlsx> [--out 方案.json] [--force]
      把“方案”工作表导出为方案文件（没有“方案”工作表时导出默认方案，作为起点修改）
  perf scheme import <方案.json> <工作簿.xlsx> --out <输出.xlsx> [--force]
      把方案文件写入工作簿副本的“方案”工作表（原文件不改动）`;

export const VERIFY_USAGE = `perf verify <排名结果.xlsx> [--code 校验码]
      核对公示的排名是否仍与工作簿中的数据和方案一致（一致时退出码为 0，否则列出变动）；
      --code 核对打印件页脚上的校验码`;

export const COLLECT_USAGE = `perf collect <文件或文件夹…> --into <汇总表.xlsx> --out <输出.xlsx> [选项]
      把各单位、各部门报送的工作簿收集进汇总表：只填空白单元格，每个数都记下来源，
      写出“报送情况”工作表（收到/未收到、问题、每个填入单元格的来源）
  --into 汇总表.xlsx     要填的汇总表（不写时按要收集的文件中带单位名册的工作簿新建汇总表）
  --sheet 工作表名        指定汇总表所在的工作表
  --strict              各文件的值不同（冲突）时不写出任何文件（默认：冲突的单元格留空，其余照填）
  --prefer newer        各文件的值不同时取最后保存的文件，并在报送情况中写明
  --refresh             PERF 上次填过的单元格也换成新收集的值（汇总员自己填的单元格从不改动）
  --force               输出文件已存在且不是 PERF 为同一汇总表写出的结果时，仍然覆盖`;
export const APPLY_USAGE = `perf apply <表格.xlsx> [--sheet 工作表名] [--out 输出.xlsx] [--force]
      套用到现有表格：识别汇总表的列，在空白的 总分、等次、排名 单元格中（没有这些列时在表格右侧新增）
      写入任何电子表格都能计算的公式；先列出要添加的每个单元格，加 --out 才写进副本（原文件不改动）
  perf apply --undo[=序号|时间] <表格.xlsx> [--out <输出.xlsx>] [--sheet 工作表名]
      撤销本次套用：只清除最近一次套用添加的单元格（按 PERF 的记录），其他单元格不动；
      不写 --out 时列出各次套用（1 是最近一次），--undo=2 撤销较早的一次`;

export const TEMPLATE_USAGE = `perf template <模板名> [--variant 变体] [--protect [--password 密码]] --out <文件.xlsx> [--force]
      写出一个模板（含示例数据，请替换）；--protect 锁定公式和表头，黄色输入单元格可填写
  perf template --list   列出全部模板：每行先写模板名，再写用途和变体`;

export const USAGE = `PERF 绩效考评助手 命令行

  ${RANK_USAGE.replace(/\n(?=.)/g, '\n  ')}

  ${SCHEME_USAGE}

  ${VERIFY_USAGE}

  ${COLLECT_USAGE.replace(/\n(?=.)/g, '\n  ')}
  ${APPLY_USAGE}

  perf --help            显示本说明

输出文件从不覆盖输入文件；已存在的其他文件只有加 --force 才会被覆盖。
在 PERF 项目文件夹之外运行：先安装（npm install -g <PERF 文件夹>），或用
npm --prefix <PERF 文件夹> run --silent perf -- <命令> …`;

const asksHelp = (args: readonly string[]) => args.some((a) => a === '--help' || a === '-h');

/** The usage text the arguments ask for (perf --help, perf rank --help, perf scheme … --help), or null. */
export function requestedHelp(argv: readonly string[]): string | null {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return USAGE;
  if (command === 'rank' && asksHelp(rest)) return RANK_USAGE;
  if (command === 'scheme' && (rest[0] === 'help' || asksHelp(rest))) return SCHEME_USAGE;
  if (command === 'verify' && asksHelp(rest)) return VERIFY_USAGE;
  if (command === 'collect' && asksHelp(rest)) return COLLECT_USAGE;
  if (command === 'apply' && asksHelp(rest)) return APPLY_USAGE;
  if (command === 'template' && asksHelp(rest)) return TEMPLATE_USAGE;
  return null;
}

import type { ColumnRole } from '../../sheet/source-table';
import type { PaneLocale } from '../locale';
import { ROLE_WORDS } from '../../sheet/table/role-words';

/**
 * Every string of the browser version, one table per language. PERF's own messages (what it
 * read, problems, notes) come from the engine in Chinese and are shown as they are.
 */
/** The words of one two-column table of the scheme editor. */
export interface LookupTableText {
  title: string;
  hint: string;
  keyHead: string;
  valueHead: string;
  keyLabel: (i: number) => string;
  valueLabel: (i: number) => string;
  valueHint: string;
  add: string;
  remove: (key: string) => string;
}

export interface BrowserStrings {
  title: string;
  version: (v: string) => string;
  tagline: string;
  stepsLabel: string;
  steps: { open: string; collect: string; check: string; rank: string; scheme: string; explain: string; verify: string; charts: string; download: string; apply: string };
  loading: string;
  // 打开工作簿
  chooseFile: string;
  dropHint: string;
  dropActive: string;
  openSample: string;
  localOnly: string;
  reading: (percent: number) => string;
  unpacking: string;
  checking: string;
  opened: (name: string, sheets: number) => string;
  saveAsXlsx: (name: string) => string;
  notAWorkbook: string;
  openFailed: string;
  readFailed: string;
  // 检查数据
  readHeading: string;
  sourceSheet: string;
  sourceSheetAuto: string;
  colColumn: string;
  colHeader: string;
  colRole: string;
  colWeight: string;
  colNote: string;
  roles: Record<ColumnRole, string>;
  fromScheme: string;
  fromHeader: string;
  weightFrom: (weight: string, from: string) => string;
  cap: (v: string) => string;
  problemsHeading: (n: number) => string;
  warningsHeading: (n: number) => string;
  noProblems: string;
  showCell: (address: string) => string;
  noCell: string;
  needWorkbook: string;
  // 一键排名
  rankButton: string;
  rankHint: string;
  ranking: string;
  rankedNotice: string;
  // 收集
  collectHint: string;
  collectChoose: string;
  collectDrop: string;
  collectNeedSummary: string;
  collectReading: (done: number, total: number, file: string) => string;
  collectedNotice: (filled: number) => string;
  collectFailed: string;
  collectResult: (filled: number, sheet: string, received: number, missing: number, problems: number) => string;
  collectLinesHeading: string;
  collectProblemsHeading: (n: number) => string;
  outOfDate: string;
  summaryHeading: string;
  unitsRanked: (n: number) => string;
  notRanked: (n: number) => string;
  gradesHeading: string;
  allUnits: string;
  ungraded: string;
  awardsHeading: string;
  noAwards: string;
  writtenHeading: string;
  rankFailed: string;
  // 方案
  schemeSource: (source: string) => string;
  schemeSaved: string;
  schemeEditedHere: (source: string) => string;
  tierNameHead: string;
  tierCountHead: string;
  bands: string;
  bandLabel: (i: number) => string;
  bandMin: (i: number) => string;
  bottomBand: string;
  addBand: string;
  removeBand: (label: string) => string;
  method: string;
  competition: string;
  dense: string;
  deductionCap: string;
  bonusCap: string;
  capHint: string;
  decimals: string;
  decimalsHint: string;
  tiers: string;
  tierName: (i: number) => string;
  tierCount: (i: number) => string;
  tierCountHint: string;
  tierMinGrade: (i: number) => string;
  anyGrade: string;
  orBetter: string;
  bandMinHead: string;
  addTier: string;
  removeTier: (name: string) => string;
  otherRules: (n: number) => string;
  /** The scheme's lookup tables (定性评价比例, 档次分值, 名次分值): one editor each. */
  lookupTables: Record<'ratings' | 'tiers' | 'ranks', LookupTableText>;
  importScheme: string;
  exportScheme: string;
  schemeErrors: (n: number) => string;
  schemeWarnings: (n: number) => string;
  schemeHasErrors: string;
  schemeImportFailed: string;
  schemeImported: string;
  // 说明
  pickUnit: string;
  total: string;
  grade: string;
  rank: string;
  award: string;
  none: string;
  notes: string;
  component: string;
  weight: string;
  score: string;
  contribution: string;
  deduction: string;
  bonus: string;
  excluded: string;
  veto: string;
  blank: string;
  needRanking: string;
  // 图表
  gradeChart: string;
  labelled: (label: string, value: string) => string;
  listSeparator: string;
  totalsChart: (category: string) => string;
  axisFrom: (n: number) => string;
  units: (n: number) => string;
  // 校验
  verifyHint: string;
  verifyCode: string;
  verifyButton: string;
  verifyPassed: (code: string) => string;
  verifyFailed: (posted: string, current: string) => string;
  verifyUnchangedBut: (code: string) => string;
  verifyCannot: string;
  // 下载结果
  downloadButton: string;
  rankBeforeDownload: string;
  downloadHint: (name: string) => string;
  // 套用到现有表格
  applyStep: ApplyStrings;
  // 新建模板
  newTemplateHeading: string;
  newTemplateHint: string;
  templateLabel: string;
  variantLabel: string;
  protectLabel: string;
  newTemplateButton: string;
  templateSaved: (name: string) => string;
  /** 新建模板 inside Excel: the sheets go into the open workbook. */
  insertTemplateHint: string;
  insertTemplateButton: string;
  templateInserted: (sheets: string[]) => string;
  // 预览
  previewHeading: string;
  sheetTabs: string;
  previewEmpty: string;
  previewLabel: (sheet: string) => string;
  highlighted: (address: string) => string;
  sheetSize: (rows: number, cols: number) => string;
}

/** The 套用到现有表格 step (ui/ApplyStep.tsx). */
export interface ApplyStrings {
  hint: string;
  sheetLabel: string;
  autoSheet: string;
  previewButton: string;
  cellsTable: string;
  columnWhere: (letter: string, header: string, isNew: boolean) => string;
  columns: { cell: string; row: string; formula: string; value: string };
  blankValue: string;
  notesHeading: string;
  nothingToAdd: string;
  cannot: string;
  confirmHint: (cells: number, sheet: string) => string;
  confirmButton: string;
  confirmed: (cells: number, sheet: string, inFile: boolean) => string;
  downloadButton: string;
  downloadHint: (name: string) => string;
  undoHint: (sheets: string) => string;
  undoButton: string;
  kept: (cells: string) => string;
  /** 撤销本次套用 when the workbook holds several applications: which one (the latest first). */
  undoWhichLabel: string;
  undoWhich: (label: string, cells: number) => string;
  undoneWhich: (label: string, cleared: number, sheet: string) => string;
}

export const browserStrings: Record<PaneLocale, BrowserStrings> = {
  'zh-CN': {
    title: 'PERF 绩效考评助手',
    version: (v) => `版本 ${v}`,
    tagline: '浏览器版：不用 Excel，直接对 .xlsx 文件计分、评等次、排名、评优。',
    stepsLabel: '步骤',
    steps: { open: '打开工作簿', collect: '收集', check: '检查数据', rank: '一键排名', scheme: '方案', explain: '说明', verify: '校验', charts: '图表', download: '下载结果', apply: '套用到现有表格' },
    loading: '正在加载…',
    chooseFile: '选择文件…',
    dropHint: '或把 .xlsx / .xlsm 文件拖到这里',
    dropActive: '松开鼠标即可打开',
    openSample: '打开示例',
    localOnly: '文件只在本机的浏览器中处理，不会上传到任何地方。',
    reading: (p) => `正在读取文件… ${p}%`,
    unpacking: '正在解压并读取工作表…',
    checking: '正在检查数据…',
    opened: (name, n) => `已打开“${name}”，共 ${n} 个工作表。`,
    saveAsXlsx: (name) => `PERF 只能读取 .xlsx 或 .xlsm 文件。请在 Excel 或 WPS 中把“${name}”另存为“Excel 工作簿(*.xlsx)”后再打开。`,
    notAWorkbook: '无法打开这个文件',
    openFailed: '打开文件时出错',
    readFailed: '读取工作簿时出错',
    readHeading: 'PERF 读取的汇总表',
    sourceSheet: '汇总表所在的工作表',
    sourceSheetAuto: '自动查找',
    colColumn: '列',
    colHeader: '表头',
    colRole: '作用',
    colWeight: '权重或分值',
    colNote: '说明',
    roles: ROLE_WORDS,
    fromScheme: '方案规定',
    fromHeader: '表头写明',
    weightFrom: (w, f) => `${w}（${f}）`,
    cap: (v) => `上限 ${v} 分`,
    problemsHeading: (n) => `无法排名的问题（${n} 条）`,
    warningsHeading: (n) => `需要核对的提示（${n} 条）`,
    noProblems: '没有发现问题。',
    showCell: (a) => `在预览中查看 ${a}`,
    noCell: '（无单元格）',
    needWorkbook: '请先打开工作簿。',
    rankButton: '一键排名',
    rankHint: '计算总分、等次、排名和奖项，写入“排名”“表彰名单”（公示用）和“核对”（内部核对，不公示）工作表（原有工作表不改动）。',
    ranking: '正在排名…',
    rankedNotice: '排名完成：已写入“排名”“表彰名单”和“核对”工作表；需要核对的问题见“核对”。',
    collectHint: '把各单位、各部门报送的工作簿一次全部拖进来：PERF 在本页中逐个读取（不上传），只填汇总表的空白单元格，每个数都记下来源，问题写在“报送情况”工作表。',
    collectChoose: '选择报送的文件…',
    collectDrop: '或把多个 .xlsx / .xlsm 文件一起拖到这里',
    collectNeedSummary: '请先在“打开工作簿”中打开要填的汇总表（带“方案”工作表的单位名册更好）。',
    collectReading: (done, total, file) => `正在读取第 ${Math.min(done + 1, total)} / ${total} 个文件${file ? `：${file}` : ''}`,
    collectedNotice: (n) => `收集完成：在汇总表中填入 ${n} 个单元格；每个数的来源和全部问题见“报送情况”工作表。`,
    collectFailed: '没有收集：',
    collectResult: (filled, sheet, received, missing, problems) => `汇总表“${sheet}”：收到 ${received} 个文件，未收到 ${missing} 项；填入 ${filled} 个单元格；需要核对的问题 ${problems} 条。`,
    collectLinesHeading: '报送情况',
    collectProblemsHeading: (n) => `需要核对的问题（${n} 条）`,
    outOfDate: '方案或数据有问题，工作簿中的排名尚未按当前方案更新。',
    summaryHeading: '排名结果',
    unitsRanked: (n) => `已排名 ${n} 个单位`,
    notRanked: (n) => `${n} 个单位未排名（见说明）`,
    gradesHeading: '等次分布',
    allUnits: '全部单位',
    ungraded: '未评定',
    awardsHeading: '奖项',
    noAwards: '方案未设奖项。可在“方案”中添加。',
    writtenHeading: '写入工作簿',
    rankFailed: '排名时出错',
    schemeSource: (s) => `当前方案来自：${s}`,
    schemeSaved: '修改后排名会自动更新；一键排名时方案保存为工作簿中的“方案”工作表。',
    schemeEditedHere: (s) => `${s}，已在此修改`,
    tierNameHead: '奖项名称',
    tierCountHead: '名额',
    bands: '等次分数线',
    bandLabel: (i) => `第 ${i} 个等次的名称`,
    bandMin: (i) => `第 ${i} 个等次的下限（含）`,
    bottomBand: '最后一个是最低等次，下限留空。',
    addBand: '添加等次',
    removeBand: (l) => `删除等次“${l}”`,
    method: '排名方式',
    competition: '竞争排名（1、2、2、4）',
    dense: '中国式排名（1、2、2、3）',
    deductionCap: '扣分合计上限',
    bonusCap: '加分合计上限',
    capHint: '不设上限请留空',
    decimals: '总分保留小数位数',
    decimalsHint: '四舍五入；不舍入请留空',
    tiers: '奖项（按名次评定）',
    tierName: (i) => `第 ${i} 个奖项的名称`,
    tierCount: (i) => `第 ${i} 个奖项的名额`,
    tierCountHint: '如 2 或 20%',
    tierMinGrade: (i) => `第 ${i} 个奖项的最低等次`,
    anyGrade: '不限等次',
    orBetter: ' 及以上',
    bandMinHead: '下限（含）',
    addTier: '添加奖项',
    removeTier: (n) => `删除奖项“${n}”`,
    otherRules: (n) => `方案中另有 ${n} 条奖项规则（如单项奖、分类别名额），这里不显示，保持不变。`,
    lookupTables: {
      ratings: {
        title: '定性评价比例（任务分解表）',
        hint: '定性评价的任务得分＝分值 × 比例，比例在 0% 到 100% 之间。不填＝好 100%、较好 80%、一般 60%、差 0。',
        keyHead: '评价',
        valueHead: '比例',
        keyLabel: (i) => `第 ${i} 个评价`,
        valueLabel: (i) => `第 ${i} 个评价的比例`,
        valueHint: '如 80%',
        add: '添加评价',
        remove: (k) => `删除评价“${k}”`,
      },
      tiers: {
        title: '档次分值（领导评估，县区）',
        hint: '政府领导把县（区）对号到档次，每个档次的分值（种子 002 四(三)5）。',
        keyHead: '档次',
        valueHead: '分值',
        keyLabel: (i) => `第 ${i} 个档次`,
        valueLabel: (i) => `第 ${i} 个档次的分值`,
        valueHint: '如 90',
        add: '添加档次',
        remove: (k) => `删除档次“${k}”`,
      },
      ranks: {
        title: '名次分值（领导评估，部门）',
        hint: '分管领导对部门排名，每个名次的分值；名次写 1、2、3……，靠后的名次分值不应更高。',
        keyHead: '名次',
        valueHead: '分值',
        keyLabel: (i) => `第 ${i} 行的名次`,
        valueLabel: (i) => `第 ${i} 行名次的分值`,
        valueHint: '如 95',
        add: '添加名次',
        remove: (k) => `删除第 ${k} 名`,
      },
    },
    importScheme: '导入 方案.json',
    exportScheme: '导出 方案.json',
    schemeErrors: (n) => `方案有 ${n} 处错误，改正后才能排名`,
    schemeWarnings: (n) => `方案有 ${n} 条提示`,
    schemeHasErrors: '方案有错误，请先在“方案”中改正。',
    schemeImportFailed: '方案文件无法导入',
    schemeImported: '已导入方案文件。',
    pickUnit: '选择单位',
    total: '总分',
    grade: '等次',
    rank: '排名',
    award: '奖项',
    none: '无',
    notes: '说明',
    component: '考核构成',
    weight: '权重或分值',
    score: '得分',
    contribution: '计入总分',
    deduction: '扣分',
    bonus: '加分',
    excluded: '取消评优',
    veto: '一票否决',
    blank: '未填写',
    needRanking: '排名后可在这里查看。',
    gradeChart: '各类别等次分布',
    labelled: (l, v) => `${l}：${v}`,
    listSeparator: '，',
    totalsChart: (c) => `总分排名：${c}`,
    axisFrom: (n) => `横轴从 ${n} 分起`,
    units: (n) => `${n} 个`,
    verifyHint: '打开一键排名生成的工作簿（公示的结果），核对公示的排名是否仍与其中的数据和方案一致。可以输入打印件页脚上的校验码一起核对。',
    verifyCode: '打印件上的校验码（可不填）',
    verifyButton: '校验',
    verifyPassed: (c) => `核对通过：公示结果与工作簿中的数据和方案一致（校验码 ${c}）。`,
    verifyFailed: (p, c) => `核对未通过：公示的校验码为 ${p}，按现在的数据和方案应为 ${c}。变动如下：`,
    verifyUnchangedBut: (c) => `数据和方案与公示时一致（校验码 ${c}），但：`,
    verifyCannot: '无法核对：',
    downloadButton: '下载结果',
    rankBeforeDownload: '请先在“一键排名”中排名，再下载结果。',
    downloadHint: (name) => `下载包含排名结果的工作簿“${name}”。原文件不会改动。`,
    applyStep: {
      hint: '让您自己的任务分解表或汇总表就地计算：PERF 按表头识别各列，在空白的 得分、小计、总分、等次、排名 单元格中写入任何电子表格都能计算的公式（没有这些列时在表格右侧新增）。先预览要添加的每个单元格，确认后才写入；已填写的单元格和原有格式一律不动。',
      sheetLabel: '要套用的工作表',
      autoSheet: '自动识别',
      previewButton: '预览要添加的单元格',
      cellsTable: '将要添加的单元格',
      columnWhere: (l, h, n) => (n ? `新增列 ${l}“${h}”` : `${l} 列“${h}”的空白单元格`),
      columns: { cell: '单元格', row: '单位/任务', formula: '公式', value: '显示的值' },
      blankValue: '（空：得分未填齐）',
      notesHeading: '没有添加：',
      nothingToAdd: '没有要添加的单元格：需要计算的单元格都已有内容（PERF 从不覆盖已填写的单元格）。',
      cannot: '无法套用：',
      confirmHint: (n, s) => `确认后，PERF 在工作表“${s}”中添加以上 ${n} 个单元格，并记入 PERF 的记录（以后可以撤销）。`,
      confirmButton: '确认套用',
      confirmed: (n, s, inFile) => `已在工作表“${s}”中添加 ${n} 个单元格。${inFile ? '请下载套用后的工作簿；原文件不会改动。' : '要取消，请点“撤销本次套用”。'}`,
      downloadButton: '下载套用后的工作簿',
      downloadHint: (name) => `下载为“${name}”。`,
      undoHint: (s) => `套用过的工作表：${s}。撤销只清除套用添加的单元格，其他单元格不动。`,
      undoButton: '撤销本次套用',
      kept: (c) => `${c} 在套用之后被改动过，保持不动（没有清除）。`,
      undoWhichLabel: '要撤销的套用（最近的在前）',
      undoWhich: (label, n) => `${label}（${n} 个单元格）`,
      undoneWhich: (label, n, s) => `已撤销“${label}”：工作表“${s}”中清除了这次套用添加的 ${n} 个单元格，其他单元格未动。`,
    },
    newTemplateHeading: '新建模板',
    newTemplateHint: '下载一个按种子方案做好的表格（含示例数据，请替换）：公式在 Excel、WPS、LibreOffice 中都能计算。',
    templateLabel: '模板',
    variantLabel: '变体',
    protectLabel: '保护工作表（锁定公式和表头，黄色单元格可填写；不设密码）',
    newTemplateButton: '新建模板',
    templateSaved: (name) => `已下载“${name}”。`,
    insertTemplateHint: '把按种子方案做好的表格插入当前工作簿（含示例数据，请替换）。已有的同名工作表不会被改动，模板的表会改名放在旁边。任务分解表、领导评估用本工作簿的“方案”：方案的规则不变，只补上它们要查的对照表。',
    insertTemplateButton: '插入模板',
    templateInserted: (sheets) => `已插入工作表：${sheets.map((n) => `“${n}”`).join('、')}。示例数据请替换为本单位的数据；要用 PERF 函数计算，请在“公式”中点“启用公式”。`,
    previewHeading: '工作表预览',
    sheetTabs: '工作表',
    previewEmpty: '打开工作簿后，这里显示它的工作表。',
    previewLabel: (s) => `工作表“${s}”的预览`,
    highlighted: (a) => `已定位到 ${a}`,
    sheetSize: (r, c) => `${r} 行 × ${c} 列`,
  },
  'en-US': {
    title: 'PERF 绩效考评助手',
    version: (v) => `Version ${v}`,
    tagline: 'Browser version: score, grade, rank and award from an .xlsx file, no Excel needed.',
    stepsLabel: 'Steps',
    steps: { open: 'Open', collect: 'Collect', check: 'Check data', rank: 'Rank', scheme: 'Scheme', explain: 'Explain', verify: 'Verify', charts: 'Charts', download: 'Download', apply: 'Apply to a sheet' },
    loading: 'Loading…',
    chooseFile: 'Choose a file…',
    dropHint: 'or drop an .xlsx / .xlsm file here',
    dropActive: 'Release to open',
    openSample: 'Open the sample',
    localOnly: 'The file is processed in this browser only; nothing is uploaded.',
    reading: (p) => `Reading the file… ${p}%`,
    unpacking: 'Unpacking and reading the sheets…',
    checking: 'Checking the data…',
    opened: (name, n) => `Opened “${name}”: ${n} sheets.`,
    saveAsXlsx: (name) => `PERF reads .xlsx and .xlsm files only. Save “${name}” as an Excel Workbook (*.xlsx) in Excel or WPS, then open it here.`,
    notAWorkbook: 'This file cannot be opened',
    openFailed: 'The file could not be opened',
    readFailed: 'The workbook could not be read',
    readHeading: 'What PERF read',
    sourceSheet: 'Sheet with the summary table',
    sourceSheetAuto: 'Find it automatically',
    colColumn: 'Col.',
    colHeader: 'Header',
    colRole: 'Meaning',
    colWeight: 'Weight',
    colNote: 'Note',
    roles: {
      unit: 'Unit name',
      category: 'Category',
      total: 'Total',
      component: 'Score',
      deduction: 'Deduction',
      bonus: 'Bonus',
      veto: 'Veto',
      exclude: 'No award',
      other: 'Not used',
    },
    fromScheme: 'from the scheme',
    fromHeader: 'from the header',
    weightFrom: (w, f) => `${w} (${f})`,
    cap: (v) => `cap ${v}`,
    problemsHeading: (n) => `Problems that stop the ranking (${n})`,
    warningsHeading: (n) => `To check (${n})`,
    noProblems: 'No problems found.',
    showCell: (a) => `Show ${a} in the preview`,
    noCell: '(no cell)',
    needWorkbook: 'Open a workbook first.',
    rankButton: 'Rank',
    rankHint: 'Computes totals, grades, ranks and awards, and writes 排名 and 表彰名单 (to post) and 核对 (to check, not posted) into the workbook (your sheets are left as they are).',
    ranking: 'Ranking…',
    rankedNotice: 'Ranked: 排名, 表彰名单 and 核对 were written; what to check is on 核对.',
    collectHint: 'Drop all the workbooks units and departments sent in, at once: PERF reads them one by one in this page (nothing is uploaded), fills only empty cells of the summary, records where every number came from, and lists problems on the 报送情况 sheet.',
    collectChoose: 'Choose the files sent in…',
    collectDrop: 'or drop several .xlsx / .xlsm files here',
    collectNeedSummary: 'First open the summary to fill (under Open); one with a 方案 sheet holding the roster is best.',
    collectReading: (done, total, file) => `Reading file ${Math.min(done + 1, total)} of ${total}${file ? `: ${file}` : ''}`,
    collectedNotice: (n) => `Collected: ${n} cells of the summary filled; the source of every number and all problems are on 报送情况.`,
    collectFailed: 'Nothing collected:',
    collectResult: (filled, sheet, received, missing, problems) => `Summary “${sheet}”: ${received} files received, ${missing} missing; ${filled} cells filled; ${problems} problems to check.`,
    collectLinesHeading: 'What came in',
    collectProblemsHeading: (n) => `Problems to check (${n})`,
    outOfDate: 'The scheme or the data has a problem: the ranking in the workbook does not follow the current scheme yet.',
    summaryHeading: 'Result',
    unitsRanked: (n) => `${n} units ranked`,
    notRanked: (n) => `${n} units not ranked (see Explain)`,
    gradesHeading: 'Grades',
    allUnits: 'All units',
    ungraded: 'No grade',
    awardsHeading: 'Awards',
    noAwards: 'The scheme has no awards. Add them under Scheme.',
    writtenHeading: 'Written to the workbook',
    rankFailed: 'The ranking failed',
    schemeSource: (s) => `Scheme from: ${s}`,
    schemeSaved: 'The ranking follows every change; Rank saves the scheme as the sheet 方案 in the workbook.',
    schemeEditedHere: (s) => `${s}, changed here`,
    tierNameHead: 'Award',
    tierCountHead: 'Places',
    bands: 'Grade bands',
    bandLabel: (i) => `Name of grade ${i}`,
    bandMin: (i) => `Lower bound of grade ${i} (inclusive)`,
    bottomBand: 'The last grade is the lowest: leave its lower bound blank.',
    addBand: 'Add a grade',
    removeBand: (l) => `Remove grade “${l}”`,
    method: 'Ranking method',
    competition: 'Competition (1, 2, 2, 4)',
    dense: 'Dense, 中国式 (1, 2, 2, 3)',
    deductionCap: 'Cap on all deductions',
    bonusCap: 'Cap on all bonuses',
    capHint: 'Leave blank for no cap',
    decimals: 'Decimals of the total',
    decimalsHint: 'Rounded half up; blank: no rounding',
    tiers: 'Awards by place',
    tierName: (i) => `Name of award ${i}`,
    tierCount: (i) => `Places of award ${i}`,
    tierCountHint: 'e.g. 2 or 20%',
    tierMinGrade: (i) => `Lowest grade for award ${i}`,
    anyGrade: 'Any grade',
    orBetter: ' or better',
    bandMinHead: 'From (incl.)',
    addTier: 'Add an award',
    removeTier: (n) => `Remove award “${n}”`,
    otherRules: (n) => `The scheme has ${n} more award rules (single awards, counts per category); they are kept as they are.`,
    lookupTables: {
      ratings: {
        title: 'Rating shares (task breakdown)',
        hint: 'A rated task scores its points × the share, 0% to 100%. Left empty: 好 100%, 较好 80%, 一般 60%, 差 0.',
        keyHead: 'Rating',
        valueHead: 'Share',
        keyLabel: (i) => `Rating ${i}`,
        valueLabel: (i) => `Share of rating ${i}`,
        valueHint: 'e.g. 80%',
        add: 'Add a rating',
        remove: (k) => `Remove rating “${k}”`,
      },
      tiers: {
        title: 'Tier points (leader evaluation, counties)',
        hint: 'Leaders place each county in a tier; the points of each tier (seed 002 §4(3)5).',
        keyHead: 'Tier',
        valueHead: 'Points',
        keyLabel: (i) => `Tier ${i}`,
        valueLabel: (i) => `Points of tier ${i}`,
        valueHint: 'e.g. 90',
        add: 'Add a tier',
        remove: (k) => `Remove tier “${k}”`,
      },
      ranks: {
        title: 'Rank points (leader evaluation, departments)',
        hint: 'Supervising leaders rank their departments; the points of each place, written 1, 2, 3…; a later place should not earn more.',
        keyHead: 'Place',
        valueHead: 'Points',
        keyLabel: (i) => `Place in row ${i}`,
        valueLabel: (i) => `Points of the place in row ${i}`,
        valueHint: 'e.g. 95',
        add: 'Add a place',
        remove: (k) => `Remove place ${k}`,
      },
    },
    importScheme: 'Import 方案.json',
    exportScheme: 'Export 方案.json',
    schemeErrors: (n) => `${n} errors in the scheme: fix them to rank`,
    schemeWarnings: (n) => `${n} notes on the scheme`,
    schemeHasErrors: 'The scheme has errors: fix them under Scheme first.',
    schemeImportFailed: 'The scheme file cannot be imported',
    schemeImported: 'Scheme file imported.',
    pickUnit: 'Unit',
    total: 'Total',
    grade: 'Grade',
    rank: 'Rank',
    award: 'Award',
    none: 'none',
    notes: 'Notes',
    component: 'Component',
    weight: 'Weight',
    score: 'Score',
    contribution: 'Adds',
    deduction: 'Deduction',
    bonus: 'Bonus',
    excluded: 'No award (取消评优)',
    veto: 'Veto (一票否决)',
    blank: 'blank',
    needRanking: 'Rank first to see this.',
    gradeChart: 'Grades per category',
    labelled: (l, v) => `${l}: ${v}`,
    listSeparator: ', ',
    totalsChart: (c) => `Totals by rank: ${c}`,
    axisFrom: (n) => `Axis starts at ${n}`,
    units: (n) => `${n}`,
    verifyHint: 'Open a workbook PERF ranked (the posted result) to check that the posted ranking still matches its data and scheme. You can add the code printed in the page footer.',
    verifyCode: 'Code from the printed page (optional)',
    verifyButton: 'Verify',
    verifyPassed: (c) => `Verified: the posted result matches the workbook’s data and scheme (code ${c}).`,
    verifyFailed: (p, c) => `Not verified: the posted code is ${p}; the data and scheme now give ${c}. What changed:`,
    verifyUnchangedBut: (c) => `The data and scheme are as posted (code ${c}), but:`,
    verifyCannot: 'Cannot verify:',
    downloadButton: 'Download',
    rankBeforeDownload: 'Rank first (under Rank), then download the result.',
    downloadHint: (name) => `Download the workbook with the ranking as “${name}”. The original file is not changed.`,
    applyStep: {
      hint: 'Make your own task-breakdown or summary sheet compute where it stands: PERF reads its columns by their headers and puts formulas that work in any spreadsheet into the empty score, subtotal, total, grade and rank cells (adding those columns to the right when missing). You see every cell first; nothing is written until you confirm, and filled cells and formatting are never changed.',
      sheetLabel: 'Sheet to apply to',
      autoSheet: 'Find it',
      previewButton: 'Preview the cells to add',
      cellsTable: 'Cells to add',
      columnWhere: (l, h, n) => (n ? `New column ${l} “${h}”` : `Empty cells of column ${l} “${h}”`),
      columns: { cell: 'Cell', row: 'Unit/task', formula: 'Formula', value: 'Shows' },
      blankValue: '(blank: scores not all entered)',
      notesHeading: 'Not added:',
      nothingToAdd: 'Nothing to add: every cell that needs a formula already holds something (PERF never overwrites a filled cell).',
      cannot: 'Cannot apply:',
      confirmHint: (n, s) => `On confirming, PERF adds these ${n} cells to sheet “${s}” and lists them in its record (so they can be taken back).`,
      confirmButton: 'Confirm',
      confirmed: (n, s, inFile) => `Added ${n} cells to sheet “${s}”. ${inFile ? 'Download the workbook; the original file is not changed.' : 'To take them back, use Undo this apply.'}`,
      downloadButton: 'Download the workbook',
      downloadHint: (name) => `Saved as “${name}”.`,
      undoHint: (s) => `Sheets applied to: ${s}. Undo clears only the cells PERF added.`,
      undoButton: 'Undo this apply',
      kept: (c) => `${c} changed after PERF added it: left as it is.`,
      undoWhichLabel: 'Application to undo (latest first)',
      undoWhich: (label, n) => `${label} (${n} cells)`,
      undoneWhich: (label, n, s) => `Undone “${label}”: cleared the ${n} cells it added to sheet “${s}”; nothing else changed.`,
    },
    newTemplateHeading: 'New template',
    newTemplateHint: 'Download a sheet built from the seed procedures (with sample rows to replace); its formulas compute in Excel, WPS and LibreOffice.',
    templateLabel: 'Template',
    variantLabel: 'Variant',
    protectLabel: 'Protect the sheets (formulas and headers locked, yellow cells editable; no password)',
    newTemplateButton: 'New template',
    templateSaved: (name) => `Downloaded “${name}”.`,
    insertTemplateHint: 'Insert a sheet built from the seed procedures into this workbook (sample rows to replace). A sheet of yours with the same name is left as it is; the template’s goes beside it, renamed. 任务分解表 and 领导评估 use this workbook’s 方案: its rules stay, only the lookup table they need is added.',
    insertTemplateButton: 'Insert template',
    templateInserted: (sheets) => `Inserted: ${sheets.map((n) => `“${n}”`).join(', ')}. Replace the sample rows with your own; to compute with PERF functions, use Enable formulas under Formulas.`,
    previewHeading: 'Sheet preview',
    sheetTabs: 'Sheets',
    previewEmpty: 'Open a workbook to see its sheets here.',
    previewLabel: (s) => `Preview of sheet “${s}”`,
    highlighted: (a) => `Showing ${a}`,
    sheetSize: (r, c) => `${r} rows × ${c} columns`,
  },
};

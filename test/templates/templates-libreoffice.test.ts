import { describe, expect, it } from 'vitest';
import type { SheetData } from '../../src/sheet/source-table';
import { allFiles } from './all-templates';
import { hasSoffice, recalculated, sheetOf } from './libreoffice-recalc';
import { applyPlan } from '../../src/host/xlsx';
import type { PlanCell, SheetPlan, WritePlan } from '../../src/sheet/plan';
import { findTemplate, templatePlan } from '../../src/templates';
import { blankWorkbook } from '../../src/templates/blank-workbook';
import { excelDate } from '../../src/templates/values';
import { runRanking } from '../../src/workflow/rank';
import { columns, tableBy } from './read-table';

type Files = Awaited<ReturnType<typeof allFiles>>;
let files: Files;
let lo: SheetData[][];
let compared = 0;

/** The extra files of the README: one 方案 value or the 统计日期 changed, the formulas untouched. */
async function changed() {
  const township = (edit: (scheme: SheetPlan) => void) => {
    const plan = templatePlan(findTemplate('综合评估汇总'), { variant: 'township' });
    edit(plan.sheets[0]);
    return plan;
  };
  const setting = (label: string, value: number) => (scheme: SheetPlan) => {
    scheme.rows.find((r) => r[0]?.value === label)![1] = { value, style: 'number' };
  };
  const tasks = templatePlan(findTemplate('任务分解表'));
  tasks.sheets[0].rows[2][1] = { ...tasks.sheets[0].rows[2][1], value: excelDate(2026, 3, 31) };
  const dense = templatePlan(findTemplate('综合评估汇总'), { variant: 'county' });
  dense.sheets[0].rows.find((r) => r[0]?.value === '排名方式')![1] = { value: '中国式排名', style: 'text' };
  const summary = (variant: string, values: Record<string, string>) => {
    const plan = templatePlan(findTemplate('综合评估汇总'), { variant });
    const rows = plan.sheets[0].rows;
    for (const [label, value] of Object.entries(values)) rows.find((r) => r[0]?.value === label)![1] = { value, style: 'text' };
    if (values.分类排名 === '否') {
      // an office ranking all units together gives 综合奖 one count, not one per category (the scheme refuses that)
      const award = rows.findIndex((r) => r[1]?.value === '综合奖');
      rows[award][2] = { value: '', style: 'text' };
      rows.splice(award + 1, 2, [], []);
    }
    return plan;
  };
  // one value of a lookup table on 方案 (十、十一、十二), found below the block's title
  const onScheme = (plan: WritePlan, title: string, label: string | number, value: PlanCell) => {
    const scheme = plan.sheets.find((s) => s.name === '方案')!;
    const top = scheme.rows.findIndex((r) => r[0]?.value === title);
    const row = scheme.rows.findIndex((r, i) => i > top && r[0]?.value === label);
    if (top < 0 || row < 0) throw new Error(`方案 has no ${label} under ${title}`);
    scheme.rows[row][1] = { ...scheme.rows[row][1], ...value };
    return plan;
  };
  const plans: [string, WritePlan][] = [
    ['county-dense.xlsx', dense],
    ['township-cap5.xlsx', township(setting('扣分上限', 5))],
    ['township-band85.xlsx', township(setting('良好', 85))],
    ['tasks-q1.xlsx', tasks],
    ['department-overall.xlsx', summary('department', { 分类排名: '否' })],
    ['department-overall-dense.xlsx', summary('department', { 分类排名: '否', 排名方式: '中国式排名' })],
    ['county-veto-exclude.xlsx', summary('county', { 一票否决效果: '取消评优资格' })],
    ['county-veto-both.xlsx', summary('county', { 一票否决效果: '降低一个等次并取消评优资格' })],
    ['tasks-share70.xlsx', onScheme(templatePlan(findTemplate('任务分解表')), '十、定性评价比例', '较好', { value: 0.7 })],
    ['leaders-county-tier85.xlsx', onScheme(templatePlan(findTemplate('领导评估'), { variant: 'county' }), '十一、档次分值', '二档', { value: 85 })],
    ['leaders-department-rank92.xlsx', onScheme(templatePlan(findTemplate('领导评估'), { variant: 'department' }), '十二、名次分值', 2, { value: 92 })],
  ];
  return Promise.all(plans.map(async ([name, plan]) => ({ name, bytes: (await applyPlan(await blankWorkbook(), plan, name)).bytes })));
}

/** The workbooks changed on 方案 (changed()), recalculated, by file name. */
let extra: Map<string, SheetData[]>;
const changedFile = (name: string): SheetData[] => {
  const sheets = extra.get(name);
  if (!sheets) throw new Error(`no changed workbook ${name}`);
  return sheets;
};

async function load() {
  if (!files) {
    files = await allFiles();
    const more = await changed();
    const all = await recalculated([...files, ...more]);
    lo = all.slice(0, files.length);
    extra = new Map(more.map((m, i) => [m.name, all[files.length + i]!]));
  }
}

function sheet(file: string, name: string): SheetData {
  const i = files.findIndex((f) => f.name === file);
  if (i < 0) throw new Error(`no file ${file}`);
  return sheetOf(lo[i], name);
}

/** Every formula cell whose LibreOffice result differs from the value PERF's engine cached. */
function disagreements(i: number): string[] {
  const out: string[] = [];
  for (const sp of files[i].variant.plan().sheets) {
    const sheet = lo[i].find((s) => s.name === sp.name);
    if (!sheet) {
      out.push(`${files[i].name}: no sheet ${sp.name}`);
      continue;
    }
    sp.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c.formula) return;
        compared++;
        const got = sheet.values[r]?.[col] ?? null;
        const want = c.value ?? null;
        const same = typeof got === 'number' && typeof want === 'number' ? Math.abs(got - want) < 1e-9 : (got ?? '') === (want ?? '');
        if (!same) out.push(`${files[i].name} ${sp.name}!R${r + 1}C${col + 1}: LibreOffice ${JSON.stringify(got)}, PERF ${JSON.stringify(want)} ← ${c.formula}`);
      }),
    );
  }
  return out;
}

describe.skipIf(!hasSoffice && !process.env.CI)('templates recalculated by LibreOffice', () => {
  it('every native formula gives what PERF’s engine cached, in every template and variant', async () => {
    await load();
    const all = files.flatMap((_, i) => disagreements(i));
    expect(all).toEqual([]);
    console.log(`compared ${compared} formula cells`);
    expect(compared).toBeGreaterThan(250);
  }, 300_000);

  it('综合评估汇总 gives the README totals, grades and ranks, boundary rows included', async () => {
    await load();
    const county = tableBy(sheet('summary-county.xlsx', '综合评估汇总'), ['单位名称']);
    expect(columns(county, '总分', '等次', '排名')).toEqual({
      东城区: [96, '优秀', 1],
      西城区: [90, '优秀', 2],
      南山县: [80, '良好', 4],
      北川县: [85, '一般', 3],
      青河县: [79.5, '一般', 6],
      白石县: [74.8, '一般', 7],
      红岭县: [80, '良好', 4],
    });
    const dept = tableBy(sheet('summary-department.xlsx', '综合评估汇总'), ['单位名称']);
    expect(columns(dept, '总分', '等次', '排名')).toEqual({
      发展改革委: [92, '优秀', 1],
      商务局: [90, '优秀', 2],
      工业和信息化局: [90, '优秀', 2],
      教育局: [85, '良好', 1],
      民政局: [79, '一般', 3],
      卫生健康委: [80, '良好', 2],
      市场监管局: [60, '一般', 2],
      应急管理局: [59, '较差', 3],
      城市管理局: [95, '优秀', 1],
    });
    const township = tableBy(sheet('summary-township.xlsx', '综合评估汇总'), ['单位名称']);
    expect(columns(township, '总分', '等次', '排名')).toEqual({
      城关镇: [90, '优', 1],
      河口镇: [80, '良好', 2],
      石桥乡: [78, '一般', 3],
      柳林乡: [75, '一般', 4],
      杨庄乡: [72, '差', 5],
    });
    const bureau = tableBy(sheet('summary-bureau.xlsx', '综合评估汇总'), ['单位名称']);
    expect(columns(bureau, '总分', '等次', '排名')).toEqual({
      办公室: [95, '优秀', 2],
      公路科: [94, '合格', 3],
      路政科: [74, '不合格', 5],
      项目办: [75, '合格', 4],
      安运科: [97, '优秀', 1],
    });
  }, 300_000);

  it('changing 方案 (扣分上限, a band) changes the summary as the domain rules say', async () => {
    await load();
    const cap5 = tableBy(sheetOf(changedFile('township-cap5.xlsx'), '综合评估汇总'), ['单位名称']);
    expect(columns(cap5, '总分', '等次', '排名').河口镇).toEqual([79, '一般', 2]);
    const band85 = tableBy(sheetOf(changedFile('township-band85.xlsx'), '综合评估汇总'), ['单位名称']);
    expect(columns(band85, '总分', '等次').河口镇).toEqual([80, '一般']);
    expect(columns(band85, '总分', '等次').城关镇).toEqual([90, '优']);
    // 排名方式 中国式排名: 79.5 is 5th and 74.8 6th, the tie at 80 keeps 4
    const dense = tableBy(sheetOf(changedFile('county-dense.xlsx'), '综合评估汇总'), ['单位名称']);
    expect(columns(dense, '排名')).toEqual({ 东城区: [1], 西城区: [2], 南山县: [4], 北川县: [3], 青河县: [5], 白石县: [6], 红岭县: [4] });
  }, 300_000);

  it('changing 方案’s 分类排名 and 一票否决效果 re-ranks and regrades the summary (README)', async () => {
    await load();
    const byName = (file: string) => tableBy(sheetOf(changedFile(file), '综合评估汇总'), ['单位名称']);
    expect(columns(byName('department-overall.xlsx'), '排名')).toEqual({
      城市管理局: [1], 发展改革委: [2], 商务局: [3], 工业和信息化局: [3], 教育局: [5], 卫生健康委: [6], 民政局: [7], 市场监管局: [8], 应急管理局: [9],
    });
    expect(columns(byName('department-overall-dense.xlsx'), '排名')).toEqual({
      城市管理局: [1], 发展改革委: [2], 商务局: [3], 工业和信息化局: [3], 教育局: [4], 卫生健康委: [5], 民政局: [6], 市场监管局: [7], 应急管理局: [8],
    });
    // 取消评优资格 only: 北川县 keeps 良好; the ranks do not move
    expect(columns(byName('county-veto-exclude.xlsx'), '等次', '排名').北川县).toEqual(['良好', 3]);
    expect(columns(byName('county-veto-exclude.xlsx'), '等次').南山县).toEqual(['良好']);
    expect(columns(byName('county-veto-both.xlsx'), '等次', '排名').北川县).toEqual(['一般', 3]);
  }, 300_000);

  it('the one-click ranking of each recalculated summary agrees with its native totals, grades and ranks on every row', async () => {
    await load();
    const summaries = [...files.map((f, i) => ({ name: f.name, sheets: lo[i] })), ...[...extra].map(([name, sheets]) => ({ name, sheets }))].filter((f) =>
      f.sheets.some((s) => s.name === '综合评估汇总'),
    );
    expect(summaries.length).toBe(11);
    for (const f of summaries) {
      const r = runRanking(f.sheets, { now: new Date('2026-01-05T00:00:00Z'), sheet: '综合评估汇总' });
      if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
      const table = tableBy(sheetOf(f.sheets, '综合评估汇总'), ['单位名称']);
      const rankHeader = Object.keys(Object.values(table)[0]).find((h) => h.endsWith('排名'))!;
      const native = columns(table, '总分', '等次', rankHeader);
      const engine = Object.fromEntries(r.result.units.map((u) => [u.name, [u.total === null ? null : u.total.toNumber(), u.grade, u.rank]]));
      expect(engine, f.name).toEqual(native);
    }
  }, 300_000);

  it('任务分解表 scores every way of scoring, colours status by 统计日期 and subtotals each section', async () => {
    await load();
    const tasks = tableBy(sheet('tasks.xlsx', '任务分解表'), ['科室', '任务内容'], '任务内容');
    expect(Object.values(columns(tasks, '得分', '状态'))).toEqual([
      [40, '已完成'],
      [24, '逾期'],
      [0, '滞后'],
      [40, '正常'],
      [15, '滞后'],
      [20, '已完成'],
    ]);
    expect(columns(tableBy(sheet('tasks.xlsx', '任务分解表'), ['科室', '百分制得分']), '百分制得分', '分值', '得分')).toEqual({
      办公室: [64, 100, 64],
      公路科: [75, 100, 75],
    });
    const q1 = tableBy(sheetOf(changedFile('tasks-q1.xlsx'), '任务分解表'), ['科室', '任务内容'], '任务内容');
    expect(Object.values(columns(q1, '状态'))).toEqual([['已完成'], ['正常'], ['正常'], ['正常'], ['正常'], ['已完成']]);
  }, 300_000);

  it('changing a share or a points value on 方案 changes the dependent 得分 (README: 较好 70%, 二档 85, 第2名 92)', async () => {
    await load();
    // 较好 80% → 70%: 创建学习型党组织 30 × 70% = 21; 办公室 (40 + 21 + 0) / 100 → 61; nothing else moves
    const share = sheetOf(changedFile('tasks-share70.xlsx'), '任务分解表');
    expect(Object.values(columns(tableBy(share, ['科室', '任务内容'], '任务内容'), '得分'))).toEqual([[40], [21], [0], [40], [15], [20]]);
    expect(columns(tableBy(share, ['科室', '百分制得分']), '百分制得分', '得分')).toEqual({ 办公室: [61, 61], 公路科: [75, 75] });
    const leaders = (file: string) => columns(tableBy(sheetOf(changedFile(file), '领导评估'), ['被评单位']), '领导评估得分');
    expect(leaders('leaders-county-tier85.xlsx')).toEqual({ 东城区: [100], 西城区: [91.67], 南山县: [85], 北川县: [85] });
    expect(leaders('leaders-department-rank92.xlsx')).toEqual({ 发展改革委: [98.67], 商务局: [92.67], 工业和信息化局: [90.67] });
  }, 300_000);

  it('机关效能, 察访核验台账, 民主评估 and 领导评估 give the README values', async () => {
    await load();
    const eff = tableBy(sheet('efficiency.xlsx', '机关效能'), ['姓名']);
    expect(columns(eff, '扣分（每次 0.5）', '机关效能得分', '取消评优')).toEqual({
      陈清河: [0, 100, '否'],
      夏国强: [2, 98, '是'],
      杨炜丽: [0.5, 99.5, '否'],
      马磊: [2.5, 97.5, '是'],
    });
    const ledger = tableBy(sheet('inspection.xlsx', '察访核验台账'), ['单位', '问题数']);
    expect(columns(ledger, '问题数', '扣分合计', '计入扣分')).toEqual({ 城关镇: [1, 0.5, 0.5], 河口镇: [4, 4, 3], 石桥乡: [2, 3, 3] });
    const democratic = (file: string) => columns(tableBy(sheet(file, '民主评估'), ['被评单位', '民主评估得分']), '民主评估得分');
    expect(democratic('democratic-county.xlsx')).toEqual({ 东城区: [89], 西城区: [80] });
    expect(democratic('democratic-department.xlsx')).toEqual({ 发展改革委: [90], 商务局: [80] });
    expect(democratic('democratic-county-votes.xlsx')).toEqual({ 东城区: [89.87], 西城区: [84] });
    expect(democratic('democratic-department-votes.xlsx')).toEqual({ 发展改革委: [90.93], 商务局: [84] });
    const leaders = (file: string) => columns(tableBy(sheet(file, '领导评估'), ['被评单位']), '领导评估得分');
    expect(leaders('leaders-county.xlsx')).toEqual({ 东城区: [100], 西城区: [93.33], 南山县: [90], 北川县: [86.67] });
    expect(leaders('leaders-department.xlsx')).toEqual({ 发展改革委: [99.17], 商务局: [94.17], 工业和信息化局: [91.67] });
  }, 300_000);
});

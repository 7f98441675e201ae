import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../src/host/xlsx/xlsx-workbook';
import type { SheetData } from '../../src/sheet/source-table';
import { PaneController } from '../../src/taskpane/browser/controller';
import { rankView, type RankedView } from '../../src/taskpane/browser/rank-view';
import { formOf, schemeOf } from '../../src/taskpane/browser/scheme-form';
import { headerRowsOf } from '../../src/taskpane/browser/ui/header-rows';
import { RecordingWorkbook } from './recording-workbook';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name, 'input.xlsx')));

let township: SheetData[];
let weights95: SheetData[];
let twoSheets: SheetData[];

beforeAll(async () => {
  township = await readWorkbook(fixtureBytes('township-seed004'), 'input.xlsx');
  weights95 = await readWorkbook(fixtureBytes('error-weights-95'), 'input.xlsx');
  twoSheets = await readWorkbook(fixtureBytes('error-two-sheets'), 'input.xlsx');
});

function pane(sheets: SheetData[]) {
  const workbook = new RecordingWorkbook(sheets);
  const opened: string[] = [];
  let ranks = 0;
  const controller = new PaneController({
    openWorkbook: async (_bytes, name) => {
      opened.push(name);
      return workbook;
    },
    rank: async (s, request) => {
      ranks++;
      // through structured cloning, as the worker's answer arrives
      return structuredClone(rankView(structuredClone(s), request));
    },
    now: () => new Date('2026-01-15T09:00:00Z'),
  });
  return { controller, workbook, opened, ranks: () => ranks };
}

const bytes = async () => new Uint8Array([1]);
const ranked = (c: PaneController) => {
  const v = c.state.view;
  if (!v?.ok) throw new Error(`not ranked: ${JSON.stringify(v)}`);
  return v as RankedView;
};
const gradeOf = (c: PaneController, name: string) => ranked(c).units.find((u) => u.name === name)?.grade;

describe('the browser pane, against a recording workbook', () => {
  it('opens a workbook and checks it without writing anything', async () => {
    const { controller, workbook } = pane(township);
    await controller.open('白莲镇汇总.xlsx', bytes);
    const s = controller.state;
    expect(s.status).toBe('ready');
    expect(s.fileName).toBe('白莲镇汇总.xlsx');
    expect(s.view?.readLines[0]).toContain('工作表“考评汇总”');
    expect(s.view?.readLines[0]).toContain('12 个单位');
    expect(s.view?.readLines.join('\n')).toContain('上限 3 分（表头写明）');
    expect(s.ranked).toBe(false);
    expect(workbook.applied).toEqual([]);
    expect(s.activeSheet).toBe('考评汇总');
    expect(s.schemeSource).toBe('默认方案');
  });

  it('shows how far a large file has been read', async () => {
    const { controller } = pane(township);
    const seen: (number | null)[] = [];
    controller.subscribe(() => {
      if (controller.state.status === 'opening') seen.push(controller.state.progress);
    });
    await controller.open('大文件.xlsx', async (onProgress) => {
      onProgress(0.25);
      onProgress(0.75);
      return new Uint8Array([1]);
    });
    // 0 at the start, the two fractions, then null while the sheets are read (unknown length)
    expect(seen).toEqual([0, 0.25, 0.75, null]);
    expect(controller.state.status).toBe('ready');
  });

  it('tells the clerk to save .xls, .et and .csv as .xlsx first, and opens nothing', async () => {
    for (const name of ['汇总.xls', '汇总.et', '汇总.csv']) {
      const { controller, opened } = pane(township);
      await controller.open(name, bytes);
      expect(controller.state.notice).toEqual({ kind: 'error', key: 'saveAsXlsx', detail: name });
      expect(opened).toEqual([]);
      expect(controller.state.status).toBe('empty');
    }
  });

  it('一键排名 writes 排名 and 表彰名单 and shows 排名', async () => {
    const { controller, workbook } = pane(township);
    await controller.open('input.xlsx', bytes);
    await controller.rank();
    expect(workbook.applied).toEqual([['排名', '表彰名单', '核对']]);
    expect(controller.state.ranked).toBe(true);
    expect(controller.state.activeSheet).toBe('排名');
    expect(controller.state.sheets.map((s) => s.name)).toEqual(['考评汇总', '排名', '表彰名单', '核对']);
    // 校验 on the workbook just ranked: the posted result matches its data and scheme
    expect(await controller.verify('')).toMatchObject({ ok: true, matches: true, findings: [] });
    // default bands 90/80/60, the header's own cap of 3 on 察访核验扣分
    expect(ranked(controller).units.find((u) => u.name === '柳溪村')?.total).toBe('89.8');
    expect(gradeOf(controller, '龙泉村')).toBe('一般');
    expect(gradeOf(controller, '青山村')).toBe('一般');
  });

  it('knows the header rows of the summary table and of the sheets PERF wrote', async () => {
    const { controller } = pane(township);
    await controller.open('input.xlsx', bytes);
    expect(headerRowsOf(controller.state, '考评汇总')).toEqual(new Set([3]));
    await controller.rank();
    const ranking = controller.state.sheets.find((s) => s.name === '排名')!;
    const [row] = [...headerRowsOf(controller.state, '排名')];
    expect(ranking.values[row!]?.slice(0, 2)).toEqual(['名次', '单位']);
  });

  it("writes to 排名(2) when the clerk's own sheet is called 排名, and shows that one", async () => {
    const own: SheetData = { name: '排名', values: [['我自己的排名表']], merges: [], perfKind: null };
    const { controller, workbook } = pane([...township, own]);
    await controller.open('input.xlsx', bytes);
    await controller.rank();
    expect(workbook.sheets.find((s) => s.name === '排名')?.values).toEqual([['我自己的排名表']]);
    expect(controller.state.activeSheet).toBe('排名(2)');
  });

  it('a band edited after the ranking re-ranks and saves the scheme as the 方案 sheet', async () => {
    const { controller, workbook } = pane(township);
    await controller.open('input.xlsx', bytes);
    await controller.rank();
    const form = formOf(controller.state.scheme!);
    form.bands[1]!.min = '85'; // 良好 from 85: 红星村 80, 金山村 82.8, 东风村 84.8 fall to 一般
    await controller.changeScheme(schemeOf(controller.state.scheme!, form));
    expect(workbook.applied.at(-1)).toEqual(['方案', '排名', '表彰名单', '核对']);
    expect(['红星村', '金山村', '东风村'].map((n) => gradeOf(controller, n))).toEqual(['一般', '一般', '一般']);
    expect(gradeOf(controller, '花园村')).toBe('良好'); // 87.6
    expect(controller.state.sheets.find((s) => s.name === '方案')?.perfKind).toBe('scheme');
  });

  it('a broken band stops the run with the same message as everywhere, naming the pane field', async () => {
    const { controller, workbook, ranks } = pane(township);
    await controller.open('input.xlsx', bytes);
    await controller.rank();
    const before = ranks();
    const form = formOf(controller.state.scheme!);
    form.bands[1]!.min = '八十';
    await controller.changeScheme(schemeOf(controller.state.scheme!, form));
    expect(controller.state.schemeCheck.errors.map((e) => e.message)).toEqual([
      '方案·等次分数线第2行 等次“良好”的下限 “八十” 不是数字：请填写该等次的最低分（含），最低等次留空',
    ]);
    expect(ranks()).toBe(before);
    expect(workbook.applied).toHaveLength(1);
  });

  it('award tiers, caps, decimals and the method from the form reach the ranking', async () => {
    const { controller } = pane(township);
    await controller.open('input.xlsx', bytes);
    const form = formOf(controller.state.scheme!);
    form.bands = [
      { label: '优', min: '90' },
      { label: '良好', min: '80' },
      { label: '一般', min: '75' },
      { label: '差', min: '' },
    ];
    form.deductionCap = '3';
    form.tiers = [{ name: '先进单位', count: '4', minGrade: '良好' }];
    await controller.changeScheme(schemeOf(controller.state.scheme!, form));
    await controller.rank();
    const units = ranked(controller).units;
    // hand-worked in test/fixtures/township-seed004/README.md
    expect(units.filter((u) => u.awards.length > 0).map((u) => u.name)).toEqual(['石桥村', '柳溪村', '白莲社区居委会']);
    expect(units.find((u) => u.name === '新华村')?.excluded).toBe(true);
    expect(gradeOf(controller, '青山村')).toBe('差');
    expect(gradeOf(controller, '龙泉村')).toBe('一般');
  });

  it('scheme problems show and the old ranking is marked out of date when data problems stop a run', async () => {
    const { controller, workbook } = pane(weights95);
    await controller.open('weights.xlsx', bytes);
    const v = controller.state.view!;
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const text = v.problems.map((p) => p.message).join('\n');
    expect(text).toContain('指标考核');
    expect(text).toContain('95');
    await controller.rank();
    expect(workbook.applied).toEqual([]);
    expect(controller.state.ranked).toBe(false);
  });

  it('ranks the sheet the clerk picks when two sheets look like summary tables', async () => {
    const { controller } = pane(twoSheets);
    await controller.open('两季度.xlsx', bytes);
    const v = controller.state.view!;
    expect(v.ok).toBe(false);
    expect(v.ok ? '' : v.problems[0]!.message).toContain('“一季度”、“二季度”');
    await controller.chooseSourceSheet('二季度');
    expect(controller.state.view?.readLines[0]).toContain('工作表“二季度”');
    expect(controller.state.activeSheet).toBe('二季度');
    await controller.rank();
    expect(ranked(controller).sheet).toBe('二季度');
  });

  it('shows the cell a message names, and ignores places that are not cells of this workbook', async () => {
    const { controller } = pane(township);
    await controller.open('input.xlsx', bytes);
    expect(controller.showCell('考评汇总!E7')).toBe(true);
    expect(controller.state.highlight).toEqual({ sheet: '考评汇总', row: 6, col: 4 });
    expect(controller.showCell('方案文件 任务窗格中的方案 中 bands[1].min')).toBe(false);
    expect(controller.showCell('汇总!D7')).toBe(false);
    expect(controller.state.highlight).toEqual({ sheet: '考评汇总', row: 6, col: 4 });
  });

  it('imports 方案.json, rejects a broken one with its message, and exports what it uses', async () => {
    const { controller } = pane(township);
    await controller.open('input.xlsx', bytes);
    await controller.importScheme('{ not json');
    expect(controller.state.notice?.key).toBe('schemeImportFailed');
    expect(controller.state.notice?.detail).toContain('不是有效的 JSON');
    const text = readFileSync(path.join(FIXTURES, 'counties-1-2-2', 'scheme.json'), 'utf8');
    const generation = controller.state.schemeGeneration;
    await controller.importScheme(text);
    expect(controller.state.schemeGeneration).toBe(generation + 1);
    expect(controller.state.schemeEdited).toBe(true);
    expect(JSON.parse((await controller.exportScheme())!)).toEqual(JSON.parse(text));
  });

  it('downloads the workbook as 原文件名-排名.xlsx', async () => {
    const { controller, workbook } = pane(township);
    await controller.open('白莲镇2025汇总.xlsx', bytes);
    await controller.rank();
    const file = await controller.download();
    expect(file?.name).toBe('白莲镇2025汇总-排名.xlsx');
    expect(workbook.calls.at(-1)).toEqual({ op: 'toBytes' });
  });
});

import { describe, expect, it } from 'vitest';
import { registerCommands, RANK_ACTION, SHOW_ACTION } from '../../src/commands/register';
import { paneOver, doubleOf, rankedView, rowHolding, settle } from './helpers';

const SOURCE = '考评汇总';
const activeName = (d: Awaited<ReturnType<typeof doubleOf>>) => d.workbook.sheets.find((s) => s.id === d.workbook.activeSheetId)?.name;

describe('一键排名 from the ribbon (an ExecuteFunction command, no pane)', () => {
  it('ranks the open workbook, writes 排名 / 表彰名单 / 核对, activates 排名 and keeps the add-in loading with the workbook', async () => {
    const excel = await doubleOf('township-seed004');
    const pane = paneOver(excel);
    expect(await pane.rankFromRibbon()).toBe('ranked');
    await settle();
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual([SOURCE, '排名', '表彰名单', '核对']);
    expect(activeName(excel)).toBe('排名');
    // the clerk's table is untouched; 柳溪村 (row 7): 93.5×80% + 90×20% − min(4.5, 3) = 89.8
    expect(excel.valuesOf(SOURCE)[6]?.slice(1, 5)).toEqual(['柳溪村', 93.5, 90, 4.5]);
    const ranking = excel.valuesOf('排名');
    const liuxi = ranking.find((r) => r[1] === '柳溪村')!;
    expect(liuxi).toContain(89.8);
    expect(excel.addinCalls).toEqual([{ method: 'setStartupBehavior', args: ['Load'] }]);
    expect(pane.controller.state.stale).toBe(false);
  });

  it('opens the pane on 检查数据 with the problems when it cannot rank, writing nothing', async () => {
    const excel = await doubleOf('error-weights-95');
    const before = excel.workbook.sheets.map((s) => s.name);
    const pane = paneOver(excel);
    expect(await pane.rankFromRibbon()).toBe('problems');
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(before);
    expect(excel.addinCalls.map((c) => c.method)).toEqual(['showAsTaskpane']);
    expect(pane.state.step).toBe('check');
    const v = pane.controller.state.view!;
    expect(v.ok).toBe(false);
    expect(v.ok ? '' : v.problems.map((p) => p.message).join('\n')).toContain('95');
  });

  it('the ribbon buttons: 一键排名 runs the pane’s ranking and always completes the event; 绩效考评助手 opens the pane', async () => {
    const excel = await doubleOf('township-seed004');
    const pane = paneOver(excel);
    const actions = new Map<string, (event?: Office.AddinCommands.Event) => unknown>();
    const shown: string[] = [];
    registerCommands({ actions: { associate: (id, f) => void actions.set(id, f) }, addin: { showAsTaskpane: async () => void shown.push('pane') } }, async () => pane);
    expect([...actions.keys()].sort()).toEqual([RANK_ACTION, SHOW_ACTION].sort());
    let completed = 0;
    const event = { completed: () => void completed++ } as unknown as Office.AddinCommands.Event;
    await actions.get(RANK_ACTION)!(event);
    expect(completed).toBe(1);
    expect(excel.workbook.sheets.map((s) => s.name)).toContain('排名');
    expect(shown).toEqual([]);
    await actions.get(SHOW_ACTION)!(event);
    expect(shown).toEqual(['pane']);
    expect(completed).toBe(2);
    // outside Office (no Office.actions) nothing is registered and nothing breaks
    expect(() => registerCommands({ addin: { showAsTaskpane: async () => undefined } }, async () => pane)).not.toThrow();
  });

  it('a failure that is not a ranking problem still completes the event and opens the pane', async () => {
    const shown: string[] = [];
    const actions = new Map<string, (event?: Office.AddinCommands.Event) => unknown>();
    registerCommands({ actions: { associate: (id, f) => void actions.set(id, f) }, addin: { showAsTaskpane: async () => void shown.push('pane') } }, async () => {
      throw new Error('the pane could not load');
    });
    let completed = 0;
    await actions.get(RANK_ACTION)!({ completed: () => void completed++ } as unknown as Office.AddinCommands.Event);
    expect([completed, shown]).toEqual([1, ['pane']]);
  });
});

describe('the pane in Excel, over the Office.js host', () => {
  it('检查数据: a problem’s cell is selected in the workbook', async () => {
    const excel = await doubleOf('township-seed004');
    const pane = paneOver(excel);
    await pane.start();
    expect(pane.controller.showCell(`${SOURCE}!E7`)).toBe(true);
    await settle();
    expect(activeName(excel)).toBe(SOURCE);
    expect(excel.workbook.selection?.rect).toEqual({ top: 6, left: 4, bottom: 6, right: 4 });
  });

  it('说明 follows the selection: a unit’s row on 排名 or on the summary table', async () => {
    const excel = await doubleOf('township-seed004');
    const pane = paneOver(excel);
    await pane.rank();
    await settle();
    const explained = () => rankedView(pane.controller).units.find((u) => u.row === pane.controller.state.explainRow)?.name;
    const onRanking = rowHolding(excel, '排名', '青山村');
    excel.userSelects('排名', `C${onRanking + 1}`);
    await settle();
    expect(explained()).toBe('青山村');
    excel.userSelects(SOURCE, 'A10:F10'); // row 10: 金山村
    await settle();
    expect(explained()).toBe('金山村');
    // a header or the title explains nobody: the unit shown stays
    excel.userSelects('排名', 'A1');
    await settle();
    expect(explained()).toBe('金山村');
  });

  it('结果已过期 after the clerk edits the summary table, not after PERF’s own writes; 重新排名 reads the edit', async () => {
    const excel = await doubleOf('township-seed004');
    const pane = paneOver(excel);
    await pane.rank();
    await settle();
    expect(pane.controller.state.stale).toBe(false);
    excel.userEdits('排名', 'A1', [['随手改的标题']]); // PERF's own output sheet: not the data
    await settle();
    expect(pane.controller.state.stale).toBe(false);
    excel.userEdits(SOURCE, 'C7', [[98.5]]); // 柳溪村 指标考核 93.5 → 98.5
    await settle();
    expect(pane.controller.state.stale).toBe(true);
    await pane.rank();
    expect(pane.controller.state.stale).toBe(false);
    // 98.5×80% + 90×20% − 3 = 78.8 + 18 − 3 = 93.8
    expect(rankedView(pane.controller).units.find((u) => u.name === '柳溪村')?.total).toBe('93.8');
    expect(excel.valuesOf('排名').find((r) => r[1] === '柳溪村')).toContain(93.8);
  });

  it('shows 请先结束单元格编辑 while Excel waits for a cell edit, and finishes once the clerk presses Enter', async () => {
    const excel = await doubleOf('township-seed004');
    const pane = paneOver(excel);
    excel.editing = true;
    const seen: boolean[] = [];
    pane.subscribe(() => seen.push(pane.state.cellEdit));
    const ranking = pane.rank();
    await settle(90);
    expect(pane.state.cellEdit).toBe(true);
    expect(excel.waitingForEdit).toBe(1);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual([SOURCE]);
    excel.endCellEdit();
    await ranking;
    expect(pane.state.cellEdit).toBe(false);
    expect(seen).toContain(true);
    expect(excel.workbook.sheets.map((s) => s.name)).toContain('排名');
  });

  it('an Excel error while writing becomes the Chinese message in the pane, and the next run reads the workbook again', async () => {
    const excel = await doubleOf('township-seed004');
    const pane = paneOver(excel);
    await pane.start();
    excel.failOn('RequestPayloadSizeLimitExceeded', /Range\.values=/);
    await pane.rank();
    const notice = pane.controller.state.notice;
    expect(notice?.key).toBe('rankFailed');
    expect(notice?.detail).toContain('5 MB');
    expect(pane.controller.state.ranked).toBe(false);
    expect(pane.controller.state.stale).toBe(true);
    await pane.rank();
    expect(pane.controller.state.ranked).toBe(true);
  });

  it('says in plain Chinese what an Excel without ExcelApi 1.9 cannot do', async () => {
    const excel = await doubleOf('township-seed004', { sets: { ExcelApi: '1.8', SharedRuntime: '1.1' } });
    const summary = paneOver(excel).supportSummary;
    expect(summary.missing.join('\n')).toContain('打印设置');
    expect(summary.advice).toContain('浏览器版');
    const full = paneOver(await doubleOf('township-seed004')).supportSummary;
    expect(full.missing).toEqual([]);
    expect(full.advice).toBeNull();
  });
});

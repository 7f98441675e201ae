import { describe, expect, it } from 'vitest';
import { readWorkbook, XlsxWorkbook } from '../../src/host/xlsx';
import type { BlockColumn, Utf8Texts, WritePlan } from '../../src/sheet/plan';
import { compactSheet, sheetCells, sheetLayout } from '../../src/sheet/plan-blocks';
import { PieceColumn, pieceText } from '../../src/sheet/piece-column';
import { textWidth } from '../../src/sheet/text-width';
import { rankingSheet } from './helpers/plans';
import { runRanking } from '../../src/workflow/rank';
import { writtenParts } from './helpers/parts';
import { clerkWorkbook } from './helpers/workbooks';

/**
 * The one-click ranking plans its unit tables as blocks (src/sheet/plan-blocks.ts). The .xlsx
 * host writes a block straight from its columns; read as rows, the same plan is written cell by
 * cell. Both must give the same parts, byte for byte.
 */
async function ranking(clerk: Uint8Array): Promise<{ clerk: Uint8Array; plan: WritePlan }> {
  const outcome = runRanking(await readWorkbook(clerk), { settings: { awards: '一等奖:1:良好,二等奖:25%' }, now: new Date('2026-12-01T00:00:00Z') });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return { clerk, plan: outcome.plan };
}

async function bytesOf(clerk: Uint8Array, plan: WritePlan): Promise<Uint8Array> {
  const workbook = await XlsxWorkbook.open(clerk, 'clerk.xlsx');
  await workbook.apply(plan);
  return workbook.toBytes();
}

describe('a ranking planned as blocks', () => {
  it('is written by the .xlsx host from its blocks, the same parts as the plan read cell by cell', async () => {
    const clerk = await clerkWorkbook();
    const compact = await ranking(clerk);
    const cells = await ranking(clerk);
    const blocked = compact.plan.sheets.map((s) => [s.name, sheetCells(s).blocks.length > 0]);
    expect(blocked).toEqual([
      ['排名', true],
      ['表彰名单', true],
      ['核对', true],
    ]);
    // reading the rows makes every cell; from then on the sheet is planned cell by cell
    for (const s of cells.plan.sheets) expect(s.rows.length).toBeGreaterThan(5);
    expect(cells.plan.sheets.every((s) => sheetCells(s).blocks.length === 0)).toBe(true);
    const [a, b] = [await writtenParts(compact.clerk, compact.plan), await writtenParts(cells.clerk, cells.plan)];
    // the host never read the rows of the blocked plan
    expect(compact.plan.sheets.map((s) => [s.name, sheetCells(s).blocks.length > 0])).toEqual(blocked);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const name of Object.keys(a)) expect(a[name], name).toBe(b[name]);
    // the unit rows are there: each unit's name on 排名 and on 核对
    expect(a['xl/worksheets/sheet4.xml']!.length).toBeGreaterThan(1000);
  });
});

describe('a ranking planned as blocks, in the Office.js host', () => {
  it('is written from its blocks: the plan keeps them, and the workbook is the one the .xlsx host writes (same-as-xlsx.test.ts)', async () => {
    const { makeOfficeHost } = await import('./office/office-view');
    const { clerk, plan } = await ranking(await clerkWorkbook());
    const h = await makeOfficeHost(clerk);
    await h.host.apply(plan);
    expect(plan.sheets.every((s) => sheetCells(s).blocks.length > 0)).toBe(true);
    const view = await h.view();
    expect(view.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['排名', '表彰名单', '核对']));
  });
});

describe("a ranking's layout, as the browser worker hands it to the page", () => {
  it('has every setting but the cells and heights, and leaves the plan planned as blocks', async () => {
    const { plan } = await ranking(await clerkWorkbook());
    const layout = sheetLayout(plan.sheets[0]!);
    expect(Object.keys(layout)).not.toContain('rows');
    expect(Object.keys(layout)).not.toContain('rowHeights');
    expect(layout).toMatchObject({ name: '排名', kind: 'ranking', freeze: { rows: 2, columns: 0 } });
    expect(layout.merges.length).toBeGreaterThan(0);
    expect(sheetCells(plan.sheets[0]!).blocks.length).toBeGreaterThan(0);
  });
});

describe('a block column of texts made as UTF-8 (Utf8Texts)', () => {
  const texts = ['单位000001', '', ' 前后有空格 ', 'R&D <部> "甲"', '字面 _x000D_', '两行\n文字', '与 单位004984、单位005173、单位005311 并列第 575 名（共 4 个单位并列）', '😀 表情'];
  const asUtf8 = (list: string[]): Utf8Texts => {
    const encoded = list.map((t) => new TextEncoder().encode(t));
    const bytes = new Uint8Array(encoded.reduce((n, b) => n + b.length, 0));
    const starts = new Uint32Array(list.length);
    const ends = new Uint32Array(list.length);
    let at = 0;
    encoded.forEach((b, i) => {
      bytes.set(b, at);
      starts[i] = at;
      ends[i] = at += b.length;
    });
    return { bytes, starts, ends };
  };
  const sheet = (values: BlockColumn['values']) =>
    compactSheet({ ...sheetLayout(rankingSheet([], '快照')), merges: [] }, [[{ value: '快照', style: 'title' }]], [
      { top: 1, rowCount: texts.length, columns: [{ style: 'integer', values: texts.map((_, i) => i + 1) }, { style: 'note', values }] },
    ]);

  it('is written byte for byte as the same texts given as strings, and reads back as them', async () => {
    const clerk = await clerkWorkbook();
    const [a, b] = [await writtenParts(clerk, { sheets: [sheet(asUtf8(texts))] }), await writtenParts(clerk, { sheets: [sheet(texts)] })];
    for (const name of Object.keys(b)) expect(a[name], name).toBe(b[name]);
    const back = (await readWorkbook(await bytesOf(clerk, { sheets: [sheet(asUtf8(texts))] }))).find((s) => s.name === '快照')!;
    expect(back.values.slice(1).map((r) => r[1] ?? '')).toEqual(texts);
  });
});

describe('a block column of texts held as pieces (PieceTexts)', () => {
  // each row as its pieces: names, fixed words, numbers; what a tie sentence is made of, and what could trip the writer
  const rows: string[][] = [
    ['与 ', '单位000002', '、', '单位000003', ' 并列第 ', '7', ' 名'],
    [],
    ['单一一段'],
    [' 前有空格', '，后也有 '],
    ['R&D ', '<部>', ' "甲"'],
    ['字面 ', '_x000D_'],
    ['两行', '\n', '文字'],
    ['', '空段在前'],
    ['😀', ' 表情'],
  ];
  const texts = rows.map((r) => r.join(''));
  const names = ['甲局', '乙局'];
  const asPieces = () => {
    const column = new PieceColumn(names, rows.length + 1, 4);
    for (const r of rows) {
      column.start();
      for (const p of r) column.add(column.piece(p));
      column.end();
    }
    // a row again, as the units past the first few of a tie are
    column.sameAs(0);
    return column.done();
  };
  const all = [...texts, texts[0]!];
  const sheet = (values: BlockColumn['values']) =>
    compactSheet({ ...sheetLayout(rankingSheet([], '说明')), merges: [] }, [[{ value: '说明', style: 'title' }]], [
      { top: 1, rowCount: all.length, columns: [{ style: 'integer', values: all.map((_, i) => i + 1) }, { style: 'note', values }] },
    ]);

  it('reads row by row as its pieces joined, with each row’s width', () => {
    const column = asPieces();
    expect(Array.from({ length: all.length }, (_, i) => pieceText(column, i))).toEqual(all);
    expect(Array.from(column.widths)).toEqual(all.map(textWidth));
  });

  it('is written byte for byte as the same texts given as strings, and reads back as them', async () => {
    const clerk = await clerkWorkbook();
    const [a, b] = [await writtenParts(clerk, { sheets: [sheet(asPieces())] }), await writtenParts(clerk, { sheets: [sheet(all)] })];
    for (const name of Object.keys(b)) expect(a[name], name).toBe(b[name]);
    const back = (await readWorkbook(await bytesOf(clerk, { sheets: [sheet(asPieces())] }))).find((s) => s.name === '说明')!;
    expect(back.values.slice(1).map((r) => r[1] ?? '')).toEqual(all);
  });
});

import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPlan, readWorkbook } from '../../src/host/xlsx';
import type { PlanCell, SheetPlan } from '../../src/sheet/plan';
import { compactRankingSheet, fullPlan, planValues, rankingSheet, SAMPLE_UNITS, trimValues } from './helpers/plans';
import { strToU8, zipSync } from 'fflate';
import { clerkWorkbook, partText, unzip, withChart } from './helpers/workbooks';

let original: Uint8Array;
let written: Uint8Array;

beforeAll(async () => {
  original = withChart(await clerkWorkbook());
  written = (await applyPlan(original, fullPlan())).bytes;
});

async function loadWithExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('the written ranking sheet, read back with readWorkbook', () => {
  it('holds the planned values and merges, and carries PERF\'s mark', async () => {
    const sheet = (await readWorkbook(written)).find((s) => s.name === '排名(2)')!;
    expect(sheet.perfKind).toBe('ranking');
    expect(trimValues(sheet.values)).toEqual(planValues(rankingSheet()));
    expect(sheet.merges).toEqual(rankingSheet().merges);
  });
});

describe('the written sheets, read back with ExcelJS', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await loadWithExcelJS(written);
  });

  it('keeps the clerk\'s sheets and adds PERF\'s at the end', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '排名', 'Data', '排名(2)', '表彰名单', '方案']);
    expect(wb.getWorksheet('汇总')!.getCell('A1').value).toBe('2024年度县区绩效考评汇总表');
  });

  it('has the values, the merged title and the number format', () => {
    const ws = wb.getWorksheet('排名(2)')!;
    expect(ws.getCell('A1').value).toBe('2024年度绩效考评排名（来源：汇总）');
    expect(ws.getCell('B4').value).toBe(SAMPLE_UNITS[0][0]);
    expect(ws.getCell('C4').value).toBe(94.6);
    expect(ws.getCell('C4').numFmt).toBe('0.00');
    expect(ws.getCell('C7').value).toBeNull();
    expect(ws.getCell('E7').value).toBe('得分未录入，未参加排名');
    expect(ws.getCell('E1').isMerged).toBe(true);
    expect(ws.getCell('E1').master.address).toBe('A1');
  });

  it('styles the title large and bold, the header bold with border, fill and wrap, numbers right-aligned', () => {
    const ws = wb.getWorksheet('排名(2)')!;
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').font.size).toBe(16);
    const header = ws.getCell('B3');
    expect(header.font.bold).toBe(true);
    expect(header.border.bottom?.style).toBe('thin');
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(header.alignment.wrapText).toBe(true);
    expect(ws.getCell('C4').alignment.horizontal).toBe('right');
    expect(ws.getCell('E7').alignment.wrapText).toBe(true);
    expect(ws.getColumn(2).width).toBe(20);
  });

  it('gives rows the planned heights, and the title row room for its large font', async () => {
    const sheet: SheetPlan = { ...rankingSheet(), rowHeights: { 2: 33, 4: 45 } };
    const { bytes } = await applyPlan(original, { sheets: [sheet] });
    const ws = (await loadWithExcelJS(bytes)).getWorksheet('排名(2)')!;
    expect(ws.getRow(3).height).toBe(33);
    expect(ws.getRow(5).height).toBe(45);
    expect(ws.getRow(1).height).toBeGreaterThanOrEqual(24);
  });

  it('freezes the header, prints A4 landscape fit to width with the header rows repeated and the footer', () => {
    const ws = wb.getWorksheet('排名(2)')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe('3:3');
    expect(ws.headerFooter.oddFooter).toBe('&L制表：&C审核：&R日期：');
    expect(wb.getWorksheet('表彰名单')!.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', printTitlesRow: '1:2' });
  });

  it("defines the plan's workbook-level names and keeps the clerk's", () => {
    const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    const byName = Object.fromEntries(model.map((n) => [n.name, n.ranges]));
    expect(byName['等次表']).toEqual(["'方案'!$A$2:$B$5"]);
    expect(byName['总分区域']).toEqual(["'汇总'!$E$3:$E$6"]);
  });
});

describe('a workbook whose structure is protected', () => {
  it('gets no new sheet: the clerk is told to lift the protection first', async () => {
    const parts = unzip(original);
    parts['xl/workbook.xml'] = strToU8(partText(original, 'xl/workbook.xml').replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'));
    await expect(applyPlan(zipSync(parts), fullPlan(), '汇总.xlsx')).rejects.toThrow(/工作簿“汇总\.xlsx”的结构受保护.*撤销工作簿保护/);
  });
});

describe('names and text that need care', () => {
  it("leaves a clerk's defined name of the same name alone and says so", async () => {
    const wb = await loadWithExcelJS(original);
    wb.definedNames.add("'汇总'!$A$3:$A$6", '等次表');
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const { bytes, report } = await applyPlan(input, fullPlan());
    expect(partText(bytes, 'xl/workbook.xml')).toMatch(/<definedName name="等次表">'汇总'!\$A\$3:\$A\$6<\/definedName>/);
    expect(partText(bytes, 'xl/workbook.xml')).not.toContain("'方案'!$A$2:$B$5");
    expect(report.messages.some((m) => m.includes('已有名称“等次表”') && m.includes('没有改动'))).toBe(true);
  });

  it('writes XML special characters, a quote in a sheet name and "&" in the footer correctly', async () => {
    const sheet: SheetPlan = {
      ...rankingSheet(),
      name: "O'Brien & 子<表>",
      rows: [[{ value: '<a href="x">R&D</a> _x0041_ \u0007' }, { value: 'tab\there\r\nnew line' }]],
      merges: [],
      print: { ...rankingSheet().print, repeatRows: [0, 0], footer: { left: 'R&D 科', center: '', right: '第&P页' } },
    };
    const { bytes } = await applyPlan(original, { sheets: [sheet] });
    const back = (await readWorkbook(bytes)).find((s) => s.perfKind === 'ranking')!;
    expect(back.name).toBe("O'Brien & 子<表>");
    expect(back.values).toEqual([['<a href="x">R&D</a> _x0041_ \u0007', 'tab\there\r\nnew line']]);
    const wb = await loadWithExcelJS(bytes);
    const ws = wb.getWorksheet("O'Brien & 子<表>")!;
    expect(ws.headerFooter.oddFooter).toBe('&LR&&D 科&R第&&P页');
    expect(partText(bytes, 'xl/workbook.xml')).toContain(`'O''Brien &amp; 子&lt;表&gt;'!$1:$1`);
  });
});

describe('texts whose spaces, tabs and line breaks must be kept', () => {
  it('are marked xml:space="preserve", and only they, in a block and in a row of their own, and read back as they were', async () => {
    const texts = [' 前后有空格 ', '末尾空格 ', '中\t间', '两行\n文字', '回车\r', '中间 有 空格', '普通文字', '良好'];
    const kept = new Set([' 前后有空格 ', '末尾空格 ', '中\t间', '两行\n文字', '回车\r']);
    const units = texts.map((t, i): [string, number, string] => [t, 90 - i, '良好']);
    // the clerk's workbook has a 排名 of its own: PERF's are 排名(2) and 排名甲
    const { bytes } = await applyPlan(original, { sheets: [compactRankingSheet(units), rankingSheet(units, '排名甲')] });
    for (const name of ['排名(2)', '排名甲']) {
      const back = (await readWorkbook(bytes)).find((s) => s.name === name)!;
      expect(back.values.slice(3, 3 + texts.length).map((r) => r[1])).toEqual(texts);
    }
    const xml = Object.entries(unzip(bytes))
      .map(([, b]) => new TextDecoder().decode(b))
      .filter((x) => x.includes('普通文字'));
    expect(xml).toHaveLength(2);
    for (const x of xml) {
      const marked = [...x.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => m[1]);
      expect(marked.map((t) => t!.replace('_x000D_', '\r')).sort()).toEqual([...kept].sort());
      expect(x).toContain('<t>中间 有 空格</t>');
    }
  });
});

describe('property: whatever values a plan holds are read back exactly', () => {
  const chinese = fc.constantFrom(...'绩效考评优秀良好一般较差县区乡镇单位总分扣分加分一票否决（）：，。「」'.split(''));
  const ascii = fc.constantFrom(...' abcxXYZ0149_&<>"\'!@#$%^*()-=+[]{};:,./?\\|`~\t\r\n'.split(''));
  const text = fc.array(fc.oneof(chinese, ascii), { maxLength: 12 }).map((cs) => cs.join(''));
  const number = fc.oneof(
    fc.integer({ min: -1e6, max: 1e6 }),
    fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)),
  );
  const cell: fc.Arbitrary<PlanCell> = fc.record({
    value: fc.oneof(text, number, fc.boolean(), fc.constant(null)),
    style: fc.constantFrom<PlanCell['style']>(undefined, 'text', 'number', 'header', 'note', 'title'),
  });
  const rows = fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 8 });

  it('holds for random Chinese/ASCII text, numbers, booleans and blanks', async () => {
    await fc.assert(
      fc.asyncProperty(rows, async (planRows) => {
        const sheet: SheetPlan = { ...rankingSheet(), rows: planRows, merges: [] };
        const { bytes } = await applyPlan(original, { sheets: [sheet] });
        const back = (await readWorkbook(bytes)).find((s) => s.perfKind === 'ranking')!;
        expect(trimValues(back.values)).toEqual(planValues(sheet));
      }),
      { numRuns: 40 },
    );
  });
});

describe('the new plan features, read back with ExcelJS (a second reader)', () => {
  it('has formulas with results, validation, conditional formats, protection, scale and the page break', async () => {
    const { featureSheet } = await import('./contract/feature-plans');
    const { bytes } = await applyPlan(original, { sheets: [featureSheet()] });
    const ws = (await loadWithExcelJS(bytes)).getWorksheet('考评表')!;
    expect(ws.getCell('D4').value).toEqual({ formula: 'B4+C4', result: 92 });
    expect(ws.getCell('D7').formula).toBe('_xlfn.RANK.EQ(D4,$D$4:$D$6)');
    expect(ws.getCell('E4').dataValidation).toMatchObject({ type: 'list', formulae: ['"绿,黄,红"'], showErrorMessage: true });
    expect(ws.getCell('B4').protection).toMatchObject({ locked: false });
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules[0].type])).toEqual([
      ['E4:E6', 'cellIs'],
      ['E4:E6', 'cellIs'],
      ['A4:A6', 'expression'],
      ['D4:D6', 'cellIs'],
    ]);
    expect(ws.pageSetup.scale).toBe(85);
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
    expect(partText(bytes, 'xl/workbook.xml')).not.toContain('fullCalcOnLoad="0"');
    expect(partText(bytes, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });
});

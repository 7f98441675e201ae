import { beforeAll, describe, expect, it } from 'vitest';
import { applyPlan, readWorkbook } from '../../src/host/xlsx';
import { ALLOWED_TO_CHANGE, attrsOf, changedParts, elements } from './helpers/parts';
import { featureSheet, handedOverSheet } from './contract/feature-plans';
import { fullPlan, planValues, rankingSheet, trimValues } from './helpers/plans';
import { strToU8, zipSync } from 'fflate';
import { asXlsm, clerkWorkbook, partText, unzip, withChart } from './helpers/workbooks';

let original: Uint8Array;

beforeAll(async () => {
  original = withChart(await clerkWorkbook());
});

describe.each([
  ['.xlsx', () => original],
  ['.xlsm', () => asXlsm(original)],
])('applyPlan keeps the clerk\'s %s intact', (_kind, input) => {
  it('leaves every original part byte-identical except the workbook, its relationships, content types and styles', async () => {
    const before = input();
    // the fixture really has what must survive
    const summary = partText(before, 'xl/worksheets/sheet1.xml');
    for (const tag of ['<dataValidation ', '<conditionalFormatting ', '<drawing ', '<legacyDrawing ']) expect(summary).toContain(tag);
    expect(partText(before, 'xl/workbook.xml')).toContain('<definedName name="总分区域"');
    const { bytes } = await applyPlan(before, fullPlan());
    expect(changedParts(before, bytes).sort()).toEqual([...ALLOWED_TO_CHANGE].sort());
    const parts = unzip(bytes);
    for (const p of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml']) expect(parts[p]).toBeDefined();
    expect((await readWorkbook(bytes)).map((s) => s.name)).toEqual(['汇总', '排名', 'Data', '排名(2)', '表彰名单', '方案']);
  });

  it('keeps every original part byte-identical also for a plan with every new feature and a record, applied twice', async () => {
    const before = input();
    const plan = {
      sheets: [featureSheet(), handedOverSheet()],
      record: [{ sheet: '汇总', cell: 'E3', what: 'formula' as const, formula: 'PERF.WEIGHTED(B3:C3,B$2:C$2)' }],
    };
    const once = (await applyPlan(before, plan)).bytes;
    const twice = (await applyPlan(once, plan)).bytes;
    expect(changedParts(before, twice).sort()).toEqual([...ALLOWED_TO_CHANGE].sort());
    // the handed-over sheet written the first time is the clerk's now: kept byte for byte, the second goes beside it
    for (const part of changedParts(once, twice)) expect(ALLOWED_TO_CHANGE).toContain(part);
    expect((await readWorkbook(twice)).map((s) => s.name)).toEqual(['汇总', '排名', 'Data', '考评表', '综合评估汇总', 'PERF_RECORD', '综合评估汇总(2)']);
  });

  it.each([
    ['the ranking plan', () => fullPlan()],
    ['a plan with every new feature', () => ({ sheets: [featureSheet(), handedOverSheet()], record: [{ sheet: '汇总', cell: 'E3', what: 'added' as const, value: 1 }] })],
  ])('keeps all the original entries of the four parts it is allowed to change (%s)', async (_what, makePlan) => {
    const before = input();
    const { bytes } = await applyPlan(before, makePlan());
    const originalSheets = attrsOf(before, 'xl/workbook.xml', 'sheet');
    expect(attrsOf(bytes, 'xl/workbook.xml', 'sheet').slice(0, originalSheets.length)).toEqual(originalSheets);
    for (const name of attrsOf(before, 'xl/workbook.xml', 'definedName')) {
      expect(attrsOf(bytes, 'xl/workbook.xml', 'definedName')).toContainEqual(name);
    }
    for (const rel of attrsOf(before, 'xl/_rels/workbook.xml.rels', 'Relationship')) {
      expect(attrsOf(bytes, 'xl/_rels/workbook.xml.rels', 'Relationship')).toContainEqual(rel);
    }
    for (const local of ['Default', 'Override']) {
      for (const ct of attrsOf(before, '[Content_Types].xml', local)) expect(attrsOf(bytes, '[Content_Types].xml', local)).toContainEqual(ct);
    }
    for (const section of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'dxfs']) {
      const old = elements(before, 'xl/styles.xml', section)[0];
      const now = elements(bytes, 'xl/styles.xml', section)[0];
      if (!old) continue;
      const kids = (e: typeof old) => Array.from(e.childNodes).filter((n) => n.nodeType === 1).map((n) => n.toString());
      // appended only: the original entries keep their positions, so existing style indices still mean the same
      expect(kids(now).slice(0, kids(old).length)).toEqual(kids(old));
    }
  });
});

describe("the clerk's own sheet named 排名", () => {
  it('survives untouched; the ranking lands in 排名(2) and the report says so', async () => {
    const { bytes, report } = await applyPlan(original, fullPlan());
    expect(partText(bytes, 'xl/worksheets/sheet2.xml')).toBe(partText(original, 'xl/worksheets/sheet2.xml'));
    expect(report.written[0]).toEqual({ planned: '排名', actual: '排名(2)', action: 'created' });
    expect(report.messages[0]).toContain('已有名为“排名”的工作表');
    expect(report.messages[0]).toContain('“排名(2)”');
    const sheets = await readWorkbook(bytes);
    expect(sheets.map((s) => [s.name, s.perfKind])).toEqual([
      ['汇总', null],
      ['排名', null],
      ['Data', null],
      ['排名(2)', 'ranking'],
      ['表彰名单', 'awards'],
      ['方案', 'scheme'],
    ]);
    expect(sheets[1].values).toEqual([['这是科员自己做的排名表，不能被覆盖'], [null, 42]]);
  });

  it("re-running replaces PERF's own sheets (no 排名(3)) and the new values are what is read back", async () => {
    const first = await applyPlan(original, fullPlan());
    const newer: [string, number | null, string][] = [
      ['西城区', 99.25, '优秀'],
      ['东城区', 70, '一般'],
    ];
    const second = await applyPlan(first.bytes, fullPlan(newer));
    expect(second.report.written.map((w) => [w.actual, w.action])).toEqual([
      ['排名(2)', 'replaced'],
      ['表彰名单', 'replaced'],
      ['方案', 'replaced'],
    ]);
    expect(second.report.messages[0]).toContain('已更新 PERF 之前生成的工作表“排名(2)”');
    const sheets = await readWorkbook(second.bytes);
    expect(sheets.map((s) => s.name)).toEqual(['汇总', '排名', 'Data', '排名(2)', '表彰名单', '方案']);
    expect(trimValues(sheets[3].values)).toEqual(planValues(rankingSheet(newer)));
    // besides the four shared parts only the ranking's part changed: the award list and scheme were
    // rewritten with the same content, and the clerk's sheets were not touched
    expect(changedParts(first.bytes, second.bytes).filter((p) => !ALLOWED_TO_CHANGE.includes(p))).toEqual(['xl/worksheets/sheet4.xml']);
    // one mark and one print-title name per PERF sheet, not one per run
    const names = attrsOf(second.bytes, 'xl/workbook.xml', 'definedName').map((n) => `${n.name}@${n.localSheetId ?? ''}`);
    expect(names.filter((n) => n.startsWith('PERF_SHEET')).sort()).toEqual(['PERF_SHEET@3', 'PERF_SHEET@4', 'PERF_SHEET@5']);
    expect(new Set(names).size).toBe(names.length);
    // styles are reused, not appended again
    expect(partText(second.bytes, 'xl/styles.xml')).toBe(partText(first.bytes, 'xl/styles.xml'));
  });
});

describe("Excel's calculation chain", () => {
  /** The first output with a calcChain listing a formula on 汇总 (sheetId 1) and one on PERF's 排名(2) (sheetId 4). */
  function withCalcChain(bytes: Uint8Array, entries: string): Uint8Array {
    const parts = unzip(bytes);
    parts['xl/calcChain.xml'] = strToU8(`<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${entries}</calcChain>`);
    const rels = 'xl/_rels/workbook.xml.rels';
    parts[rels] = strToU8(
      partText(bytes, rels).replace(
        '</Relationships>',
        '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    parts['[Content_Types].xml'] = strToU8(
      partText(bytes, '[Content_Types].xml').replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    return zipSync(parts);
  }

  it("drops the entries for PERF's rewritten sheet and keeps the clerk's", async () => {
    const first = await applyPlan(original, fullPlan());
    const input = withCalcChain(first.bytes, '<c r="B2" i="4"/><c r="C2"/><c r="E3" i="1"/><c r="E4"/>');
    const { bytes } = await applyPlan(input, fullPlan());
    expect(elements(bytes, 'xl/calcChain.xml', 'c').map((c) => `${c.getAttribute('r')}@${c.getAttribute('i') ?? ''}`)).toEqual(['E3@1', 'E4@']);
  });

  it('removes the chain, its relationship and content type when only PERF\'s sheet had formulas', async () => {
    const first = await applyPlan(original, fullPlan());
    const { bytes } = await applyPlan(withCalcChain(first.bytes, '<c r="B2" i="4"/>'), fullPlan());
    expect(unzip(bytes)['xl/calcChain.xml']).toBeUndefined();
    expect(partText(bytes, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(partText(bytes, '[Content_Types].xml')).not.toContain('calcChain');
  });
});

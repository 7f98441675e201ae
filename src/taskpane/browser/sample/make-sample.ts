/**
 * Makes sample.xlsx, the workbook 打开示例 opens: the seed-002 county summary of
 * test/fixtures/county-seed002 with that fixture's scheme (bonus cap 2, 一等奖 1 / 二等奖 2 /
 * 三等奖 2) written in as its 方案 sheet, so the sample shows awards too.
 * Run: npx tsx src/taskpane/browser/sample/make-sample.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultScheme } from '../../../engine/scheme/defaults';
import { applySchemeFlags } from '../../../engine/scheme/flags';
import { XlsxWorkbook } from '../../../host/xlsx/xlsx-workbook';
import { schemeToSheetPlan } from '../../../sheet/scheme-sheet';

const ROOT = path.resolve(__dirname, '../../../..');
const input = path.join(ROOT, 'test/fixtures/county-seed002/input.xlsx');

async function main() {
  const scheme = applySchemeFlags(defaultScheme(), { 'bonus-cap': '2', awards: '一等奖:1:优秀,二等奖:2:良好,三等奖:2:良好' });
  scheme.name = '示例：县（区）年度绩效考评方案';
  const workbook = await XlsxWorkbook.open(new Uint8Array(readFileSync(input)), 'input.xlsx');
  await workbook.apply({ sheets: [schemeToSheetPlan(scheme)] });
  writeFileSync(path.join(__dirname, 'sample.xlsx'), await workbook.toBytes());
}

void main();

import { invalid } from '../../engine/errors';
import type { WritePlan, WriteReport } from '../../sheet/plan';
import { PERF_MARK_NAME, perfMarkFormula, resolveTargets, targetReport } from '../../sheet/targets';
import { decideName } from '../../sheet/write/defined-names';
import type { CellLook } from '../../sheet/write/looks';
import { readRecord, recordChanges, withRecord } from '../../sheet/write/record';
import { Batch, CALL_BYTES, payloadBytes } from './batch';
import { officeErrorCode } from './office-errors';
import { readValues, readWorkbookInfo, type SheetInfo, type WorkbookInfo } from './read-sheets';
import type { OfficeSupport } from './requirements';
import { prepareEdits, writeEdits } from './sheet-edits';
import { areaLists, nameReference, sheetProgram, type SheetProgram } from './write-program';

/**
 * A write plan applied to the open workbook. PERF's own sheets are cleared and
 * rewritten, never deleted (a deleted sheet cannot be undone) — save PERF_RECORD once undo has
 * emptied it, which goes as the workbook was before 套用; a clerk's sheet is never
 * touched (the target rule of src/sheet/targets.ts, as in the .xlsx host). Values go first,
 * one request a row block, then formats grouped by look, then the rest; the sheet is
 * protected last. Calls Excel cannot undo (visibility, that deletion) run after the rest,
 * outside the undo group.
 */

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

export interface ApplyContext {
  context: Excel.RequestContext;
  support: OfficeSupport;
}

/** Read what the plan needs to know, resolve targets and build every sheet's calls (throws before writing). */
export async function prepare({ context, support }: ApplyContext, requested: WritePlan) {
  const info = await readWorkbookInfo(context, { merges: false, structure: support.workbookProtection });
  const existing = info.sheets.map((s) => ({ name: s.name, perfKind: s.perfKind }));
  const recordInfo = recordChanges(requested) ? info.sheets.filter((s) => s.perfKind === 'record') : [];
  const record = recordInfo.length ? readRecord(await readValues(context, recordInfo)) : [];
  const { plan, targets, recordEmptied } = withRecord(requested, record, (p) => resolveTargets(existing, p));
  if (info.structureLocked && targets.some((t) => t.action === 'created')) {
    throw invalid('本工作簿的结构受保护（审阅 → 保护工作簿），PERF 不能在其中新建工作表。请先撤销工作簿保护，再重新运行。');
  }
  const programs = plan.sheets.map((sheet, i) => sheetProgram(sheet, targets[i]));
  const edits = await prepareEdits(context, plan, info.sheets);
  const messages: string[] = [];
  const names = decideNames(programs, info, messages);
  // the last 套用 undone: the record sheet, now holding nothing, goes (in a run of its own: Excel cannot undo a deletion)
  const emptiedRecord = recordEmptied ? (recordInfo[0]?.name ?? null) : null;
  return { info, plan, targets, programs, names, edits, messages, emptiedRecord };
}

interface NameCall {
  name: string;
  formula: string;
  /** Delete the workbook name of this name first (PERF's own from an earlier run). */
  replace: boolean;
}

function decideNames(programs: SheetProgram[], info: WorkbookInfo, messages: string[]): NameCall[] {
  const perfSheets = programs.filter((p) => p.target.action === 'replaced').map((p) => p.target.actual);
  const calls: NameCall[] = [];
  for (const p of programs) {
    for (const n of p.plan.definedNames ?? []) {
      const existing = info.names.find((x) => x.name.toUpperCase() === n.name.toUpperCase());
      const decision = decideName(n.name, existing ? existing.formula.replace(/^=/, '') : null, perfSheets, p.target.actual);
      if (decision.action === 'keep') messages.push(decision.message);
      else calls.push({ name: existing?.name ?? n.name, formula: nameReference(p.target.actual, n), replace: decision.action === 'replace' });
    }
  }
  return calls;
}

export type Prepared = Awaited<ReturnType<typeof prepare>>;

/** Write every sheet's calls; the report says where each sheet went. */
export async function write({ context, support }: ApplyContext, prepared: Prepared): Promise<WriteReport> {
  const { info, programs, names, edits, targets, messages } = prepared;
  const batch = new Batch(() => context.sync());
  const sheets = new Map<SheetProgram, Excel.Worksheet>();
  const wb = context.workbook;

  // 1. the sheets: new ones added and marked, PERF's earlier ones cleared
  for (const p of programs) {
    if (p.target.action === 'created') {
      const sheet = wb.worksheets.add(p.target.actual);
      if (p.plan.owned !== false) sheet.names.add(PERF_MARK_NAME, `=${perfMarkFormula(p.plan.kind)}`).visible = false;
      sheets.set(p, sheet);
      batch.add(CALL_BYTES * 3);
    } else {
      const found = info.sheets.find((s) => s.name === p.target.actual)!;
      clearSheet(found, support);
      sheets.set(p, found.sheet);
      batch.add(CALL_BYTES * 12);
    }
  }
  for (const n of names) {
    if (n.replace) wb.names.getItem(n.name).delete();
  }
  await batch.send();

  // 2. values, one request a block, calculation held until the block is in
  for (const p of programs) {
    const sheet = sheets.get(p)!;
    for (const block of p.blocks) {
      await batch.room(block.bytes);
      if (support.conditionalFormats) context.application.suspendApiCalculationUntilNextSync();
      const range = sheet.getRangeByIndexes(block.top, 0, block.values.length, block.width);
      range.values = block.values;
      for (const f of block.numberFormats) sheet.getRangeByIndexes(f.top, f.column, f.rows, 1).numberFormat = Array.from({ length: f.rows }, () => [f.format]);
      for (const run of block.formulas) sheet.getRangeByIndexes(run.row, run.left, 1, run.formulas.length).formulas = [run.formulas];
      await batch.send();
    }
  }

  // 3. looks, merges, sizes, freeze, print, rules; protection last
  for (const p of programs) await layout(batch, sheets.get(p)!, p, support, messages);
  for (const n of names) {
    await batch.room(CALL_BYTES + payloadBytes(n.formula));
    wb.names.add(n.name, n.formula);
  }
  await writeEdits(batch, edits);
  for (const p of programs) {
    if (!p.plan.protection) continue;
    await batch.room(CALL_BYTES);
    sheets.get(p)!.protection.protect(undefined, p.plan.protection.password || undefined);
  }
  await batch.send();
  const report = targetReport(targets, unique(messages));
  if (edits.length) report.edited = edits.map((e) => e.outcome);
  return report;
}

/** The visibility the plan gives sheets that do not have it yet: calls Excel cannot undo, for a run of their own. */
export function visibilityChanges(prepared: Prepared): { sheet: string; visibility: 'Visible' | 'Hidden' | 'VeryHidden' }[] {
  return prepared.programs.flatMap((p) => {
    const want = VISIBILITY[p.plan.visibility ?? 'visible'];
    const found = prepared.info.sheets.find((s) => s.name === p.target.actual);
    return (found ? found.visibility === want : want === 'Visible') ? [] : [{ sheet: p.target.actual, visibility: want }];
  });
}

/** PERF's record sheet, emptied by undo, deleted: a very hidden sheet cannot be, so it is made hidden first. */
export async function deleteRecordSheet(context: Excel.RequestContext, name: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.visibility = 'Hidden';
  sheet.delete();
  await context.sync();
}

export async function writeVisibility(context: Excel.RequestContext, changes: ReturnType<typeof visibilityChanges>): Promise<void> {
  for (const c of changes) context.workbook.worksheets.getItem(c.sheet).visibility = c.visibility;
  await context.sync();
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/** Everything PERF wrote before goes: values, formats, merges, rules, names of the sheet but its mark. */
function clearSheet(found: SheetInfo, support: OfficeSupport): void {
  const sheet = found.sheet;
  if (found.protected) sheet.protection.unprotect();
  const all = sheet.getRange();
  all.unmerge();
  all.clear('All');
  if (support.conditionalFormats) all.conditionalFormats.clearAll();
  if (support.validation) all.dataValidation.clear();
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  if (support.freeze) sheet.freezePanes.unfreeze();
  if (support.print) sheet.horizontalPageBreaks.removePageBreaks();
  for (const n of found.names) if (n.name.toUpperCase() !== PERF_MARK_NAME) sheet.names.getItem(n.name).delete();
}

async function layout(batch: Batch, sheet: Excel.Worksheet, p: SheetProgram, support: OfficeSupport, messages: string[]): Promise<void> {
  for (const { look, rects } of p.looks) {
    for (const list of support.print ? areaLists(rects) : rects.map((r) => areaLists([r])[0])) {
      await batch.room(CALL_BYTES * 16 + list.length);
      applyLook(support.print ? sheet.getRanges(list) : sheet.getRange(list), look);
    }
  }
  for (const m of p.merges) {
    await batch.room(CALL_BYTES);
    sheet.getRange(m.address).merge(m.across);
  }
  await batch.room(CALL_BYTES * (p.columnWidths.length + p.rowHeights.length));
  p.columnWidths.forEach((w, c) => {
    if (w > 0) sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = w;
  });
  for (const run of p.rowHeights) sheet.getRange(run.rows).format.rowHeight = run.height;

  if (p.freeze) {
    if (support.freeze) {
      await batch.room(CALL_BYTES);
      if (p.freeze.rows && p.freeze.columns) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, p.freeze.rows, p.freeze.columns));
      else if (p.freeze.rows) sheet.freezePanes.freezeRows(p.freeze.rows);
      else sheet.freezePanes.freezeColumns(p.freeze.columns);
    } else messages.push(`当前 Excel 不支持冻结窗格（ExcelApi 1.7），工作表“${p.target.actual}”的表头没有冻结，请在“视图 → 冻结窗格”中手动设置。`);
  }

  if (support.print) {
    await batch.room(CALL_BYTES * (6 + p.print.breaks.length) + payloadBytes(p.print.footer));
    const page = sheet.pageLayout;
    page.orientation = p.print.orientation;
    page.paperSize = 'A4';
    if (p.print.zoom) page.zoom = p.print.zoom;
    if (p.print.titleRows) page.setPrintTitleRows(p.print.titleRows);
    const footer = page.headersFooters.defaultForAllPages;
    footer.leftFooter = p.print.footer.leftFooter;
    footer.centerFooter = p.print.footer.centerFooter;
    footer.rightFooter = p.print.footer.rightFooter;
    for (const at of p.print.breaks) sheet.horizontalPageBreaks.add(at);
  } else {
    messages.push(`当前 Excel 不支持打印设置（ExcelApi 1.9），工作表“${p.target.actual}”没有设置 A4、缩放和页脚，请在“页面布局”中手动设置。`);
  }

  for (const v of p.validations) {
    if (!support.validation) {
      messages.push(`当前 Excel 不支持数据验证（ExcelApi 1.8），工作表“${p.target.actual}”的 ${v.address} 没有下拉列表。`);
      continue;
    }
    await batch.room(CALL_BYTES * 3 + payloadBytes([v.source, v.title, v.error]));
    const dv = sheet.getRange(v.address).dataValidation;
    dv.ignoreBlanks = v.ignoreBlanks;
    dv.rule = { list: { inCellDropDown: true, source: v.source } };
    dv.errorAlert = { message: v.error, showAlert: true, style: 'Stop', title: v.title };
  }

  p.conditionalFormats.forEach((cf, priority) => {
    if (!support.conditionalFormats) {
      messages.push(`当前 Excel 不支持条件格式（ExcelApi 1.6），工作表“${p.target.actual}”的 ${cf.address} 没有按条件着色。`);
      return;
    }
    batch.add(CALL_BYTES * 5 + payloadBytes([cf.formula1, cf.formula2 ?? '']));
    const added = sheet.getRange(cf.address).conditionalFormats.add(cf.type === 'Custom' ? 'Custom' : 'CellValue');
    const part = cf.type === 'Custom' ? added.custom : added.cellValue;
    if (cf.type === 'Custom') added.custom.rule.formula = cf.formula!;
    else added.cellValue.rule = { formula1: cf.formula1, ...(cf.formula2 ? { formula2: cf.formula2 } : {}), operator: cf.operator as Excel.ConditionalCellValueOperator };
    part.format.fill.color = cf.fill;
    if (cf.fontColor) part.format.font.color = cf.fontColor;
    // Excel puts a new rule first; the plan's order is its priority
    added.priority = priority;
  });
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { center: 'Center', top: 'Top' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

/** One look's calls on a range or several (RangeAreas). */
function applyLook(range: Excel.Range | Excel.RangeAreas, look: CellLook): void {
  const f = range.format;
  if (look.font.bold) f.font.bold = true;
  if (look.font.italic) f.font.italic = true;
  if (look.font.size) f.font.size = look.font.size;
  if (look.font.color) f.font.color = look.font.color;
  if (look.fill) f.fill.color = look.fill;
  if (look.horizontal) f.horizontalAlignment = HORIZONTAL[look.horizontal];
  if (look.vertical) f.verticalAlignment = VERTICAL[look.vertical];
  if (look.wrap) f.wrapText = true;
  if (look.border === 'thin') {
    for (const edge of EDGES) {
      const b = f.borders.getItem(edge);
      b.style = 'Continuous';
      b.weight = 'Thin';
    }
  }
  if (!look.locked) f.protection.locked = false;
}

/**
 * An error while writing, told in terms of the plan: a sheet PERF must clear that is
 * protected with a password cannot be unprotected, and Excel only says "invalid argument".
 */
export function explainWriteError(e: unknown, prepared: Prepared): unknown {
  const code = officeErrorCode(e);
  if (code !== 'InvalidArgument' && code !== 'AccessDenied') return e;
  const locked = prepared.programs.filter((p) => p.target.action === 'replaced' && prepared.info.sheets.find((s) => s.name === p.target.actual)?.protected);
  if (!locked.length) return e;
  const names = locked.map((p) => `“${p.target.actual}”`).join('、');
  return invalid(`工作表${names}受保护（设有密码），PERF 无法清空后重写。请在“审阅 → 撤销工作表保护”中输入密码撤销保护，然后重新运行。（Excel 错误：${code}）`);
}

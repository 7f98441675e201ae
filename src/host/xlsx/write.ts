import { invalid } from '../../engine/errors';
import { absoluteRange, quoteSheetName } from '../../sheet/address';
import type { PlanCell, SheetPlan, WritePlan, WriteReport } from '../../sheet/plan';
import { sheetCells } from '../../sheet/plan-blocks';
import { PERF_MARK_NAME, perfMarkFormula, resolveTargets, targetReport } from '../../sheet/targets';
import { decideName } from '../../sheet/write/defined-names';
import { readRecord, recordChanges, withRecord } from '../../sheet/write/record';
import { dropCalcChainSheets } from './calc-chain';
import { isRelType, readRelationships, relsPathOf, workbookPath, type Package } from './package';
import { ContentTypes, RelationshipsPart, STYLES_CONTENT_TYPE, WORKSHEET_CONTENT_TYPE } from './parts-edit';
import { renderWorksheet } from './sheet-xml';
import { gzipsAtOnce } from './zip';
import { PartDeflater } from './part-deflater';
import type { ZipCodec } from './zip-codec';
import type { DeflatedEntry } from './zip-write';
import { editWorksheet, type EditOutcome } from './sheet-edit';
import { readSharedStrings } from './strings-read';
import { StyleBook } from './styles';
import { WorkbookEdit } from './workbook-edit';
import { readSheetsOf } from './read';
import { perfKindOf, readWorkbookInfo, sharedStringsPath, type WorkbookInfo } from './workbook-info';
import { attrLocal, firstChild, toBytes } from './xml';

/**
 * Apply a write plan to an opened .xlsx/.xlsm package by editing its parts directly. Only
 * xl/workbook.xml (sheet list, defined names), its relationships,
 * [Content_Types].xml and xl/styles.xml (appended to) change, plus the parts of
 * PERF's own sheets; every other part of the clerk's file — charts, pivot
 * tables, macros, comments, validation, conditional formats — keeps its bytes.
 * New sheets PERF does not own are added like its own, without the mark.
 */
export async function applyPlanToPackage(pkg: Package, requested: WritePlan, fileName?: string): Promise<WriteReport> {
  const wbPath = workbookPath(pkg, fileName);
  const info = readWorkbookInfo(pkg, wbPath);
  if (info.strict) {
    throw invalid(`文件${fileName ? `“${fileName}”` : ''}是“Strict Open XML 电子表格”格式，PERF 不能写入。请在 Excel 中另存为普通的“Excel 工作簿（.xlsx）”后再试。`);
  }
  const existing = info.sheets.map((s) => ({ name: s.name, perfKind: perfKindOf(info, s.index) }));
  const record = recordChanges(requested) ? readRecord(readSheetsOf(pkg, info, (s) => s.perfKind === 'record')) : [];
  const { plan, targets, recordEmptied } = withRecord(requested, record, (p) => resolveTargets(existing, p));

  if (targets.some((t) => t.action === 'created') && structureLocked(info)) {
    throw invalid(
      `工作簿${fileName ? `“${fileName}”` : ''}的结构受保护（审阅 → 保护工作簿），PERF 不能在其中新建工作表。请先在 Excel 中撤销工作簿保护，再重新运行。`,
    );
  }

  const workbook = new WorkbookEdit(info);
  const rels = new RelationshipsPart(pkg, wbPath);
  const contentTypes = new ContentTypes(pkg);
  const wbRels = readRelationships(pkg, wbPath);
  const stylesRel = wbRels.find((r) => isRelType(r, 'styles') && !r.external && pkg.has(r.target));
  const stylesPath = stylesRel ? pkg.find(stylesRel.target)! : `${dirOf(wbPath)}styles.xml`;
  const styles = new StyleBook(stylesRel ? pkg.text(stylesPath) : null, stylesPath);
  const messages: string[] = [];
  const rewrittenSheetIds = new Set<number>();
  let nextSheetId = workbook.nextSheetId();
  // every sheet is rendered before the package changes: a plan PERF cannot write leaves the workbook as it was
  // each compressed as soon as it is written (where the codec can): 100,000 rows of XML are not all held at once
  const rendered: (Uint8Array | Promise<DeflatedEntry>)[] = [];
  // one sheet after another (its new looks numbered in order), its last pieces compressed while the next is written
  for (const sheetPlan of plan.sheets) {
    const { part } = await renderPart(sheetPlan, styles, pkg.zipCodec);
    // awaited below; should a later sheet be refused first, its failure is not left unhandled
    if (part instanceof Promise) part.catch(() => undefined);
    rendered.push(part);
  }
  const parts = await Promise.all(rendered);
  const edited = editSheets(pkg, info, plan, styles);
  const needsCalc =
    plan.sheets.some(hasUncachedFormula) ||
    (plan.edits ?? []).some((e) => (e.write ?? []).some(uncached));

  plan.sheets.forEach((sheetPlan, i) => {
    const target = targets[i];
    const xml = parts[i]!;
    let index: number;
    if (target.action === 'replaced') {
      const sheet = info.sheets.find((s) => s.name === target.actual)!;
      if (!sheet.path || sheet.type !== 'worksheet') {
        throw invalid(`工作表“${sheet.name}”带有 PERF 的标记，但它在文件中的内容已损坏，无法重写。请删除该工作表后重新运行。`);
      }
      setPart(pkg, sheet.path, xml);
      // its old drawings/comments/tables belonged to the old content, which is cleared
      pkg.delete(relsPathOf(sheet.path));
      rewrittenSheetIds.add(sheet.sheetId);
      workbook.clearSheetNames(sheet.index);
      index = sheet.index;
    } else {
      const path = freeWorksheetPath(pkg, wbPath);
      setPart(pkg, path, xml);
      contentTypes.addOverride(path, WORKSHEET_CONTENT_TYPE);
      index = workbook.appendSheet(target.actual, nextSheetId++, rels.add('worksheet', path));
    }
    if (sheetPlan.visibility) workbook.setSheetState(index, sheetPlan.visibility);
    addSheetNames(workbook, sheetPlan, target.actual, index, replacedNames(targets), messages);
  });
  if (needsCalc) workbook.requestFullCalcOnLoad();
  for (const e of edited) {
    pkg.set(e.path, toBytes(e.outcome.xml));
    // entries for formulas taken away would make Excel repair the file; it rebuilds the chain
    if (e.outcome.cleared.length) rewrittenSheetIds.add(e.sheetId);
  }

  if (recordEmptied) removeRecordSheet(pkg, info, workbook, rels, contentTypes, rewrittenSheetIds);
  dropStaleCalcChain(pkg, wbPath, rewrittenSheetIds, rels, contentTypes);
  if (styles.changed || styles.created) pkg.set(stylesPath, toBytes(styles.toXml()));
  if (styles.created) {
    rels.add('styles', stylesPath);
    contentTypes.addOverride(stylesPath, STYLES_CONTENT_TYPE);
  }
  pkg.set(wbPath, toBytes(workbook.toXml()));
  rels.save();
  contentTypes.save();
  const report = targetReport(targets, messages);
  if (edited.length) report.edited = edited.map((e) => ({ sheet: e.sheet, written: e.outcome.written, cleared: e.outcome.cleared, kept: e.outcome.kept }));
  return report;
}

const uncached = (c: PlanCell) => Boolean(c.formula) && (c.value === null || c.value === '');

/** A formula without a cached result in a planned sheet's rows (a block holds none: its rows are skipped, not looked through). */
function hasUncachedFormula(plan: SheetPlan): boolean {
  const { rows, blocks, rowCount } = sheetCells(plan);
  let next = 0;
  for (let r = 0; r < rowCount; r++) {
    const block = blocks[next];
    if (block && block.top === r) {
      r += block.rowCount - 1;
      next++;
    } else if (rows[r]?.some(uncached)) return true;
  }
  return false;
}

/** The plan's edits of existing sheets, worked out before anything changes (a refused edit leaves the file as it was). */
function editSheets(pkg: Package, info: WorkbookInfo, plan: WritePlan, styles: StyleBook): { sheet: string; path: string; sheetId: number; outcome: EditOutcome }[] {
  if (!plan.edits?.length) return [];
  const sstPath = sharedStringsPath(pkg, info.path);
  const sharedStrings = sstPath && plan.edits.some((e) => e.clear?.length) ? readSharedStrings(pkg.text(sstPath)!, sstPath) : [];
  return plan.edits.map((edit) => {
    const sheet = info.sheets.find((s) => s.name === edit.sheet);
    if (!sheet || sheet.type !== 'worksheet' || !sheet.path) {
      throw invalid(`工作簿中没有工作表“${edit.sheet}”（或它不是普通工作表），PERF 无法在其中写入。请检查工作表名称后再试。`);
    }
    return { sheet: edit.sheet, path: sheet.path, sheetId: sheet.sheetId, outcome: editWorksheet(pkg.text(sheet.path)!, sheet.path, edit, styles, sharedStrings) };
  });
}

/**
 * The record sheet once nothing is left in it (the last 套用 undone): its part, relationship,
 * content type and names go, so the workbook's sheets are as before 套用. PERF created it;
 * it held only PERF's record.
 */
function removeRecordSheet(pkg: Package, info: WorkbookInfo, workbook: WorkbookEdit, rels: RelationshipsPart, contentTypes: ContentTypes, sheetIds: Set<number>): void {
  const sheet = info.sheets.find((s) => perfKindOf(info, s.index) === 'record');
  if (!sheet) return;
  workbook.removeSheet(sheet.index);
  rels.removeById(sheet.rId);
  if (sheet.path) {
    pkg.delete(sheet.path);
    pkg.delete(relsPathOf(sheet.path));
    contentTypes.removeOverride(sheet.path);
  }
  sheetIds.add(sheet.sheetId);
}

/** "Protect workbook" with structure locked: no sheet may be added. */
function structureLocked(info: WorkbookInfo): boolean {
  const protection = firstChild(info.doc.documentElement!, 'workbookProtection');
  const lock = protection ? attrLocal(protection, 'lockStructure') : null;
  return lock === '1' || lock === 'true';
}

function dirOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
}

function freeWorksheetPath(pkg: Package, wbPath: string): string {
  let n = 1;
  while (pkg.has(`${dirOf(wbPath)}worksheets/sheet${n}.xml`)) n++;
  return `${dirOf(wbPath)}worksheets/sheet${n}.xml`;
}

function replacedNames(targets: { actual: string; action: string }[]): string[] {
  return targets.filter((t) => t.action === 'replaced').map((t) => t.actual);
}

/**
 * PERF's mark, the repeated header rows and the plan's workbook-level names. A name
 * the clerk defined (one not pointing at a sheet PERF is rewriting) is left alone.
 */
function addSheetNames(workbook: WorkbookEdit, plan: SheetPlan, actual: string, index: number, perfSheets: string[], messages: string[]): void {
  if (plan.owned !== false) workbook.addName(PERF_MARK_NAME, perfMarkFormula(plan.kind), { localSheetId: index, hidden: true });
  const repeat = plan.print.repeatRows;
  if (repeat) workbook.addName('_xlnm.Print_Titles', `${quoteSheetName(actual)}!$${repeat[0] + 1}:$${repeat[1] + 1}`, { localSheetId: index });
  for (const n of plan.definedNames ?? []) {
    const decision = decideName(n.name, workbook.workbookName(n.name), perfSheets, actual);
    if (decision.action === 'keep') {
      messages.push(decision.message);
      continue;
    }
    if (decision.action === 'replace') workbook.removeWorkbookName(n.name);
    workbook.addName(n.name, absoluteRange(actual, n));
  }
}

function dropStaleCalcChain(pkg: Package, wbPath: string, sheetIds: Set<number>, rels: RelationshipsPart, contentTypes: ContentTypes): void {
  if (sheetIds.size === 0) return;
  const rel = readRelationships(pkg, wbPath).find((r) => isRelType(r, 'calcChain') && !r.external && pkg.has(r.target));
  if (!rel) return;
  const path = pkg.find(rel.target)!;
  if (dropCalcChainSheets(pkg, path, sheetIds)) return;
  pkg.delete(path);
  rels.removeByType('calcChain');
  contentTypes.removeOverride(path);
}

/** A sheet smaller than this is kept as XML and compressed with the other parts (one piece is not worth a call of its own). */
const DEFLATE_AT_ONCE = 1 << 20;

/**
 * A sheet's part: compressed as it is written, a piece at a time, where the codec compresses at
 * once (100,000 rows of XML are never held whole); otherwise (the pane, whose zip is made in
 * fflate's worker) its XML.
 */
async function renderPart(sheetPlan: SheetPlan, styles: StyleBook, codec: ZipCodec): Promise<{ part: Uint8Array | Promise<DeflatedEntry> }> {
  const deflater = gzipsAtOnce(codec) ? new PartDeflater(codec) : undefined;
  const xml = await renderWorksheet(
    sheetPlan,
    (cell) => styles.xfFor(cell),
    (fill, font) => styles.dxfFor(fill, font),
    deflater,
  );
  if (deflater && (deflater.taken || xml.length >= DEFLATE_AT_ONCE)) return { part: deflater.finish(xml) };
  // the writer's buffer is sized by an estimate: a part kept as XML keeps only its bytes
  return { part: xml.buffer.byteLength > xml.length * 1.5 ? xml.slice() : xml };
}

function setPart(pkg: Package, path: string, part: Uint8Array | DeflatedEntry): void {
  if (part instanceof Uint8Array) pkg.set(path, part);
  else pkg.setDeflated(path, part);
}

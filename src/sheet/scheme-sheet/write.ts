import { canonicalNumber, componentEntries, decimalOf, shareOf } from '../../engine/scheme/access';
import { fromExcel, toExcel } from '../../engine/decimal';
import type { ComponentRule, Scheme } from '../../engine/scheme/types';
import {
  METHOD_WORDS,
  ROUNDING_WORDS,
  SCOPE_WORDS,
  TIES_WORDS,
  VACANCY_WORDS,
  VETO_WORDS,
  WEIGHT_UNIT_WORDS,
  labelOf,
} from '../../engine/scheme/words';
import type { PlanCell, SheetPlan } from '../plan';
import { defaultWorkbookSettings, type WorkbookSettings } from '../../engine/scheme/office';
import { writeOfficeBlocks } from './write-office';
import { withWrappedRowHeights } from '../write/wrapped-heights';
import {
  BANDS_RANGE_NAME,
  BlockDef,
  BlockId,
  CATEGORIES_RANGE_NAME,
  LIST_SEPARATOR,
  RANK_RANGE_NAME,
  RATING_RANGE_NAME,
  SCHEME_SHEET_NAME,
  TIER_RANGE_NAME,
  SETTINGS,
  blockDef,
  looksLikeFractions,
} from './layout';

const WIDTH = 6;

type Range = { top: number; left: number; bottom: number; right: number };

/**
 * The 方案 sheet for a scheme: what schemeFromSheet reads back into the same scheme, and
 * the office's own blocks (kept from the workbook's earlier 方案 sheet when rules arrive from above).
 */
export function schemeToSheetPlan(scheme: Scheme, settings: WorkbookSettings = defaultWorkbookSettings()): SheetPlan {
  const w = new Writer();
  w.row([{ value: `绩效考评方案：${scheme.name}`, style: 'title' }], true);
  w.row(
    [
      {
        value:
          '本表是 PERF 的考评方案，可直接修改（块内可增删行）；一键排名按本表计算。' +
          '“perf scheme export”把本表导出为方案文件，发给下级单位用“perf scheme import”导入。',
        style: 'note',
      },
    ],
    true,
  );
  w.blank();
  settingsBlock(w, scheme);
  componentsBlock(w, scheme);
  bandsBlock(w, scheme);
  categoriesBlock(w, scheme);
  placesBlock(w, scheme);
  singlesBlock(w, scheme);
  distributionBlock(w, scheme);
  writeOfficeBlocks(w, settings);
  lookupBlocks(w, scheme);
  return withWrappedRowHeights({
    name: SCHEME_SHEET_NAME,
    kind: 'scheme',
    rows: w.rows,
    merges: w.merges,
    columnWidths: [24, 22, 24, 16, 14, 48],
    freeze: null,
    print: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: true,
      repeatRows: null,
      footer: { left: scheme.name, center: '', right: '' },
    },
    definedNames: w.names,
  });
}

class Writer {
  rows: PlanCell[][] = [];
  merges: Range[] = [];
  names: (Range & { name: string })[] = [];

  get next(): number {
    return this.rows.length;
  }

  row(cells: PlanCell[], merge = false): number {
    const r = this.rows.length;
    this.rows.push(cells);
    if (merge) this.merges.push({ top: r, left: 0, bottom: r, right: WIDTH - 1 });
    return r;
  }

  blank(): void {
    this.rows.push([]);
  }

  /** Title, note and header of a block; returns nothing, data rows follow. */
  open(id: BlockId, headers?: string[]): BlockDef {
    const b = blockDef(id);
    this.row([{ value: b.title, style: 'subtitle' }], true);
    if (b.note) this.row([{ value: b.note, style: 'note' }], true);
    this.row((headers ?? b.columns.map((c) => c.header)).map((h) => ({ value: h, style: 'header' })));
    return b;
  }

  name(name: string, top: number, left: number, bottom: number, right: number): void {
    if (bottom >= top) this.names.push({ name, top, left, bottom, right });
  }
}

function text(v: string | null | undefined): PlanCell {
  return { value: v === null || v === undefined || v === '' ? null : v, style: 'text' };
}

/** A decimal string as a number cell when Excel holds it exactly; otherwise as text (read back the same). */
function numeric(s: string | null): PlanCell {
  if (s === null) return { value: null, style: 'number' };
  const d = decimalOf(s);
  if (d && canonicalNumber(s) === s) {
    const n = toExcel(d);
    if (fromExcel(n).eq(d)) return { value: n, style: 'number' };
  }
  return { value: s, style: 'text' };
}

/** A count: "2" as a number, "40%" as the text a clerk would type. */
function count(s: string): PlanCell {
  return s.endsWith('%') ? text(s) : numeric(s);
}

function yesNo(b: boolean): PlanCell {
  return text(typeof b === 'boolean' ? (b ? '是' : '否') : String(b));
}

function settingValue(s: Scheme, path: string): PlanCell {
  switch (path) {
    case 'name':
      return text(s.name);
    case 'fullScore':
      return numeric(s.fullScore);
    case 'weightUnit':
      return text(labelOf(WEIGHT_UNIT_WORDS, s.weightUnit));
    case 'decimals':
      return { value: s.decimals, style: 'integer' };
    case 'ranking.method':
      return text(labelOf(METHOD_WORDS, s.ranking.method));
    case 'ranking.byCategory':
      return yesNo(s.ranking.byCategory);
    case 'ranking.tieBreak':
      return text(s.ranking.tieBreak.join(LIST_SEPARATOR));
    case 'deductionCap':
      return numeric(s.deductionCap);
    case 'bonusCap':
      return numeric(s.bonusCap);
    case 'veto.effect':
      return text(labelOf(VETO_WORDS, s.veto.effect));
    case 'awardSettings.quotaRounding':
      return text(labelOf(ROUNDING_WORDS, s.awardSettings.quotaRounding));
    case 'awardSettings.vacancy':
      return text(labelOf(VACANCY_WORDS, s.awardSettings.vacancy));
    case 'awardSettings.exclusive':
      return yesNo(s.awardSettings.exclusive);
    case 'awardSettings.maxSinglePerUnit':
      return { value: s.awardSettings.maxSinglePerUnit, style: 'integer' };
  }
  throw new Error(`unknown setting ${path}`);
}

function settingsBlock(w: Writer, s: Scheme) {
  w.open('settings');
  for (const def of SETTINGS) {
    const r = w.row([text(def.label), settingValue(s, def.path), { value: def.note, style: 'note' }]);
    if (def.definedName) w.name(def.definedName, r, 1, r, 1);
  }
  w.blank();
}

function componentsBlock(w: Writer, s: Scheme) {
  const points = s.weightUnit === 'points';
  const headers = blockDef('components').columns.map((c) => (c.key === 'weight' ? (points ? '分值' : '权重（%）') : c.header));
  w.open('components', headers);
  const top = s.components.map((c) => decimalOf(c.weight));
  const asPercentText = !points && top.every((d) => d !== null) && looksLikeFractions(top as NonNullable<(typeof top)[0]>[]);
  const weight = (c: ComponentRule): PlanCell =>
    asPercentText && decimalOf(c.weight) ? text(`${c.weight}%`) : numeric(c.weight);
  for (const e of componentEntries(s))
    w.row([text(e.rule.name), weight(e.rule), text(e.parent ? e.parent.rule.name : null), text(e.rule.column)]);
  w.blank();
}

function bandsBlock(w: Writer, s: Scheme) {
  w.open('bands');
  const first = w.next;
  for (const b of s.bands) w.row([text(b.label), numeric(b.min), b.max === undefined ? text(null) : numeric(b.max)]);
  w.name(BANDS_RANGE_NAME, first, 0, w.next - 1, 1);
  w.blank();
}

function categoriesBlock(w: Writer, s: Scheme) {
  w.open('categories');
  const first = w.next;
  s.categories.forEach((c, i) => w.row([{ value: i + 1, style: 'integer' }, text(c)]));
  w.name(CATEGORIES_RANGE_NAME, first, 1, w.next - 1, 1);
  w.blank();
}

function placesBlock(w: Writer, s: Scheme) {
  w.open('places');
  let n = 0;
  for (const rule of s.awards) {
    if (rule.kind !== 'places') continue;
    n++;
    let first = true;
    const scope = () => {
      const cell = text(first ? rule.categories.join(LIST_SEPARATOR) : null);
      first = false;
      return cell;
    };
    for (const t of rule.tiers) {
      const lines: [string | null, string][] = typeof t.count === 'string' ? [[null, t.count]] : Object.entries(t.count);
      for (const [cat, c] of lines)
        w.row([{ value: n, style: 'integer' }, text(t.name), text(cat), count(c), text(t.minGrade), scope()]);
    }
  }
  w.blank();
}

function singlesBlock(w: Writer, s: Scheme) {
  w.open('singles');
  for (const rule of s.awards) {
    if (rule.kind !== 'single') continue;
    w.row([text(rule.name), text(rule.area), count(rule.count), text(rule.minGrade), text(rule.rankBy), text(rule.eligible.join(LIST_SEPARATOR))]);
  }
  w.blank();
}

function distributionBlock(w: Writer, s: Scheme) {
  w.open('distribution');
  for (const d of s.distribution)
    w.row([
      text(d.grade),
      d.maxShare.endsWith('%') ? text(d.maxShare) : numeric(d.maxShare),
      text(labelOf(SCOPE_WORDS, d.scope)),
      text(labelOf(ROUNDING_WORDS, d.rounding)),
      text(labelOf(TIES_WORDS, d.ties)),
    ]);
}

/** A share as the fraction a cell formatted as a percentage holds (80% → 0.8), when Excel holds it exactly; else as written. */
function share(s: string): PlanCell {
  const d = shareOf(s);
  if (d === null || !s.endsWith('%')) return numeric(s);
  const n = toExcel(d);
  if (!fromExcel(n).eq(d)) return text(s);
  return { value: n, style: 'number', numFmt: d.times(100).isInteger() ? '0%' : '0.00%' };
}

/**
 * 十、定性评价比例, 十一、档次分值, 十二、名次分值: written when the scheme has them (a scheme
 * without them is written as before), each a two-column table under its defined name.
 */
function lookupBlocks(w: Writer, s: Scheme) {
  const table = (id: BlockId, name: string, rows: PlanCell[][]) => {
    if (rows.length === 0) return;
    w.blank();
    w.open(id);
    const first = w.next;
    for (const r of rows) w.row(r);
    w.name(name, first, 0, w.next - 1, 1);
  };
  table('ratings', RATING_RANGE_NAME, (s.ratingShares ?? []).map((r) => [text(r.rating), share(r.share)]));
  table('tiers', TIER_RANGE_NAME, (s.tierPoints ?? []).map((t) => [text(t.tier), numeric(t.points)]));
  table('ranks', RANK_RANGE_NAME, (s.rankPoints ?? []).map((r) => [{ value: r.rank, style: 'integer' }, numeric(r.points)]));
}

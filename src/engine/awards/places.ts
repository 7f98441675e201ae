import type { Bands } from '../bands';
import { textKey } from '../cell';
import type { AwardSettings, AwardTier, PlaceAwardRule } from '../scheme/types';
import type { Ledger } from './ledger';
import { fillPassingDown } from './pass-down';
import type { Slot } from './slot';
import { recipient, reportTie, whyNot } from './slot';
import type { AwardLine, AwardUnit } from './types';
import { placeInWindowCode, windowBounds } from './window';
import { categoryLabel, groupNames, minGradeIndex, readCount } from './words';

/**
 * Place awards (一等奖 1, 二等奖 2 …; 综合奖 40% per category) within each category, tiers in
 * order: the window rule (vacancy 'empty') or pass-down (pass-down.ts). Returns one line per tier
 * and category, tier-major (grouped by award); each line shows its nominal window of places.
 */
export function assignPlaceRule(
  rule: PlaceAwardRule,
  ruleIndex: number,
  units: readonly AwardUnit[],
  settings: AwardSettings,
  bands: Bands,
  ledger: Ledger,
): AwardLine[] {
  const byTier: AwardLine[][] = rule.tiers.map(() => []);
  for (const [category, members] of categoriesOf(rule, units)) {
    const label = categoryLabel(category);
    const slots = rule.tiers.map((tier, t) => slotFor(tier, t, category, members.length, ruleIndex, settings, bands));
    if (members.length === 0) for (const s of slots) s.line.events.push(`汇总表中没有“${label}”的单位：请核对类别名称`);
    const ranked = inPlaceOrder(members);
    const windows = windowBounds(slots.map((s) => s.count));
    slots.forEach((s, t) => (s.line.window = windows[t]));
    if (settings.vacancy === 'pass-down') fillPassingDown(ranked, slots, bands, ledger, label);
    else fillWindows(ranked, slots, bands, ledger, label);
    slots.forEach((s, t) => byTier[t].push(s.line));
  }
  return byTier.flat();
}

/**
 * The ranked units (scored, with a place) by place, then id: a counting sort over the places
 * (whole numbers from 1), stable over `members` in id order.
 */
function inPlaceOrder(members: readonly AwardUnit[]): AwardUnit[] {
  // each member's place read once (0: not ranked), then counted out
  const n = members.length;
  const placeOf = new Int32Array(n);
  let last = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const u = members[i]!;
    const place = u.place;
    if (place === null || u.total === null) continue;
    if (!(Number.isInteger(place) && place >= 1 && place <= 4 * n))
      return members.filter((x) => x.total !== null && x.place !== null).sort((a, b) => a.place! - b.place! || a.id - b.id);
    if (place > last) last = place;
    placeOf[i] = place;
    count++;
  }
  const start = new Int32Array(last + 2);
  for (let i = 0; i < n; i++) if (placeOf[i]! > 0) start[placeOf[i]! + 1]!++;
  for (let p = 1; p <= last; p++) start[p + 1]! += start[p]!;
  const out: AwardUnit[] = new Array(count);
  for (let i = 0; i < n; i++) if (placeOf[i]! > 0) out[start[placeOf[i]!]!++] = members[i]!;
  return out;
}

/**
 * [category, its units]: the rule's categories (scheme text, matched to the units' categories as
 * clerks type names), or every category of the units as the ranking core spelled it (one spelling
 * per category), in the order they first appear (by id) — the same groups the places were ranked in.
 */
function categoriesOf(rule: PlaceAwardRule, units: readonly AwardUnit[]): [string, AwardUnit[]][] {
  if (rule.categories.length > 0)
    return rule.categories.map((c) => [c, units.filter((u) => textKey(u.category) === textKey(c))]);
  // each unit's category numbered, then each category's list made at its size (no list grown unit by unit)
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const sizes: number[] = [];
  const ids = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const category = units[i]!.category;
    let id = idOf.get(category);
    if (id === undefined) {
      idOf.set(category, (id = names.length));
      names.push(category);
      sizes.push(0);
    }
    sizes[id]!++;
    ids[i] = id;
  }
  // born holding objects (null until filled): no change of kind while they are filled
  // and made by loops, not maps: a mapped list's kind differs between runs, and the loop filling it deoptimised
  const lists: AwardUnit[][] = [];
  for (let id = 0; id < sizes.length; id++) lists.push(new Array<AwardUnit>(sizes[id]!).fill(null as unknown as AwardUnit));
  const filled = new Int32Array(names.length);
  for (let i = 0; i < units.length; i++) lists[ids[i]!]![filled[ids[i]!]!++] = units[i]!;
  const out: [string, AwardUnit[]][] = [];
  for (let id = 0; id < names.length; id++) out.push([names[id]!, lists[id]!]);
  return out;
}

function slotFor(
  tier: AwardTier,
  tierIndex: number,
  category: string,
  size: number,
  ruleIndex: number,
  settings: AwardSettings,
  bands: Bands,
): Slot {
  const label = categoryLabel(category);
  const what = category === '' ? tier.name : `${tier.name}（${label}）`;
  const minIndex = minGradeIndex(tier.minGrade, bands, what);
  const countText = typeof tier.count === 'string' ? tier.count : countFor(tier.count, category);
  const line: AwardLine = {
    kind: 'places',
    award: tier.name,
    area: null,
    category,
    groupLabel: label,
    ruleIndex,
    tierIndex,
    countText: countText ?? '',
    count: 0,
    countShown: '',
    window: null,
    orderedBy: '名次',
    recipients: [],
    vacancies: [],
    passes: [],
    notCandidates: [],
    events: [],
  };
  if (countText === null) {
    line.countShown = `未为“${label}”设置名额：0 名`;
    line.events.push(line.countShown);
  } else {
    const c = readCount(countText, size, settings.quotaRounding, label, what);
    line.count = c.count;
    line.countShown = c.shown;
  }
  return { name: tier.name, count: line.count, minGradeIndex: minIndex, line };
}

function countFor(counts: Record<string, string>, category: string): string | null {
  for (const [k, v] of Object.entries(counts)) if (textKey(k) === textKey(category)) return v;
  return null;
}

/**
 * Each ranked unit (in place order) into the window its place falls in: awarded there, or its
 * place left empty with why; each unit's place in placeAt and where each tie group starts in
 * `starts`. Its loop ends it (docs/limits.md: loops run once a run).
 */
function windowsOfUnits(
  ranked: readonly AwardUnit[],
  slots: Slot[],
  bands: Bands,
  ledger: Ledger,
  placeAt: Int32Array,
  starts: number[],
  inWindow: AwardUnit[][],
): void {
  for (let i = 0; i < ranked.length; i++) {
    const u = ranked[i]!;
    const place = u.place!;
    placeAt[i] = place;
    if (i === 0 || place !== placeAt[i - 1]) starts.push(i);
    // one number, not an object a unit (most units of a big sheet are past every window)
    const code = placeInWindowCode(place, u.gradeIndex, slots, !u.excluded);
    if (code < 0) continue;
    const window = code >> 1;
    const qualifies = (code & 1) === 1;
    const s = slots[window]!;
    inWindow[window]!.push(u);
    if (qualifies) {
      s.line.recipients.push(recipient(u, null));
      ledger.givePlace(u.id, s.name);
      continue;
    }
    const why = whyNot(u, s, bands)!;
    s.line.vacancies.push({ place, unitId: u.id, unitName: u.name, reason: why });
    s.line.events.push(`第${place}名 ${u.name}：${why}，${s.name}该名次空缺（不顺延）`);
    ledger.note(u.id, `第${place}名，${why}：${s.name}名次空缺（不顺延）`);
  }
}

/**
 * Vacancy 'empty' (the default, as seed 002 reads): the window rule of PERF.AWARD (window.ts). A
 * unit whose place falls in a tier's window gets that tier if its grade reaches the minimum and it
 * is not excluded; otherwise its place stays empty and nobody below moves up. Units tied on a
 * window's last place all share that window's award, and the places they occupy are lost to the next window.
 */
function fillWindows(all: readonly AwardUnit[], slots: Slot[], bands: Bands, ledger: Ledger, label: string): void {
  const inWindow: AwardUnit[][] = slots.map(() => []);
  // in place order, the units beyond the last window take no part
  const lastPlace = slots.reduce((to, s) => (s.line.window ? Math.max(to, s.line.window.to) : to), 0);
  let within = 0;
  while (within < all.length && all[within]!.place! <= lastPlace) within++;
  const ranked = within === all.length ? all : all.slice(0, within);
  // each unit's place read once; the tie groups as where each starts in `ranked` (no list per group)
  const placeAt = new Int32Array(ranked.length);
  const starts: number[] = [];
  windowsOfUnits(ranked, slots, bands, ledger, placeAt, starts, inWindow);
  starts.push(ranked.length);
  // the tie group covering a place (-1: none), by binary search over the groups (they run in place order)
  const coverOf = (q: number): number => {
    let lo = 0;
    let hi = starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = placeAt[starts[mid]!]!;
      if (p + starts[mid + 1]! - starts[mid]! - 1 < q) lo = mid + 1;
      else if (p > q) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
  const members = (g: number) => ranked.slice(starts[g]!, starts[g + 1]!);
  slots.forEach((s, t) => {
    if (!s.line.window) return;
    const held = inWindow[t]!;
    if (held.length > s.count) {
      const last = held[held.length - 1]!.place!;
      const g = coverOf(last);
      reportTie(s, last, g < 0 ? [] : members(g), s.line.recipients.length - s.count, ledger);
    }
    const { from, to } = s.line.window;
    // the held places run in place order: walked beside the places of the window
    let h = 0;
    for (let q = from; q <= to; q++) {
      while (h < held.length && held[h]!.place! < q) h++;
      if (h < held.length && held[h]!.place === q) continue;
      const g = coverOf(q);
      const coverPlace = g < 0 ? q : placeAt[starts[g]!]!;
      if (coverPlace < q && coverPlace >= from) continue;
      const reason =
        coverPlace < q
          ? `第${q}名已由并列第${coverPlace}名的单位（${groupNames(members(g))}）占用`
          : `${label}没有第${q}名（已评分的单位不足）`;
      s.line.vacancies.push({ place: q, unitId: null, unitName: null, reason });
      s.line.events.push(`${reason}，${s.name}少 1 名`);
    }
  });
}

import type { Bands } from '../bands';
import { textKey } from '../cell';
import type { AwardSettings, AwardTier, PlaceAwardRule } from '../scheme/types';
import type { Ledger } from './ledger';
import { fillPassingDown } from './pass-down';
import type { Slot } from './slot';
import { groupsOf, recipient, reportTie, whyNot } from './slot';
import type { AwardLine, AwardUnit } from './types';
import { placeInWindow, windowBounds } from './window';
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
  let last = 0;
  let count = 0;
  for (const u of members) {
    if (u.total === null || u.place === null) continue;
    if (!(Number.isInteger(u.place) && u.place >= 1 && u.place <= 4 * members.length))
      return members.filter((x) => x.total !== null && x.place !== null).sort((a, b) => a.place! - b.place! || a.id - b.id);
    if (u.place > last) last = u.place;
    count++;
  }
  const start = new Int32Array(last + 2);
  for (const u of members) if (u.total !== null && u.place !== null) start[u.place + 1]!++;
  for (let p = 1; p <= last; p++) start[p + 1]! += start[p]!;
  const out: AwardUnit[] = new Array(count);
  for (const u of members) if (u.total !== null && u.place !== null) out[start[u.place]!++] = u;
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
  const groups = new Map<string, AwardUnit[]>();
  for (const u of units) {
    const g = groups.get(u.category);
    if (g) g.push(u);
    else groups.set(u.category, [u]);
  }
  return [...groups];
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
  for (const u of ranked) {
    const { window, qualifies } = placeInWindow(u.place!, u.gradeIndex, slots, !u.excluded);
    if (window < 0) continue;
    const s = slots[window];
    inWindow[window].push(u);
    if (qualifies) {
      s.line.recipients.push(recipient(u, null));
      ledger.givePlace(u.id, s.name);
      continue;
    }
    const why = whyNot(u, s, bands)!;
    s.line.vacancies.push({ place: u.place, unitId: u.id, unitName: u.name, reason: why });
    s.line.events.push(`第${u.place}名 ${u.name}：${why}，${s.name}该名次空缺（不顺延）`);
    ledger.note(u.id, `第${u.place}名，${why}：${s.name}名次空缺（不顺延）`);
  }
  const groups = groupsOf(ranked);
  // the tie group covering a place, by binary search over the groups (they run in place order)
  const coverOf = (q: number) => {
    let lo = 0;
    let hi = groups.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [p, g] = groups[mid]!;
      if (p + g.length - 1 < q) lo = mid + 1;
      else if (p > q) hi = mid - 1;
      else return groups[mid];
    }
    return undefined;
  };
  slots.forEach((s, t) => {
    if (!s.line.window) return;
    const held = inWindow[t];
    const heldPlaces = new Set(held.map((u) => u.place));
    if (held.length > s.count) {
      const last = held[held.length - 1].place!;
      reportTie(s, last, coverOf(last)?.[1] ?? [], s.line.recipients.length - s.count, ledger);
    }
    const { from, to } = s.line.window;
    for (let q = from; q <= to; q++) {
      if (heldPlaces.has(q)) continue;
      const group = coverOf(q);
      const cover = group && group[0] < q ? group : undefined;
      if (cover && cover[0] >= from) continue;
      const reason = cover
        ? `第${q}名已由并列第${cover[0]}名的单位（${groupNames(cover[1])}）占用`
        : `${label}没有第${q}名（已评分的单位不足）`;
      s.line.vacancies.push({ place: q, unitId: null, unitName: null, reason });
      s.line.events.push(`${reason}，${s.name}少 1 名`);
    }
  });
}

import type { Bands } from '../bands';
import type { AwardSettings, AwardTier, PlaceAwardRule } from '../scheme/types';
import type { Ledger } from './ledger';
import type { AwardLine, AwardUnit } from './types';
import { meetsMinimum } from './window';
import { categoryLabel, exclusionText, minGradeIndex, nameKey, names, readCount, underGradedText } from './words';

/** A tier as it applies in one category. */
interface Slot {
  name: string;
  count: number;
  minIndex: number | null;
  line: AwardLine;
}

/**
 * Place awards (一等奖 1, 二等奖 2 …; 综合奖 40% per category): windows of places within each
 * category, tiers in order. Returns one line per tier and category, tier-major (grouped by award).
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
  for (const category of categoriesOf(rule, units)) {
    const members = units.filter((u) => nameKey(u.category) === nameKey(category));
    const label = categoryLabel(category);
    const slots = rule.tiers.map((tier, t) => slotFor(tier, t, category, members.length, ruleIndex, settings, bands));
    if (members.length === 0) for (const s of slots) s.line.events.push(`汇总表中没有“${label}”的单位：请核对类别名称`);
    const ranked = members
      .filter((u) => u.total !== null && u.place !== null)
      .sort((a, b) => a.place! - b.place! || a.id - b.id);
    setWindows(slots);
    if (settings.vacancy === 'pass-down') fillPassingDown(ranked, slots, bands, ledger, label);
    else fillWindows(ranked, slots, bands, ledger, label);
    slots.forEach((s, t) => byTier[t].push(s.line));
  }
  return byTier.flat();
}

/** The rule's categories, or every category of the units in the order they first appear (by id). */
function categoriesOf(rule: PlaceAwardRule, units: readonly AwardUnit[]): string[] {
  if (rule.categories.length > 0) return rule.categories;
  const seen = new Map<string, string>();
  for (const u of units) if (!seen.has(nameKey(u.category))) seen.set(nameKey(u.category), u.category);
  return [...seen.values()];
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
  return { name: tier.name, count: line.count, minIndex, line };
}

function countFor(counts: Record<string, string>, category: string): string | null {
  for (const [k, v] of Object.entries(counts)) if (nameKey(k) === nameKey(category)) return v;
  return null;
}

/** Nominal windows: places 1..n₁, then the next n₂, … (a tier of 0 places has none). */
function setWindows(slots: Slot[]): void {
  let start = 1;
  for (const s of slots) {
    s.line.window = s.count > 0 ? { from: start, to: start + s.count - 1 } : null;
    start += s.count;
  }
}

function whyNot(u: AwardUnit, s: Slot, bands: Bands): string | null {
  if (u.excluded) return exclusionText(u);
  if (!meetsMinimum(u.gradeIndex, s.minIndex)) return underGradedText(u, s.name, s.minIndex, bands);
  return null;
}

function recipient(u: AwardUnit, passedFrom: string | null) {
  return { id: u.id, name: u.name, category: u.category, position: u.place!, total: u.total!, value: null, shared: false, passedFrom };
}

/** Units tied on one place: [place, units]; a place's group covers places place … place + size − 1. */
function groupsOf(ranked: readonly AwardUnit[]): [number, AwardUnit[]][] {
  const groups: [number, AwardUnit[]][] = [];
  for (const u of ranked) {
    const last = groups[groups.length - 1];
    if (last && last[0] === u.place) last[1].push(u);
    else groups.push([u.place!, [u]]);
  }
  return groups;
}

/**
 * Vacancy 'empty' (the default, as seed 002 reads): the window rule of PERF.AWARD. A unit whose
 * place falls in a tier's window gets that tier if its grade reaches the minimum and it is not
 * excluded; otherwise its place stays empty and nobody below moves up. Units tied on a window's
 * last place all share that window's award, and the places they occupy are lost to the next window.
 */
function fillWindows(ranked: readonly AwardUnit[], slots: Slot[], bands: Bands, ledger: Ledger, label: string): void {
  const groups = groupsOf(ranked);
  for (const s of slots) {
    if (!s.line.window) continue;
    const { from, to } = s.line.window;
    const inWindow = ranked.filter((u) => u.place! >= from && u.place! <= to);
    for (const u of inWindow) {
      const why = whyNot(u, s, bands);
      if (why) {
        s.line.vacancies.push({ place: u.place, unitId: u.id, unitName: u.name, reason: why });
        s.line.events.push(`第${u.place}名 ${u.name}：${why}，${s.name}该名次空缺（不顺延）`);
        ledger.note(u.id, `第${u.place}名，${why}：${s.name}名次空缺（不顺延）`);
      } else {
        s.line.recipients.push(recipient(u, null));
        ledger.givePlace(u.id, s.name);
      }
    }
    if (inWindow.length > s.count) reportTie(s, inWindow[inWindow.length - 1].place!, s.line.recipients.length - s.count, ranked, ledger);
    for (let q = from; q <= to; q++) {
      if (inWindow.some((u) => u.place === q)) continue;
      const cover = groups.find(([p, g]) => p < q && p + g.length - 1 >= q);
      if (cover && cover[0] >= from) continue;
      const reason = cover
        ? `第${q}名已由并列第${cover[0]}名的单位（${names(cover[1])}）占用`
        : `${label}没有第${q}名（已评分的单位不足）`;
      s.line.vacancies.push({ place: q, unitId: null, unitName: null, reason });
      s.line.events.push(`${reason}，${s.name}少 1 名`);
    }
  }
}

/** Units tied on the place that ends a window all share its award; `over` = holders beyond the count (may be ≤ 0 when some of them could not receive it). */
function reportTie(s: Slot, place: number, over: number, ranked: readonly AwardUnit[], ledger: Ledger): void {
  const group = ranked.filter((u) => u.place === place);
  const beyond = over > 0 ? `超出 ${over} 名` : '其中有单位不能获奖，未超出名额';
  s.line.events.push(`第${place}名有 ${group.length} 个单位并列（${names(group)}），并列的单位同享${s.name}：名额 ${s.count} 名，${beyond}`);
  for (const r of s.line.recipients) {
    if (r.position !== place || group.length < 2) continue;
    r.shared = true;
    const others = group.filter((u) => u.id !== r.id);
    ledger.note(r.id, `与${names(others)}并列第${place}名，共同获得${s.name}${over > 0 ? `（并列超出名额 ${over} 名）` : ''}`);
  }
}

/**
 * Vacancy 'pass-down' (顺延): one walk down the places. The current tier is the first tier not yet
 * full. A unit that is excluded, or whose grade does not reach the current tier's minimum, is passed
 * over: it gets no award (as with 'empty') and does not come back for a later tier; its place goes
 * to the next qualifying unit below, and every later window shifts down by one. Units tied on the
 * place that fills a tier all share that tier.
 */
function fillPassingDown(ranked: readonly AwardUnit[], slots: Slot[], bands: Bands, ledger: Ledger, label: string): void {
  const taken = slots.map(() => 0);
  const nextTier = (from: number) => {
    let k = from;
    while (k < slots.length && slots[k].count === 0) k++;
    return k;
  };
  let k = nextTier(0);
  const waiting: { u: AwardUnit; why: string; s: Slot }[] = [];
  for (const [place, group] of groupsOf(ranked)) {
    if (k >= slots.length) break;
    const s = slots[k];
    for (const u of group) {
      const why = whyNot(u, s, bands);
      if (why) {
        waiting.push({ u, why, s });
        continue;
      }
      const from = waiting.shift();
      s.line.recipients.push(recipient(u, from ? from.u.name : null));
      ledger.givePlace(u.id, s.name);
      taken[k]++;
      if (from) {
        from.s.line.passes.push({ fromId: from.u.id, fromName: from.u.name, reason: from.why, toId: u.id, toName: u.name });
        from.s.line.events.push(`第${from.u.place}名 ${from.u.name}：${from.why}，名次顺延给第${place}名 ${u.name}（${s.name}）`);
        ledger.note(from.u.id, `第${from.u.place}名，${from.why}：名次顺延给${u.name}`);
        ledger.note(u.id, `因第${from.u.place}名 ${from.u.name}${from.why}，名次顺延，本单位获得${s.name}`);
      }
    }
    if (taken[k] >= s.count) {
      if (taken[k] > s.count) reportTie(s, place, taken[k] - s.count, ranked, ledger);
      k = nextTier(k + 1);
    }
  }
  for (const w of waiting) {
    w.s.line.passes.push({ fromId: w.u.id, fromName: w.u.name, reason: w.why, toId: null, toName: null });
    w.s.line.events.push(`第${w.u.place}名 ${w.u.name}：${w.why}，其后没有符合条件的单位可顺延`);
    ledger.note(w.u.id, `第${w.u.place}名，${w.why}：其后没有符合条件的单位可顺延`);
  }
  slots.forEach((s, t) => {
    for (let i = taken[t]; i < s.count; i++)
      s.line.vacancies.push({ place: null, unitId: null, unitName: null, reason: `${label}符合条件的单位不足` });
    if (taken[t] < s.count) s.line.events.push(`${label}符合条件的单位不足：${s.name}空缺 ${s.count - taken[t]} 名`);
  });
}

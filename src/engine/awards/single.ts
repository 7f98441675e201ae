import type { Bands } from '../bands';
import type { Dec } from '../decimal';
import { invalid } from '../errors';
import { placesOf } from '../rank';
import type { AwardSettings, SingleAwardRule } from '../scheme/types';
import type { Ledger } from './ledger';
import type { AwardLine, AwardUnit } from './types';
import { meetsMinimum } from './window';
import { exclusionText, groupNames, minGradeIndex, nameKey, names, othersIn, readCount, underGradedText } from './words';

interface Candidate {
  u: AwardUnit;
  key: Dec;
  /** Competition position in the award's order: 1 + candidates with a strictly better key. */
  position: number;
}

/**
 * A 单项奖: candidates are the units on its eligible list (empty = all) that are scored, not
 * excluded and graded at least its minimum, ordered by its column (or the total), best first.
 * A candidate blocked by exclusivity (holds a place award) or by maxSinglePerUnit is passed over
 * and the award goes to the next candidate in this order; units tied at the cut share it.
 */
export function assignSingleRule(
  rule: SingleAwardRule,
  ruleIndex: number,
  units: readonly AwardUnit[],
  settings: AwardSettings,
  bands: Bands,
  ledger: Ledger,
): AwardLine {
  const what = `单项奖“${rule.name}”`;
  const line: AwardLine = {
    kind: 'single',
    award: rule.name,
    area: rule.area ?? null,
    category: null,
    groupLabel: rule.area ?? '单项奖',
    ruleIndex,
    tierIndex: null,
    countText: rule.count,
    count: 0,
    countShown: '',
    window: null,
    orderedBy: rule.rankBy ?? '总分',
    recipients: [],
    vacancies: [],
    passes: [],
    notCandidates: [],
    events: [],
  };
  const listed = eligibleUnits(rule, units, line);
  const { count, shown } = readCount(rule.count, listed.length, settings.quotaRounding, `${rule.name}参评`, what);
  line.count = count;
  line.countShown = shown;
  const minIndex = minGradeIndex(rule.minGrade, bands, what);
  const keyOf = keyReader(rule, units, what);

  const candidates: Candidate[] = [];
  for (const u of listed) {
    const reason =
      u.total === null
        ? '未评分'
        : u.excluded
          ? exclusionText(u)
          : !meetsMinimum(u.gradeIndex, minIndex)
            ? underGradedText(u, rule.name, minIndex, bands)
            : keyOf(u) === null
              ? `“${rule.rankBy}”一栏为空，不参与排序`
              : null;
    if (reason) line.notCandidates.push({ id: u.id, name: u.name, reason });
    else candidates.push({ u, key: keyOf(u)!, position: 0 });
  }
  candidates.sort((a, b) => b.key.cmp(a.key) || a.u.id - b.u.id);
  const positions = placesOf(candidates.map((c) => [c.key]));
  candidates.forEach((c, i) => (c.position = positions[i]!));

  const blocked = blocker(settings, ledger);
  const taken: Candidate[] = [];
  const passed: { c: Candidate; why: string }[] = [];
  for (const c of candidates) {
    const full = taken.length >= count;
    if (full && (taken.length === 0 || !c.key.eq(taken[taken.length - 1].key))) break;
    const why = blocked(c.u.id);
    if (why) passed.push({ c, why });
    else taken.push(c);
  }

  // A unit passed over inside the count hands its place to the next unit that gets in only thanks to it.
  const entrants = taken.filter((c) => c.position > count);
  const owed = passed.filter((p) => p.c.position <= count);
  const passedTo = new Map<number, Candidate>();
  owed.forEach((p, i) => {
    if (entrants[i]) passedTo.set(p.c.u.id, entrants[i]);
  });
  const passedFrom = new Map<number, AwardUnit>();
  for (const [from, to] of passedTo) passedFrom.set(to.u.id, owed.find((p) => p.c.u.id === from)!.c.u);

  for (const c of taken) {
    const from = passedFrom.get(c.u.id) ?? null;
    line.recipients.push({
      id: c.u.id,
      name: c.u.name,
      category: c.u.category,
      position: c.position,
      total: c.u.total!,
      value: rule.rankBy ? c.key : null,
      shared: false,
      passedFrom: from ? from.name : null,
    });
    ledger.giveSingle(c.u.id, rule.name);
  }
  for (const p of passed) {
    const to = passedTo.get(p.c.u.id) ?? null;
    line.passes.push({ fromId: p.c.u.id, fromName: p.c.u.name, reason: p.why, toId: to?.u.id ?? null, toName: to?.u.name ?? null });
    const tail = to ? `顺延给 ${to.u.name}` : p.c.position <= count ? '未获得该奖' : '顺延时跳过';
    line.events.push(`${p.c.u.name} ${p.why}，单项奖 ${rule.name} ${tail}`);
    ledger.note(p.c.u.id, `${p.why}，单项奖 ${rule.name} ${tail}`);
    if (to) ledger.note(to.u.id, `单项奖 ${rule.name}：${p.c.u.name} ${p.why}，顺延给本单位`);
  }
  reportSharedCut(line, taken, count, ledger);
  for (let i = taken.length; i < count; i++)
    line.vacancies.push({ place: null, unitId: null, unitName: null, reason: '符合条件的单位不足' });
  if (taken.length < count) line.events.push(`符合条件的单位不足：单项奖 ${rule.name} 空缺 ${count - taken.length} 名`);
  reportSeveralSingles(line, taken, settings, ledger);
  return line;
}

/** The units on the eligible list, in id order; names not on the sheet are reported. */
function eligibleUnits(rule: SingleAwardRule, units: readonly AwardUnit[], line: AwardLine): AwardUnit[] {
  if (rule.eligible.length === 0) return [...units];
  const wanted = new Set<string>();
  for (const name of rule.eligible) {
    const k = nameKey(name);
    if (k === '') continue;
    if (!units.some((u) => nameKey(u.name) === k))
      line.events.push(`参评名单中的“${name}”不在汇总表中：请核对单位名称`);
    wanted.add(k);
  }
  return units.filter((u) => wanted.has(nameKey(u.name)));
}

/** How a unit is ordered for this award: its rankBy column, or its total. */
function keyReader(rule: SingleAwardRule, units: readonly AwardUnit[], what: string): (u: AwardUnit) => Dec | null {
  const column = rule.rankBy;
  if (column === null || column.trim() === '') return (u) => u.total;
  const k = nameKey(column);
  const header = (u: AwardUnit) => Object.keys(u.columns).find((h) => nameKey(h) === k);
  if (units.length > 0 && !units.some((u) => header(u) !== undefined))
    throw invalid(`${what}按“${column}”排序，但汇总表中没有这一列：请添加该列，或把排序依据改为总分（留空）`);
  return (u) => {
    const h = header(u);
    return h === undefined ? null : (u.columns[h] ?? null);
  };
}

function blocker(settings: AwardSettings, ledger: Ledger): (id: number) => string | null {
  return (id) => {
    const places = ledger.placeAwards(id);
    if (settings.exclusive && places.length > 0) return `已获${places.join('、')}（综合奖和单项奖不兼得）`;
    const singles = ledger.singles.get(id) ?? [];
    const max = settings.maxSinglePerUnit;
    if (max !== null && singles.length >= max) return `已获单项奖 ${singles.join('、')}（每个单位最多 ${max} 项单项奖）`;
    return null;
  };
}

function reportSharedCut(line: AwardLine, taken: Candidate[], count: number, ledger: Ledger): void {
  if (taken.length <= count || count === 0) return;
  const cut = taken[count - 1].key;
  const group = taken.filter((c) => c.key.eq(cut));
  const ids = new Set(group.map((c) => c.u.id));
  const tied = group.map((c) => c.u);
  line.events.push(
    `${groupNames(tied)} 并列（${line.orderedBy} ${cut.toFixed()}），同享单项奖 ${line.award}：名额 ${count} 名，超出 ${taken.length - count} 名`,
  );
  for (const r of line.recipients) {
    if (!ids.has(r.id)) continue;
    r.shared = true;
    ledger.note(r.id, `与${othersIn(tied, r.id)}并列，共同获得单项奖 ${line.award}（并列超出名额 ${taken.length - count} 名）`);
  }
}

/** One unit holding two or more 单项奖 is reported whatever the limit. */
function reportSeveralSingles(line: AwardLine, taken: Candidate[], settings: AwardSettings, ledger: Ledger): void {
  const max = settings.maxSinglePerUnit;
  for (const c of taken) {
    const held = ledger.singles.get(c.u.id) ?? [];
    if (held.length < 2) continue;
    const why = max === null ? '方案未限制每个单位的单项奖数量' : `未超过每个单位最多 ${max} 项的限制`;
    const text = `${c.u.name} 同时获得 ${held.length} 项单项奖（${held.join('、')}）：${why}`;
    line.events.push(text);
    ledger.note(c.u.id, `同时获得 ${held.length} 项单项奖（${held.join('、')}）：${why}`);
  }
}

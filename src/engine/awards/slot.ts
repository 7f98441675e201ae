import type { Bands } from '../bands';
import type { Ledger } from './ledger';
import type { AwardLine, AwardRecipient, AwardUnit } from './types';
import type { WindowTier } from './window';
import { meetsMinimum } from './window';
import { exclusionText, groupNames, othersIn, underGradedText } from './words';

/** A tier as it applies in one category, with the line the award list prints for it. */
export interface Slot extends WindowTier {
  line: AwardLine;
}

/** Why a unit may not take a slot's tier (取消评优 first, then the grade); null when it may. */
export function whyNot(u: AwardUnit, s: Slot, bands: Bands): string | null {
  if (u.excluded) return exclusionText(u);
  if (!meetsMinimum(u.gradeIndex, s.minGradeIndex)) return underGradedText(u, s.name, s.minGradeIndex, bands);
  return null;
}

export function recipient(u: AwardUnit, passedFrom: string | null): AwardRecipient {
  return { id: u.id, name: u.name, category: u.category, position: u.place!, total: u.total!, value: null, shared: false, passedFrom };
}

/** Units tied on one place: [place, units], best place first; a group covers places place … place + size − 1. */
export function groupsOf(ranked: readonly AwardUnit[]): [number, AwardUnit[]][] {
  const groups: [number, AwardUnit[]][] = [];
  for (const u of ranked) {
    const last = groups[groups.length - 1];
    if (last && last[0] === u.place) last[1].push(u);
    else groups.push([u.place!, [u]]);
  }
  return groups;
}

/**
 * Units tied on `place` share the slot's award; `group` is every unit tied there, `over` the
 * holders beyond the count (≤ 0 when some of them could not receive it).
 */
export function reportTie(s: Slot, place: number, group: readonly AwardUnit[], over: number, ledger: Ledger): void {
  const beyond = over > 0 ? `超出 ${over} 名` : '其中有单位不能获奖，未超出名额';
  s.line.events.push(`第${place}名有 ${group.length} 个单位并列（${groupNames(group)}），并列的单位同享${s.name}：名额 ${s.count} 名，${beyond}`);
  if (group.length < 2) return;
  const ids = new Set(group.map((u) => u.id));
  for (const r of s.line.recipients) {
    if (r.position !== place || !ids.has(r.id)) continue;
    r.shared = true;
    ledger.note(r.id, `与${othersIn(group, r.id)}并列第${place}名，共同获得${s.name}${over > 0 ? `（并列超出名额 ${over} 名）` : ''}`);
  }
}

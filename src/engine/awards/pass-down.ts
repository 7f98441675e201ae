import type { Bands } from '../bands';
import type { Ledger } from './ledger';
import type { Slot } from './slot';
import { groupsOf, recipient, reportTie, whyNot } from './slot';
import type { AwardUnit } from './types';
import { qualifiesFor } from './window';

/** A unit passed over for a tier: it stood on one of the tier's places but could not take it. */
interface Pass {
  unit: AwardUnit;
  why: string;
  /** Whether it held one of the tier's places (else an excluded unit below them: reported, nothing held). */
  holds: boolean;
  /** The unit below that took the place, once one has. */
  to: AwardUnit | null;
}

/**
 * Vacancy 'pass-down' (顺延). The rule:
 * 1. Walk the units in place order. Each unit receives the best tier (in tier order) that still
 *    has a place and whose minimum grade it reaches; a unit that reaches none receives nothing.
 * 2. Excluded units (取消评优) receive nothing; unscored units hold no place and receive nothing.
 * 3. A tier nobody can fill stays (partly) empty and never blocks the tiers after it.
 * 4. Units tied on one place are treated alike: all of them that reach a tier get it together;
 *    if that overfills the tier they share it and the overflow is reported, as in the window rule.
 * Reporting: a unit's due tier is the best tier that still has a place when its turn comes. If the
 * due tier has a place not yet given nor held for an earlier passed-over unit, and the unit cannot
 * take it (excluded, or grade below the minimum), the unit is passed over for it: it holds that
 * place, and the next unit below that takes the tier beyond its open places gets it "顺延". A
 * passed-over unit may still receive a later tier whose minimum it reaches. An excluded unit met
 * while a tier still has a place is reported as passed over even when it holds none.
 */
export function fillPassingDown(ranked: readonly AwardUnit[], slots: Slot[], bands: Bands, ledger: Ledger, label: string): void {
  const given = slots.map(() => 0);
  const passes: Pass[][] = slots.map(() => []);
  const waiting = (t: number) => passes[t].filter((p) => p.holds && p.to === null);
  const received = new Map<number, number>();

  for (const [place, group] of groupsOf(ranked)) {
    const due = slots.findIndex((s, t) => given[t] < s.count);
    if (due < 0) break;
    const open = slots[due].count - given[due] - waiting(due).length;
    let rest = group;
    for (let t = due; t < slots.length && rest.length > 0; t++) {
      const s = slots[t];
      if (given[t] >= s.count) continue;
      const takers = rest.filter((u) => qualifiesFor(s, u.gradeIndex, !u.excluded));
      if (takers.length === 0) continue;
      takers.forEach((u, i) => {
        // Beyond the tier's open places, a taker fills a place held for an earlier passed-over unit.
        const from = t === due && i >= open ? (waiting(t)[0] ?? null) : null;
        if (from) from.to = u;
        s.line.recipients.push(recipient(u, from ? from.unit.name : null));
        ledger.givePlace(u.id, s.name);
        received.set(u.id, t);
        if (from)
          ledger.note(u.id, `因第${from.unit.place}名 ${from.unit.name}${from.why}，名次顺延，本单位获得${s.name}`);
      });
      given[t] += takers.length;
      if (given[t] > s.count) reportTie(s, place, takers, given[t] - s.count, ledger);
      rest = rest.filter((u) => !takers.includes(u));
    }
    const holds = open - group.filter((u) => received.get(u.id) === due).length > 0;
    for (const u of group)
      if (received.get(u.id) !== due && (holds || u.excluded))
        passes[due].push({ unit: u, why: whyNot(u, slots[due], bands)!, holds, to: null });
  }

  slots.forEach((s, t) => {
    for (const p of passes[t]) reportPass(s, p, slots, received, ledger);
    for (let i = given[t]; i < s.count; i++)
      s.line.vacancies.push({ place: null, unitId: null, unitName: null, reason: `${label}符合条件的单位不足` });
    if (given[t] < s.count) s.line.events.push(`${label}符合条件的单位不足：${s.name}空缺 ${s.count - given[t]} 名`);
  });
}

function reportPass(s: Slot, p: Pass, slots: Slot[], received: Map<number, number>, ledger: Ledger): void {
  const { unit: u, why, to } = p;
  const t = received.get(u.id);
  const own = t === undefined ? '' : `；本单位获得${slots[t].name}`;
  s.line.passes.push({ fromId: u.id, fromName: u.name, reason: why, toId: to?.id ?? null, toName: to?.name ?? null });
  if (!p.holds) {
    s.line.events.push(`第${u.place}名 ${u.name}：${why}，不获奖`);
    ledger.note(u.id, `第${u.place}名，${why}：不获奖`);
  } else if (to) {
    s.line.events.push(`第${u.place}名 ${u.name}：${why}，${s.name}名次顺延给第${to.place}名 ${to.name}${own}`);
    ledger.note(u.id, `第${u.place}名，${why}：${s.name}名次顺延给${to.name}${own}`);
  } else {
    s.line.events.push(`第${u.place}名 ${u.name}：${why}，其后没有符合条件的单位可顺延${s.name}${own}`);
    ledger.note(u.id, `第${u.place}名，${why}：其后没有符合条件的单位可顺延${s.name}${own}`);
  }
}

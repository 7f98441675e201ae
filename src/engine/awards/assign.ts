import { Ledger } from './ledger';
import { assignPlaceRule } from './places';
import { assignSingleRule } from './single';
import type { AwardInput, AwardLine, AwardOutcome, AwardUnit } from './types';
import type { AwardRule, PlaceAwardRule, SingleAwardRule } from '../scheme/types';

/**
 * Award assignment, pure and host-free. Place awards (一等奖…, 综合奖) are settled first, in rule
 * order, then the 单项奖 in rule order — so exclusivity (不兼得) always keeps the place award and
 * moves the 单项奖, and maxSinglePerUnit keeps a unit's earlier 单项奖. Units are taken in id order,
 * so the result does not depend on the order they are given in.
 */
export function assignAwards(input: AwardInput): AwardOutcome {
  const units = inIdOrder(input.units);
  const { rules, settings, bands } = input;
  const ledger = new Ledger();
  const lines: AwardLine[] = [];
  const summary: string[] = [];

  if (rules.length === 0) {
    summary.push('未设置奖励规则：本次不评奖');
    return { awards: ledger.awards, notes: ledger.notes, lines, summary };
  }
  const places = rules.map((r, i) => [r, i] as const).filter((x): x is readonly [PlaceAwardRule, number] => isPlaces(x[0]));
  const singles = rules.map((r, i) => [r, i] as const).filter((x): x is readonly [SingleAwardRule, number] => !isPlaces(x[0]));

  for (const [rule, i] of places) lines.push(...assignPlaceRule(rule, i, units, settings, bands, ledger));
  for (const [rule, i] of singles) lines.push(assignSingleRule(rule, i, units, settings, bands, ledger));

  if (places.length > 0)
    summary.push(
      settings.vacancy === 'pass-down'
        ? PASS_DOWN_RULE
        : '名次空缺：获奖名次上的单位等次不够或被取消评优时，该名次空缺，不顺延给其后的单位',
    );
  if (places.length > 0 && singles.length > 0)
    summary.push(
      settings.exclusive
        ? '综合奖和单项奖不兼得：已获名次奖的单位不再获得单项奖，单项奖顺延给该奖排序中的下一个符合条件的单位'
        : '综合奖和单项奖可以兼得',
    );
  if (singles.length > 0)
    summary.push(
      settings.maxSinglePerUnit === null
        ? '每个单位可获得的单项奖数量不限'
        : `每个单位最多获得 ${settings.maxSinglePerUnit} 项单项奖：超出时保留排在前面的奖项，其后的奖项顺延给下一个单位`,
    );
  return { awards: ledger.awards, notes: ledger.notes, lines, summary };
}

/** The pass-down rule as the award list states it (places.ts / pass-down.ts implement it). */
export const PASS_DOWN_RULE =
  '名次顺延：按名次从前往后，每个单位获得尚有名额、且其等次达到最低等次要求的最高一个奖次（等次够不上较高奖次的单位，仍可获得其够得上的较低奖次）；' +
  '被取消评优或未评分的单位不获奖，其名额顺延给其后符合条件的单位；某一奖次无人符合条件时该奖次（部分）空缺，不影响其后各奖次；' +
  '并列同一名次的单位同等对待，并列超出名额时同享该奖次并注明超出人数';

/** The units by id; as given when they already are (the ranking core gives them so). */
function inIdOrder(units: readonly AwardUnit[]): AwardUnit[] {
  for (let i = 1; i < units.length; i++) if (units[i]!.id < units[i - 1]!.id) return [...units].sort((a, b) => a.id - b.id);
  return units as AwardUnit[];
}

function isPlaces(r: AwardRule): r is PlaceAwardRule {
  return r.kind === 'places';
}

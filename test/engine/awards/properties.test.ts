import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignAwards } from '../../../src/engine/awards/assign';
import { awardForPlace } from '../../../src/engine/awards/window';
import type { AwardOutcome } from '../../../src/engine/awards/types';
import { DEFAULT_BANDS, gradeRank } from '../../../src/engine/bands';
import type { AwardRule, AwardSettings, PlaceCount } from '../../../src/engine/scheme/types';
import { units } from './build';

const CATS = ['甲类', '乙类', '丙类'];
const grades = fc.constantFrom<string | null>(null, '优秀', '良好', '一般');
const counts = fc.constantFrom<PlaceCount>('0', '1', '2', '3', '20%', '40%', '50%');

const rowsArb = fc.array(
  fc.record({
    total: fc.constantFrom<number | null>(null, 97, 95, 92, 90, 90, 88, 85, 85, 80, 72, 55),
    category: fc.constantFrom(...CATS),
    veto: fc.constantFrom(0, 0, 0, 1),
    excluded: fc.boolean().map((b) => (b ? '取消评优' : undefined)),
    contribution: fc.constantFrom<number | null>(null, 10, 20, 20, 30, 40),
  }),
  { maxLength: 14 },
);

const caseArb = rowsArb.chain((rows) => {
  const names = rows.map((_, i) => `单位${i}`);
  const tier = (t: number) =>
    fc.record({
      name: fc.constant(`名次奖${t}`),
      count: fc.oneof(counts, fc.record({ 甲类: counts, 乙类: counts })),
      minGrade: grades,
    });
  const placeRule = fc.record({
    kind: fc.constant('places' as const),
    categories: fc.constantFrom<string[]>([], ['甲类', '丙类']),
    tiers: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, t) => tier(t)))),
  });
  const singleRule = (s: number) =>
    fc.record({
      kind: fc.constant('single' as const),
      name: fc.constant(`单项奖${s}`),
      eligible: names.length ? fc.subarray(names) : fc.constant([]),
      count: counts,
      minGrade: grades,
      rankBy: fc.constantFrom<string | null>(null, '贡献'),
    });
  return fc.record({
    rows: fc.constant(rows),
    rules: fc
      .tuple(fc.option(placeRule, { nil: undefined }), fc.integer({ min: 0, max: 3 }))
      .chain(([p, n]) =>
        fc.tuple(...Array.from({ length: n }, (_, s) => singleRule(s))).map((ss) => [...(p ? [p] : []), ...ss] as AwardRule[]),
      ),
    settings: fc.record<AwardSettings>({
      quotaRounding: fc.constantFrom('half-up', 'down', 'up'),
      vacancy: fc.constantFrom('empty', 'pass-down'),
      exclusive: fc.boolean(),
      maxSinglePerUnit: fc.constantFrom(null, 1, 2),
    }),
    seed: fc.integer(),
  });
});

const toRows = (rows: { total: number | null; category: string; veto: number; excluded?: string; contribution: number | null }[]) =>
  rows.map((r, i) => ({ name: `单位${i}`, total: r.total, category: r.category, veto: r.veto, excluded: r.excluded, columns: { 贡献: r.contribution } }));

function minimumOf(rules: AwardRule[], award: string): number | null {
  for (const r of rules) {
    if (r.kind === 'single' && r.name === award) return r.minGrade === null ? null : gradeRank(r.minGrade, DEFAULT_BANDS);
    if (r.kind === 'places')
      for (const t of r.tiers) if (t.name === award) return t.minGrade === null ? null : gradeRank(t.minGrade, DEFAULT_BANDS);
  }
  throw new Error(`unknown award ${award}`);
}

const canonical = (o: AwardOutcome) =>
  JSON.stringify({
    awards: [...o.awards].sort((a, b) => a[0] - b[0]),
    notes: [...o.notes].sort((a, b) => a[0] - b[0]),
    lines: o.lines,
    summary: o.summary,
  });

describe('award properties', () => {
  it('never awards an excluded, unscored or under-graded unit', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, rules, settings }) => {
        const us = units(toRows(rows));
        const o = assignAwards({ units: us, rules, settings, bands: DEFAULT_BANDS });
        for (const u of us) {
          for (const award of o.awards.get(u.id)!) {
            expect(u.total).not.toBeNull();
            expect(u.excluded).toBe(false);
            const min = minimumOf(rules, award);
            if (min !== null) expect(u.gradeIndex!).toBeLessThanOrEqual(min);
          }
        }
      }),
    );
  });

  it('with 不兼得 no unit holds a place award and a 单项奖; the per-unit limit holds', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, rules, settings }) => {
        const us = units(toRows(rows));
        const o = assignAwards({ units: us, rules, settings, bands: DEFAULT_BANDS });
        for (const held of o.awards.values()) {
          const place = held.filter((a) => a.startsWith('名次奖')).length;
          const single = held.filter((a) => a.startsWith('单项奖')).length;
          if (settings.exclusive) expect(place === 0 || single === 0).toBe(true);
          if (settings.maxSinglePerUnit !== null) expect(single).toBeLessThanOrEqual(settings.maxSinglePerUnit);
        }
      }),
    );
  });

  it('gives a tier no more holders than its count unless a tie at the edge is reported', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, rules, settings }) => {
        const us = units(toRows(rows));
        const o = assignAwards({ units: us, rules, settings, bands: DEFAULT_BANDS });
        for (const line of o.lines) {
          if (line.recipients.length <= line.count) continue;
          expect(line.recipients.some((r) => r.shared)).toBe(true);
          expect(line.events.some((e) => e.includes('并列') && e.includes(`超出 ${line.recipients.length - line.count} 名`))).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order of the input units', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, rules, settings, seed }) => {
        const us = units(toRows(rows));
        const shuffled = fc.sample(fc.shuffledSubarray(us, { minLength: us.length, maxLength: us.length }), { seed, numRuns: 1 })[0];
        const a = assignAwards({ units: us, rules, settings, bands: DEFAULT_BANDS });
        const b = assignAwards({ units: shuffled, rules, settings, bands: DEFAULT_BANDS });
        expect(canonical(b)).toBe(canonical(a));
      }),
    );
  });

  it('with pass-down, a tier keeps a free place only when no unit that reaches it got a lower tier or none', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, rules, settings }) => {
        const us = units(toRows(rows));
        const o = assignAwards({ units: us, rules, settings: { ...settings, vacancy: 'pass-down' }, bands: DEFAULT_BANDS });
        const tierOf = (id: number) => {
          const a = o.awards.get(id)!.find((x) => x.startsWith('名次奖'));
          return a === undefined ? Infinity : Number(a.slice('名次奖'.length));
        };
        for (const line of o.lines) {
          if (line.kind !== 'places' || line.recipients.length >= line.count) continue;
          const min = minimumOf(rules, line.award);
          const reach = us.filter(
            (u) => u.category === line.category && u.total !== null && !u.excluded && (min === null || u.gradeIndex! <= min),
          );
          for (const u of reach) expect(tierOf(u.id)).toBeLessThanOrEqual(line.tierIndex!);
        }
      }),
    );
  });

  it('with vacancy left empty, the award list gives each unit exactly what PERF.AWARD gives its place', () => {
    fc.assert(
      fc.property(caseArb, ({ rows, rules, settings }) => {
        const us = units(toRows(rows));
        const o = assignAwards({ units: us, rules, settings: { ...settings, vacancy: 'empty' }, bands: DEFAULT_BANDS });
        const placeLines = o.lines.filter((l) => l.kind === 'places');
        for (const category of new Set(placeLines.map((l) => l.category))) {
          const tiers = placeLines
            .filter((l) => l.category === category)
            .map((l) => ({ name: l.award, count: l.count, minGradeIndex: minimumOf(rules, l.award) }));
          for (const u of us.filter((x) => x.category === category && x.place !== null)) {
            const held = o.awards.get(u.id)!.find((a) => a.startsWith('名次奖')) ?? '';
            expect(held).toBe(awardForPlace(u.place!, u.gradeIndex!, tiers, !u.excluded));
          }
        }
      }),
    );
  });
});

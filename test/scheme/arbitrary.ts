import fc from 'fast-check';
import type { AwardRule, AwardTier, ComponentRule, DistributionRule, Scheme, SchemeBand } from '../../src/engine/scheme/types';

/** Names made of letters that mean nothing to the sheet's layout (no separators, no digits, no block titles). */
const CHARS = [...'甲乙丙丁戊己庚辛壬癸局委办科处室部门XYZabc'];
const nameArb = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 6 })
  .map((cs) => cs.join(''));

/** Canonical decimal strings: "0", "12", "3.5", "87.25". */
const decArb = fc.tuple(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 3 })).map(([n, k]) => {
  const s = (n / 10 ** k).toFixed(k);
  return k > 0 ? s.replace(/\.?0+$/, '') : s;
});

const countArb = fc.oneof(
  fc.integer({ min: 0, max: 9 }).map(String),
  fc.integer({ min: 1, max: 100 }).map((n) => `${n}%`),
);

function uniqueNames(min: number, max: number) {
  return fc.uniqueArray(nameArb, { minLength: min, maxLength: max });
}

/** A pool of distinct names, handed out in order so that no two items share a name. */
class Pool {
  private i = 0;
  constructor(private readonly names: string[]) {}
  take(): string {
    return this.names[this.i++ % this.names.length] + (this.i > this.names.length ? String.fromCharCode(0x4e00 + this.i) : '');
  }
}

function componentsArb(pool: Pool) {
  const leaf = fc.record({ weight: decArb, column: fc.option(nameArb, { nil: undefined }) });
  return fc
    .array(fc.tuple(leaf, fc.array(leaf, { maxLength: 3 })), { maxLength: 4 })
    .map((tops) =>
      tops.map(([t, kids]): ComponentRule => {
        const c: ComponentRule = { name: pool.take(), weight: t.weight };
        if (t.column !== undefined) c.column = t.column;
        if (kids.length > 0)
          c.children = kids.map((k) => {
            const child: ComponentRule = { name: pool.take(), weight: k.weight };
            if (k.column !== undefined) child.column = k.column;
            return child;
          });
        return c;
      }),
    );
}

const bandsArb = fc
  .tuple(uniqueNames(1, 5), fc.uniqueArray(decArb, { minLength: 4, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }))
  .map(([labels, mins, withMax]) => {
    const sorted = [...mins].sort((a, b) => Number(b) - Number(a));
    return labels.map((label, i): SchemeBand => {
      const b: SchemeBand = { label, min: i === labels.length - 1 ? null : sorted[i] };
      if (withMax[i] && i > 0) b.max = sorted[i - 1];
      return b;
    });
  });

export const schemeArb: fc.Arbitrary<Scheme> = fc
  .record({
    names: uniqueNames(30, 30),
    name: nameArb,
    fullScore: decArb,
    weightUnit: fc.constantFrom('percent' as const, 'points' as const),
    bands: bandsArb,
    deductionCap: fc.option(decArb, { nil: null }),
    bonusCap: fc.option(decArb, { nil: null }),
    decimals: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    method: fc.constantFrom('competition' as const, 'dense' as const),
    byCategory: fc.boolean(),
    tieBreak: uniqueNames(0, 3),
    veto: fc.constantFrom('downgrade' as const, 'exclude' as const, 'both' as const),
    categories: uniqueNames(0, 4),
    quotaRounding: fc.constantFrom('half-up' as const, 'down' as const, 'up' as const),
    vacancy: fc.constantFrom('empty' as const, 'pass-down' as const),
    exclusive: fc.boolean(),
    maxSingle: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    placeRules: fc.array(
      fc.record({
        scope: uniqueNames(0, 3),
        tiers: fc.array(
          fc.record({ perCategory: fc.option(uniqueNames(1, 3), { nil: null }), count: countArb, counts: fc.array(countArb, { minLength: 3, maxLength: 3 }), grade: fc.option(fc.nat(4), { nil: null }) }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      { maxLength: 2 },
    ),
    singles: fc.array(
      fc.record({ area: fc.option(nameArb, { nil: undefined }), eligible: uniqueNames(0, 4), count: countArb, grade: fc.option(fc.nat(4), { nil: null }), rankBy: fc.option(nameArb, { nil: null }) }),
      { maxLength: 3 },
    ),
    distribution: fc.array(
      fc.record({
        grade: fc.nat(4),
        share: fc.oneof(fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`), fc.integer({ min: 0, max: 100 }).map((n) => String(n / 100))),
        scope: fc.constantFrom('category' as const, 'all' as const),
        rounding: fc.constantFrom('half-up' as const, 'down' as const, 'up' as const),
        ties: fc.constantFrom('include' as const, 'exclude' as const),
      }),
      { maxLength: 2 },
    ),
    // the optional lookup tables: absent, or one row or more (an empty table is the same as none)
    ratings: fc.option(
      fc.tuple(uniqueNames(1, 5), fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.boolean()), { minLength: 5, maxLength: 5 })),
      { nil: undefined },
    ),
    tiers: fc.option(fc.tuple(uniqueNames(1, 4), fc.array(decArb, { minLength: 4, maxLength: 4 })), { nil: undefined }),
    ranks: fc.option(fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 30 }), decArb), { minLength: 1, maxLength: 6, selector: ([r]) => r }), { nil: undefined }),
  })
  .chain((g) =>
    componentsArb(new Pool(g.names)).map((components): Scheme => {
      const awardNames = new Pool(g.names.map((n) => `${n}奖`));
      const grade = (i: number | null) => (i === null ? null : g.bands[i % g.bands.length].label);
      const places: AwardRule[] = g.placeRules.map((r) => ({
        kind: 'places',
        categories: r.scope,
        tiers: r.tiers.map(
          (t): AwardTier => ({
            name: awardNames.take(),
            count: t.perCategory === null ? t.count : Object.fromEntries(t.perCategory.map((c, i) => [c, t.counts[i]])),
            minGrade: grade(t.grade),
          }),
        ),
      }));
      const singles: AwardRule[] = g.singles.map((s) => ({
        kind: 'single',
        name: awardNames.take(),
        ...(s.area !== undefined ? { area: s.area } : {}),
        eligible: s.eligible,
        count: s.count,
        minGrade: grade(s.grade),
        rankBy: s.rankBy,
      }));
      const distribution: DistributionRule[] = g.distribution.map((d) => ({
        grade: g.bands[d.grade % g.bands.length].label,
        maxShare: d.share,
        scope: d.scope,
        rounding: d.rounding,
        ties: d.ties,
      }));
      return {
        version: 1,
        name: g.name,
        fullScore: g.fullScore,
        weightUnit: g.weightUnit,
        components,
        bands: g.bands,
        deductionCap: g.deductionCap,
        bonusCap: g.bonusCap,
        decimals: g.decimals,
        ranking: { method: g.method, byCategory: g.byCategory, tieBreak: g.tieBreak },
        veto: { effect: g.veto },
        categories: g.categories,
        awards: [...places, ...singles],
        awardSettings: { quotaRounding: g.quotaRounding, vacancy: g.vacancy, exclusive: g.exclusive, maxSinglePerUnit: g.maxSingle },
        distribution,
        // shares in tenths of a percent ("12.5%"), written as the canonical "…%"
        ...(g.ratings ? { ratingShares: g.ratings[0].map((rating, i) => ({ rating, share: `${g.ratings![1][i][0] / 10}%` })) } : {}),
        ...(g.tiers ? { tierPoints: g.tiers[0].map((tier, i) => ({ tier, points: g.tiers![1][i] })) } : {}),
        ...(g.ranks ? { rankPoints: g.ranks.map(([rank, points]) => ({ rank, points })) } : {}),
      };
    }),
  );

import type { SchemeBand } from '../../engine/scheme/types';
import { roundedFormula, type NativeDecimals } from './decimals';
import { numberConstant, textConstant, type Operand } from './operand';

/**
 * Where the bands come from:
 * - `named`: a two-column range, label then lower bound (含), best band first, the bottom
 *   band's bound blank: the 方案 sheet's PERF_等次表 (src/sheet/scheme-sheet/layout.ts).
 *   Editing a band there regrades every row.
 * - `inline`: the scheme's bands written into the formula (a sheet sent out without 方案).
 */
export type NativeBands = { named: Operand } | { inline: readonly SchemeBand[] };

export interface NativeGrade {
  /** The total (a cell); it is rounded again here so a grade never sees a binary tail. */
  value: Operand;
  decimals: NativeDecimals;
  bands: NativeBands;
  /** A 一票否决 condition (e.g. D5="是"): lowers the grade by one band, never below the bottom one. */
  veto?: Operand;
  /** Blank total → blank grade (not yet entered). Default true. */
  blankWhenEmpty?: boolean;
}

/**
 * The grade of a total. A band is [lower bound, next lower bound): 79.5 is 一般 under 90/80/60.
 * Inline without veto: LOOKUP(x,{-1E+307,60,80,90},{"较差","一般","良好","优秀"}).
 * Otherwise the band's position: 1 + the number of lower bounds above x (+1 for a veto,
 * capped at the bottom band), e.g. INDEX(INDEX(PERF_等次表,0,1),MIN(ROWS(PERF_等次表),
 * COUNTIF(INDEX(PERF_等次表,0,2),">"&x)+1)).
 */
export function gradeFormula(g: NativeGrade): string {
  const x = roundedFormula(g.value, g.decimals);
  const formula = 'named' in g.bands ? namedGrade(x, g.bands.named, g.veto) : inlineGrade(x, g.bands.inline, g.veto);
  return g.blankWhenEmpty === false ? formula : `IF(${g.value}="","",${formula})`;
}

function namedGrade(x: string, range: Operand, veto?: Operand): string {
  const position = `COUNTIF(INDEX(${range},0,2),">"&${x})+1${veto ? `+(${veto})` : ''}`;
  return `INDEX(INDEX(${range},0,1),MIN(ROWS(${range}),${position}))`;
}

function inlineGrade(x: string, bands: readonly SchemeBand[], veto?: Operand): string {
  if (bands.length === 0) throw new Error('a grade needs at least one band');
  const bounded = bands.filter((b) => b.min !== null);
  if (!veto) {
    const ascending = [...bands].reverse();
    const mins = ascending.map((b) => (b.min === null ? '-1E+307' : numberConstant(b.min)));
    return `LOOKUP(${x},{${mins.join(',')}},{${ascending.map((b) => textConstant(b.label)).join(',')}})`;
  }
  const above = bounded.map((b) => `(${x}<${numberConstant(b.min!)})`).join('+');
  const labels = `{${bands.map((b) => textConstant(b.label)).join(',')}}`;
  return `INDEX(${labels},MIN(${bands.length},1${above ? `+${above}` : ''}+(${veto})))`;
}

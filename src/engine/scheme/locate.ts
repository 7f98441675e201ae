import { bandsFlag, parseAwardsText, type SchemeFlag } from './flags';
import type { Locate, SchemeSource } from './report';
import type { Scheme } from './types';

/**
 * Where a value of a scheme read from a JSON file was written: "方案文件 scheme.json 中
 * awards[0].tiers[1].count". There is no cell, so a warning's `cell` is "".
 */
export function locateInJson(fileName: string): Locate {
  return (path) => ({ cell: '', label: path ? `方案文件 ${fileName} 中 ${path}` : `方案文件 ${fileName}` });
}

/** The scheme the flags were applied to, and where its values were written (the 方案 sheet's or locateInJson's locate). */
export interface FlagBase {
  scheme: Scheme;
  locate?: Locate;
}

/** Settings that one flag replaces as a whole. */
const SETTING_FLAGS: readonly [string, SchemeFlag][] = [
  ['ranking.method', 'method'],
  ['deductionCap', 'deduction-cap'],
  ['bonusCap', 'bonus-cap'],
  ['decimals', 'decimals'],
  ['awardSettings.quotaRounding', 'quota-rounding'],
];

/**
 * Where a value of a scheme after applySchemeFlags(base.scheme, flags) was written: a path a
 * flag set names the flag ("--awards 第2项（二等奖）", "--bands 第1项（优秀）", "--method"); any
 * other path is named by `base.locate` (the 方案 cell, or the JSON file), or by its bare path
 * when there is none (the defaults).
 */
export function locateInFlags(flags: Partial<Record<SchemeFlag, string>>, base?: FlagBase): Locate {
  const fromBase = (path: string): string | SchemeSource => (base?.locate ? base.locate(path) : { cell: '', label: path });
  const flag = (name: SchemeFlag, item?: string): SchemeSource => ({ cell: '', label: `--${name}${item ? ` ${item}` : ''}` });
  const item = (i: number, name: string | undefined) => (name === undefined ? undefined : `第${i + 1}项（${name}）`);
  const bandLabels = labelsOf(() => bandsFlag(flags.bands ?? '').map((b) => b.label));
  const tierNames = labelsOf(() => parseAwardsText(flags.awards ?? '').tiers.map((t) => t.name));
  return (path) => {
    for (const [setting, name] of SETTING_FLAGS)
      if (flags[name] !== undefined && (path === setting || path.startsWith(`${setting}.`))) return flag(name);
    if (flags.bands !== undefined && (path === 'bands' || path.startsWith('bands['))) {
      const m = /^bands\[(\d+)\]/.exec(path);
      return flag('bands', m ? item(Number(m[1]), bandLabels[Number(m[1])]) : undefined);
    }
    if (flags.awards !== undefined && (path === 'awards' || path.startsWith('awards['))) {
      const m = /^awards\[(\d+)\](.*)$/.exec(path);
      if (!m || m[1] === '0') {
        const t = m ? /^\.tiers\[(\d+)\]/.exec(m[2]) : null;
        return flag('awards', t ? item(Number(t[1]), tierNames[Number(t[1])]) : undefined);
      }
      // --awards replaced the place rules with one rule at awards[0]; the 单项奖 follow in their old order.
      const singles = (base?.scheme.awards ?? []).flatMap((a, i) => (a.kind === 'places' ? [] : [i]));
      const old = singles[Number(m[1]) - 1];
      return old === undefined ? { cell: '', label: path } : fromBase(`awards[${old}]${m[2]}`);
    }
    return fromBase(path);
  };
}

/** Labels from a flag's text; none when the text does not parse (applySchemeFlags has reported it). */
function labelsOf(read: () => string[]): string[] {
  try {
    return read();
  } catch {
    return [];
  }
}

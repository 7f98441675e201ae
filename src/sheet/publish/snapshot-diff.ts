import { COLUMNS_KEY, SCHEME_KEY, UNIT_KEY, type SnapshotEntry } from './snapshot';

const SETTING_WORDS: Record<string, string> = {
  fullScore: '满分',
  weightUnit: '权重单位',
  components: '考核构成',
  bands: '等次',
  deductionCap: '扣分上限',
  bonusCap: '加分上限',
  decimals: '保留小数',
  ranking: '排名方式',
  veto: '一票否决效果',
  categories: '类别',
  awards: '奖项',
  awardSettings: '奖项设置',
  distribution: '强制分布',
};

function shown(v: string | null | undefined): string {
  return v === null || v === undefined ? '（空）' : v;
}

/** A unit's values by header, from the column list of its snapshot. */
function valuesOf(columns: string[], value: string): Map<string, string | null> {
  const values = JSON.parse(value) as (string | null)[];
  return new Map(columns.map((c, i) => [c, values[i] ?? null]));
}

function unitChanges(name: string, a: Map<string, string | null>, b: Map<string, string | null>): string {
  const fields = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
  return `单位“${name}”：${fields.map((k) => `${k} 由 ${shown(a.get(k))} 改为 ${shown(b.get(k))}`).join('；')}`;
}

/** What changed between the snapshot kept on 核对 and the workbook now, one Chinese line each. */
export function describeChanges(before: readonly SnapshotEntry[], after: readonly SnapshotEntry[]): string[] {
  const was = new Map(before.map((e) => [e.key, e.value]));
  const now = new Map(after.map((e) => [e.key, e.value]));
  const columnsWas = JSON.parse(was.get(COLUMNS_KEY) ?? '[]') as string[];
  const columnsNow = JSON.parse(now.get(COLUMNS_KEY) ?? '[]') as string[];
  const lines: string[] = [];
  for (const key of [...new Set([...was.keys(), ...now.keys()])].sort()) {
    const a = was.get(key);
    const b = now.get(key);
    if (a === b) continue;
    if (key.startsWith(UNIT_KEY)) {
      const name = key.slice(UNIT_KEY.length);
      if (a === undefined) lines.push(`单位“${name}”：公示后新增`);
      else if (b === undefined) lines.push(`单位“${name}”：公示后被删除或改名`);
      else lines.push(unitChanges(name, valuesOf(columnsWas, a), valuesOf(columnsNow, b)));
    } else if (key === COLUMNS_KEY) {
      lines.push(`汇总表中参与计算的列已改动：原为 ${columnsWas.join('、')}，现为 ${columnsNow.join('、')}`);
    } else if (key.startsWith(SCHEME_KEY)) {
      const setting = key.slice(SCHEME_KEY.length);
      lines.push(`方案的“${SETTING_WORDS[setting] ?? setting}”已改动：原为 ${shown(a)}，现为 ${shown(b)}`);
    } else lines.push(`“${key}”已改动：原为 ${shown(a)}，现为 ${shown(b)}`);
  }
  return lines;
}

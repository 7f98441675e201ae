import { CellValue, quote, readCell, normaliseText, parseNumericText } from './cell';
import { D, Dec, show } from './decimal';
import { invalid } from './errors';
import { matchKey } from './match';

/** A grade band: scores ≥ min (inclusive) get `label`; the bottom band has min null. */
export interface Band {
  label: string;
  min: Dec | null;
}

/** Bands ordered best first; exactly the last one has min null. No gaps by construction. */
export type Bands = readonly Band[];

export const DEFAULT_BANDS: Bands = Object.freeze([
  { label: '优秀', min: new D(90) },
  { label: '良好', min: new D(80) },
  { label: '一般', min: new D(60) },
  { label: '较差', min: null },
]);

/**
 * What can be wrong with a set of bands, whatever the order they are written in: a label used
 * twice (under the matching rule), a lower bound used twice, a second band without a lower bound,
 * no band without one. `index` and `first` are positions in the list given.
 */
export type BandIssue = { kind: 'label' | 'min' | 'bottom'; index: number; first: number } | { kind: 'no-bottom'; index: -1; first: -1 };

/**
 * The one band check, for orderBands (functions, the run) and validateScheme (the scheme, cell by
 * cell). A band's `min` is undefined when it could not be read (its own error): it is then neither
 * bounded nor the bottom band. Blank labels are the caller's to report and are skipped here.
 */
export function bandIssues(bands: readonly { label: string; min: Dec | null | undefined }[]): BandIssue[] {
  const issues: BandIssue[] = [];
  const labels = new Map<string, number>();
  const mins = new Map<string, number>();
  let bottom = -1;
  bands.forEach((b, i) => {
    const k = matchKey(b.label);
    if (k !== '') {
      const first = labels.get(k);
      if (first !== undefined) issues.push({ kind: 'label', index: i, first });
      else labels.set(k, i);
    }
    if (b.min === null) {
      if (bottom >= 0) issues.push({ kind: 'bottom', index: i, first: bottom });
      else bottom = i;
    } else if (b.min !== undefined) {
      const key = b.min.toString();
      const first = mins.get(key);
      if (first !== undefined) issues.push({ kind: 'min', index: i, first });
      else mins.set(key, i);
    }
  });
  if (bottom < 0 && bands.length > 0) issues.push({ kind: 'no-bottom', index: -1, first: -1 });
  return issues;
}

/** Put bands in order and check them (bandIssues): distinct labels, distinct bounds, one bottom band. */
export function orderBands(bands: Band[], where = '等次'): Bands {
  if (bands.length === 0) throw invalid(`${where}为空：至少需要一个等次，例如 "优秀:90,良好:80,一般:60,较差"`);
  const issues = bandIssues(bands);
  const first = (kind: BandIssue['kind']) => issues.find((x) => x.kind === kind);
  const label = first('label');
  if (label) throw invalid(`${where}中等次“${bands[label.index].label}”出现了两次：每个等次名称只能出现一次`);
  const bottoms = bands.filter((b) => b.min === null);
  if (first('bottom'))
    throw invalid(`${where}中有 ${bottoms.length} 个等次没有分数线（${bottoms.map((b) => b.label).join('、')}）：只有最低等次可以不写分数线`);
  const min = first('min');
  if (min) {
    const [a, b] = [bands[min.first], bands[min.index]];
    throw invalid(`${where}中“${a.label}”和“${b.label}”的分数线都是 ${show(b.min!)}：每个等次的下限必须不同`);
  }
  if (first('no-bottom')) throw invalid(`${where}缺少最低等次：请在最后写一个不带分数线的等次，例如 "…,一般:60,较差"`);
  const bounded = bands.filter((b) => b.min !== null).sort((a, b) => b.min!.cmp(a.min!));
  return Object.freeze([...bounded, bottoms[0]]);
}

/**
 * Bands written as text: "优秀:95,合格:75,不合格". Separators , ， ; ； 、 and newlines;
 * colons : ： or "≥" / ">=" between label and bound; "95分" and "95" alike.
 */
export function parseBandsText(text: string, where = '等次设置'): Bands {
  return orderBands(atLeastTwo(bandsOfText(text), where), where);
}

/**
 * A band table given to a function has at least two bands: one band grades everybody the same,
 * and is what a word typed where bands belong ("abc") reads as. (A scheme's bands are checked by
 * validateScheme, which says the same.)
 */
function atLeastTwo(bands: Band[], where: string): Band[] {
  if (bands.length !== 1) return bands;
  throw invalid(
    `${where}只有一个等次“${bands[0].label}”${bands[0].min === null ? '，没有分数线' : ''}：所有单位都会评为“${bands[0].label}”。` +
      `请写成 名称:分数线，从好到差用逗号分隔，最低等次不写分数线，例如 "优秀:90,良好:80,一般:60,较差"；或选择两列区域（分数线、等次名称）`,
  );
}

/** The bands of a text in the order written, not yet checked or ordered (parseBandsText does both). */
export function bandsOfText(text: string): Band[] {
  const parts = normaliseText(text)
    .split(/[,;、\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.map((part): Band => {
    const m = /^(.*?)\s*(?::|≥|>=)\s*(.*)$/.exec(part);
    if (!m) return { label: part, min: null };
    const label = m[1].trim();
    const n = parseNumericText(m[2]);
    if (!label) throw invalid(`等次设置“${part}”缺少等次名称：应写成 名称:分数线，例如 "优秀:90"`);
    if (!n || n.percent) throw invalid(`等次“${label}”的分数线 “${m[2]}” 不是数字：应写成 名称:分数线，例如 "优秀:90"`);
    return { label, min: n.value };
  });
}

/**
 * Bands from a 2-column range (lower bound, label), any row order; the row with a
 * blank bound is the bottom band. Fully blank rows are skipped. Label-first rows
 * (label, bound) are accepted too, since clerks write both.
 */
export function bandsFromRows(rows: readonly (readonly CellValue[])[], where = '等次表'): Bands {
  const bands: Band[] = [];
  rows.forEach((row, i) => {
    const a = readCell(row[0]);
    const b = readCell(row[1]);
    if (a.kind === 'blank' && b.kind === 'blank') return;
    const bound = a.kind === 'number' || (a.kind === 'blank' && b.kind === 'text') ? a : b;
    const labelCell = bound === a ? b : a;
    if (labelCell.kind !== 'text' && labelCell.kind !== 'number')
      throw invalid(`${where}第${i + 1}行缺少等次名称：每行写 分数线 和 等次名称`);
    const label = labelCell.kind === 'text' ? labelCell.text : labelCell.value.toFixed();
    if (bound.kind === 'blank') bands.push({ label, min: null });
    else if (bound.kind === 'number' && !bound.percent) bands.push({ label, min: bound.value });
    else throw invalid(`${where}第${i + 1}行的分数线 ${quote(row[bound === a ? 0 : 1])} 不是数字：请填写该等次的最低分（含），最低等次留空`);
  });
  return orderBands(atLeastTwo(bands, where), where);
}

/** Index of the band a score falls in (0 = best). */
export function bandIndex(score: Dec, bands: Bands): number {
  for (let i = 0; i < bands.length; i++) {
    const min = bands[i].min;
    if (min === null || score.gte(min)) return i;
  }
  return bands.length - 1;
}

/** A band index lowered `levels` levels (一票否决), never below the bottom band. */
export function lowered(index: number, bands: Bands, levels: number): number {
  return Math.min(index + levels, bands.length - 1);
}

/** The grade for a score, lowered `downgrade` levels (一票否决), never below the bottom band. */
export function gradeOf(score: Dec, bands: Bands, downgrade = 0): string {
  return bands[lowered(bandIndex(score, bands), bands, downgrade)].label;
}

/** Position of a grade label in the bands (0 = best), or -1 when the label is not a band. */
export function gradeRank(label: string, bands: Bands): number {
  const k = matchKey(label);
  return bands.findIndex((b) => matchKey(b.label) === k);
}


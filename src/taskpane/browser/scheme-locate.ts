import type { SchemeSource } from '../../engine/scheme/report';

/** Field names of the pane's scheme editor, for the prefix of validateScheme's messages. */
const FIELDS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^bands\[(\d+)\]/, (m) => `等次分数线第${Number(m[1]) + 1}行`],
  [/^bands$/, () => '等次分数线'],
  [/^ranking\.method/, () => '排名方式'],
  [/^deductionCap/, () => '扣分上限'],
  [/^bonusCap/, () => '加分上限'],
  [/^decimals/, () => '保留小数位数'],
  [/^awards\[(\d+)\]\.tiers\[(\d+)\]/, (m) => `奖项第${Number(m[2]) + 1}行`],
  [/^awards\[(\d+)\]/, (m) => `奖项规则第${Number(m[1]) + 1}条`],
  [/^ratingShares\[(\d+)\]/, (m) => `定性评价比例第${Number(m[1]) + 1}行`],
  [/^ratingShares$/, () => '定性评价比例'],
  [/^tierPoints\[(\d+)\]/, (m) => `档次分值第${Number(m[1]) + 1}行`],
  [/^tierPoints$/, () => '档次分值'],
  [/^rankPoints\[(\d+)\]/, (m) => `名次分值第${Number(m[1]) + 1}行`],
  [/^rankPoints$/, () => '名次分值'],
];

/** Where a scheme path sits in the pane: "等次分数线第2行"; there is no cell. */
export function paneLocate(path: string): SchemeSource {
  for (const [re, label] of FIELDS) {
    const m = re.exec(path);
    if (m) return { cell: '', label: `方案·${label(m)}` };
  }
  return { cell: '', label: path ? `方案·${path}` : '方案' };
}

import { showFast } from '../engine/fixed';
import type { RankingResult } from '../sheet/ranking/types';
import { awardsText } from '../sheet/ranking/awards-text';
import { warningLine } from '../sheet/warning';

/**
 * A short human summary of a ranking run: units by category and rank, then the warnings.
 * Written in one piece: 100,000 lines written one by one cost a second.
 */
export function printSummary(result: RankingResult, print: (s: string) => void): void {
  const lines: string[] = [];
  const write = (line: string) => lines.push(line);
  const source = result.schemeSource.startsWith(result.scheme.name) ? result.schemeSource : `${result.scheme.name}（${result.schemeSource}）`;
  write(`工作表“${result.sheet}”：${result.units.length} 个单位，方案：${source}`);
  for (const category of result.categories) {
    if (result.hasCategory) write(`【${category}】`);
    const units = result.units
      .filter((u) => u.category === category)
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.row - b.row);
    for (const u of units) {
      const rank = u.rank === null ? '未排名' : `第${u.rank}名`;
      const total = u.total === null ? '未计分' : showFast(u.total);
      write(`  ${rank}\t${u.name}\t${total}\t${u.grade ?? ''}\t${awardsText(u.awards)}`);
    }
  }
  if (result.warnings.length > 0) {
    write(`需要核对的问题（${result.warnings.length} 条）：`);
    for (const w of result.warnings) write(`  ${warningLine(w)}`);
  }
  print(lines.join('\n'));
}

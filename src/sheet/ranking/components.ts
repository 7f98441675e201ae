import { textKey } from '../../engine/cell';
import { D, Dec } from '../../engine/decimal';
import { validateWeights } from '../table/validate-weights';
import { invalid } from '../../engine/errors';
import type { ComponentRule, Scheme } from '../../engine/scheme/types';
import type { SourceColumn, SourceTable } from '../source-table';
import type { UsedComponent } from './types';

const key = (s: string) => textKey(s).replace(/[()]/g, '');

function headerComponents(table: SourceTable): UsedComponent[] {
  return table.columns
    .filter((c) => c.role === 'component' && c.weight)
    .map((c) => ({ name: c.name, header: c.header, label: c.header, col: c.index, unit: c.weight!.unit, weight: new D(c.weight!.value) }));
}

function findColumn(table: SourceTable, rule: ComponentRule): SourceColumn | undefined {
  const wanted = key(rule.column ?? rule.name);
  return table.columns.find(
    (c) => key(c.name) === wanted || key(c.header) === wanted || (c.group !== undefined && key(`${c.group}/${c.name}`) === wanted),
  );
}

/** Scheme components matched to the sheet's columns: a parent column is used when present, else its children. */
/** Header weights that differ are reported by validateAgainstData (the scheme wins). */
function schemeComponents(table: SourceTable, scheme: Scheme): UsedComponent[] {
  const used: UsedComponent[] = [];
  const missing: string[] = [];
  const visit = (rule: ComponentRule) => {
    const col = findColumn(table, rule);
    if (col) {
      const weight = new D(rule.weight);
      const label = `${rule.name} ${weight.toFixed()}${scheme.weightUnit === 'percent' ? '%' : '分'}`;
      used.push({ name: rule.name, header: col.header, label, col: col.index, unit: scheme.weightUnit, weight });
      return;
    }
    if (rule.children && rule.children.length > 0) rule.children.forEach(visit);
    else missing.push(rule.name);
  };
  scheme.components.forEach(visit);
  if (missing.length > 0)
    throw invalid(
      `方案中的考核构成 ${missing.map((m) => `“${m}”`).join('、')} 在工作表“${table.sheet}”中找不到对应的列：请让表头与方案中的名称一致，或在方案的“对应列”中写明表头`,
    );
  return used;
}

/** The components that make the total, from the scheme when it lists them (scheme wins), else from the headers. */
export function resolveComponents(table: SourceTable, scheme: Scheme): UsedComponent[] {
  if (scheme.components.length > 0) {
    // The scheme's own weights were checked by validateScheme before the run.
    return schemeComponents(table, scheme);
  }
  validateWeights(table, scheme.fullScore);
  return headerComponents(table);
}

/** Contribution of one component score to the total. */
export function contribution(c: UsedComponent, score: Dec): Dec {
  return c.unit === 'percent' ? score.times(c.weight).div(100) : score;
}

/** The full score of a component column (what a percentage in it is a share of). */
export function fullScaleOf(c: UsedComponent): Dec {
  return c.unit === 'percent' ? new D(100) : c.weight;
}

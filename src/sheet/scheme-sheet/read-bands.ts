import type { SchemeBand } from '../../engine/scheme/types';
import type { SheetContext } from './read-context';
import { decimalText, rawText } from './read-values';

/** 三、等次: bands in the order written (validateScheme checks that order). */
export function readBands(ctx: SheetContext) {
  const b = ctx.blocks.get('bands');
  ctx.blockPath('bands', 'bands');
  if (!b || b.header === null) return;
  const bands: SchemeBand[] = [];
  const rows: number[] = [];
  for (const row of b.rows) {
    const i = bands.length;
    const label = rawText(ctx.cell(b, row, 'label', `bands[${i}].label`));
    const minRaw = ctx.cell(b, row, 'min', `bands[${i}].min`);
    const maxRaw = ctx.cell(b, row, 'max', `bands[${i}].max`);
    ctx.paths.set(`bands[${i}]`, ctx.addr(row, ctx.col(b, 'label')));
    const band: SchemeBand = { label, min: rawText(minRaw) === '' ? null : decimalText(minRaw) };
    if (rawText(maxRaw) !== '') band.max = decimalText(maxRaw);
    bands.push(band);
    rows.push(row);
  }
  // A band written with only an upper bound takes its lower bound from the next band's upper bound.
  bands.forEach((band, i) => {
    const next = bands[i + 1];
    if (band.min !== null || band.max === undefined || !next || next.max === undefined) return;
    band.min = next.max;
    ctx.warn(rows[i], ctx.col(b, 'min'), `等次“${band.label}”的下限留空：按下一等次“${next.label}”的上限 ${next.max} 处理（等次只按下限划分）。如不对，请填写下限`);
  });
  ctx.scheme.bands = bands;
}

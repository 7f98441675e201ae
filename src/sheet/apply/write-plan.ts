import { cellRef, rangeRef } from '../address';
import type { CellWrite, RecordEntry, WritePlan } from '../plan';
import { batchName } from './applications';
import { APPLY_SOURCE, type AddedCell, type ApplyProposal } from './types';

const KIND_WORDS: Record<AddedCell['kind'], string> = { header: '表头', score: '得分', subtotal: '小计', total: '总分', grade: '等次', rank: '排名' };

/**
 * The write plan of a confirmed 套用: the cells written into the clerk's sheet in place,
 * and one record entry for each (what: 'added'), all named by this application's batch
 * (its time and what it added), so that 撤销本次套用 can take back exactly these cells and
 * a later run knows them.
 */
export function applyWritePlan(p: ApplyProposal, now: Date): WritePlan {
  const kinds = [...new Set(p.cells.filter((c) => c.kind !== 'header').map((c) => KIND_WORDS[c.kind]))];
  const batch = batchName(now, p.sheet, kinds);
  const write: CellWrite[] = p.cells.map(({ kind: _k, newColumn: _n, label: _l, ...cell }) => cell);
  const record: RecordEntry[] = p.cells.map((c) => ({
    sheet: p.sheet,
    cell: cellRef(c.row, c.column),
    what: 'added',
    ...(c.formula ? { formula: c.formula } : {}),
    ...(c.value !== null && c.value !== '' ? { value: c.value } : {}),
    source: `${APPLY_SOURCE}：${KIND_WORDS[c.kind]}`,
    ...(c.newColumn ? { styled: true } : {}),
    batch,
  }));
  const merges = p.merges ?? [];
  for (const m of merges) record.push({ sheet: p.sheet, cell: rangeRef(m), what: 'added', source: `${APPLY_SOURCE}：表头合并`, merged: true, batch });
  return { sheets: [], edits: [{ sheet: p.sheet, write, ...(merges.length ? { merge: merges } : {}) }], record };
}

import { defaultScheme } from '../../src/engine/scheme/defaults';
import type { RosterEntry } from '../../src/engine/scheme/office';
import type { Scheme } from '../../src/engine/scheme/types';

/**
 * An office's own 方案 whose rules differ from every template's: two components 甲项/乙项 at
 * 50%/50%, bands 90/70, 扣分上限 2; and a roster of three units. Inserting a template into a
 * workbook holding it must keep all of it.
 */
export const OWN_SCHEME: Scheme = {
  ...defaultScheme(),
  name: '本市专项考核方案',
  components: [
    { name: '甲项', weight: '50' },
    { name: '乙项', weight: '50' },
  ],
  bands: [
    { label: '优秀', min: '90' },
    { label: '合格', min: '70' },
    { label: '不合格', min: null },
  ],
  deductionCap: '2',
};
export const OWN_ROSTER: RosterEntry[] = ['一号单位', '二号单位', '三号单位'].map((name) => ({ name, category: null, aliases: [] }));

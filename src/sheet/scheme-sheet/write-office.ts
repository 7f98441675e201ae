import type { OfficeSettings, WorkbookSettings } from '../../engine/scheme/office';
import type { PlanCell } from '../plan';
import { LIST_SEPARATOR, OFFICE_SETTINGS, type OfficeSettingDef } from './layout';

/** What the 方案 writer offers the office blocks: a block opener and a row writer. */
export interface BlockWriter {
  open(id: 'office' | 'roster'): void;
  row(cells: PlanCell[]): number;
  blank(): void;
}

const text = (v: string | null): PlanCell => ({ value: v === null || v === '' ? null : v, style: 'text' });

function officeValue(o: OfficeSettings, key: OfficeSettingDef['key']): PlanCell {
  switch (key) {
    case 'publicityFrom':
      return text(o.publicity.from);
    case 'publicityTo':
      return text(o.publicity.to);
    case 'publishedComponents':
      return text(o.publishedComponents === null ? null : o.publishedComponents.join(LIST_SEPARATOR));
    case 'publishRemarks':
      return text(o.publishRemarks ? '是' : '否');
    default:
      return text(o[key]);
  }
}

/** 八、公示设置 and 九、单位名册: always written, so that a clerk finds where to fill them in. */
export function writeOfficeBlocks(w: BlockWriter, settings: WorkbookSettings): void {
  w.blank();
  w.open('office');
  for (const def of OFFICE_SETTINGS) w.row([text(def.label), officeValue(settings.office, def.key), { value: def.note, style: 'note' }]);
  w.blank();
  w.open('roster');
  for (const u of settings.roster) w.row([text(u.name), text(u.category), text(u.aliases.join(LIST_SEPARATOR))]);
}

/**
 * What belongs to one office's workbook, kept apart from the rules a higher office sends
 * down (Scheme: bands, weights, awards): `scheme export` sends the rules alone, and a
 * rules file imported from above never overwrites these.
 */
export interface OfficeSettings {
  /** The posted sheets' title; null = the source sheet's own title rows. */
  title: string | null;
  /** 发布单位, printed under the posted tables. */
  publisher: string | null;
  /** 公示期, as the office writes the dates ("2026年1月5日"). */
  publicity: { from: string | null; to: string | null };
  /** Component headers the posted 排名 shows; null = all of them. */
  publishedComponents: string[] | null;
  /** Whether the clerk's 备注 column is posted (else it stays on the check sheet). */
  publishRemarks: boolean;
  /** Names printed in the footer's 制表 and 审核 fields; blank lines to sign by hand when null. */
  preparedBy: string | null;
  reviewedBy: string | null;
}

/** One unit of the workbook's roster (单位名册): its category and the other names it goes by. */
export interface RosterEntry {
  name: string;
  category: string | null;
  /** 简称, old names: every way the unit's name arrives in the files sent in. */
  aliases: string[];
}

export function defaultOfficeSettings(): OfficeSettings {
  return {
    title: null,
    publisher: null,
    publicity: { from: null, to: null },
    publishedComponents: null,
    publishRemarks: false,
    preparedBy: null,
    reviewedBy: null,
  };
}

/** The office's part of a workbook's 方案 sheet: its settings and its roster. */
export interface WorkbookSettings {
  office: OfficeSettings;
  roster: RosterEntry[];
}

export function defaultWorkbookSettings(): WorkbookSettings {
  return { office: defaultOfficeSettings(), roster: [] };
}

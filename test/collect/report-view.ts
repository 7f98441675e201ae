import type { SheetData } from '../../src/sheet/source-table';

/** The 报送情况 sheet as the clerk reads it: its three tables. */
export interface ReportView {
  lines: { what: string; status: string; file: string; taken: string }[];
  problems: { file: string; cell: string; message: string }[];
  filled: { cell: string; unit: string; item: string; value: unknown; source: string }[];
}

export function reportView(sheets: SheetData[]): ReportView {
  const sheet = sheets.find((s) => s.name === '报送情况' && s.perfKind === 'collect');
  if (!sheet) throw new Error('没有报送情况工作表');
  const rows = Array.from(sheet.values, (r) => r ?? []);
  const start = (title: string) => rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(title)) + 2;
  const section = (from: number) => {
    const out: unknown[][] = [];
    for (let i = from; i < rows.length && rows[i]!.some((v) => v !== null && v !== undefined && v !== ''); i++) out.push(rows[i]!);
    return out;
  };
  const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  return {
    lines: section(start('一、')).map((r) => ({ what: s(r[1]), status: s(r[2]), file: s(r[3]), taken: s(r[5]) })),
    problems: section(start('二、'))
      .filter((r) => r[0] !== '没有问题')
      .map((r) => ({ file: s(r[1]) === '（汇总表）' ? '' : s(r[1]), cell: s(r[2]), message: s(r[3]) })),
    filled: section(start('三、')).map((r) => ({ cell: s(r[3]), unit: s(r[1]), item: s(r[2]), value: r[4], source: s(r[5]) })),
  };
}

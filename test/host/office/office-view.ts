import { OfficeWorkbook, type OfficeApis } from '../../../src/host/office';
import type { MakeHost, SheetView, WorkbookView } from '../contract/view';
import { fromXlsx } from './double-from-xlsx';
import { a1Of, cellAt, formatAt, parseA1, type ExcelDouble } from './excel-double';

/** The Office.js host over an Excel double (options: which requirement sets it has). */
export function officeHostOver(double: ExcelDouble): OfficeWorkbook {
  return new OfficeWorkbook({ excel: double.excel as unknown as OfficeApis['excel'], requirements: double.office.context.requirements });
}

/** The contract's host: the fixture loaded into a double, the view read from the double's state. */
export const makeOfficeHost: MakeHost = async (clerk) => {
  const double = await fromXlsx(clerk);
  const host = officeHostOver(double);
  return { host, view: async () => officeView(double, await host.readSheets()) };
};

const OPERATORS: Record<string, string> = {
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  GreaterThan: 'greaterThan',
  GreaterThanOrEqual: 'greaterThanOrEqual',
  LessThan: 'lessThan',
  LessThanOrEqual: 'lessThanOrEqual',
  Between: 'between',
};

const bare = (f: string | undefined) => (f ?? '').replace(/^=/, '');

export function officeView(double: ExcelDouble, sheets: WorkbookView['sheets']): WorkbookView {
  const names = [
    ...double.workbook.names.map((n) => ({ name: n.name, sheet: null, formula: bare(n.formula) })),
    ...double.workbook.sheets.flatMap((s) => s.names.map((n) => ({ name: n.name, sheet: s.name, formula: bare(n.formula) }))),
  ];
  const sheet = (name: string): SheetView => {
    const s = double.sheet(name);
    const at = (ref: string) => {
      const r = parseA1(ref)!;
      return { cell: cellAt(s, r.top, r.left), look: formatAt(s, r.top, r.left) };
    };
    const zoom = s.pageLayout.zoom;
    return {
      name: s.name,
      visibility: s.visibility === 'VeryHidden' ? 'veryHidden' : s.visibility === 'Hidden' ? 'hidden' : 'visible',
      merges: s.merges.map(a1Of),
      freeze: s.freeze,
      print: {
        orientation: s.pageLayout.orientation === 'Landscape' ? 'landscape' : 'portrait',
        scale: zoom.scale ?? null,
        fitToWidth: zoom.horizontalFitToPages === 1 && !zoom.verticalFitToPages,
        repeatRows: s.pageLayout.printTitleRows,
        rowBreaks: s.pageLayout.rowBreaks,
      },
      validations: s.validations.map((v) => ({ range: a1Of(v.rect), values: (v.rule.list?.source ?? '').split(','), error: v.errorAlert?.message ?? '' })),
      conditionalFormats: s.conditionalFormats.map((cf) =>
        cf.type === 'Custom'
          ? { range: a1Of(cf.rect), type: 'formula' as const, formulas: [bare(cf.rule.formula)], fill: cf.fill ?? '' }
          : {
              range: a1Of(cf.rect),
              type: 'cellValue' as const,
              operator: OPERATORS[cf.rule.operator ?? ''] ?? cf.rule.operator,
              formulas: [cf.rule.formula1, cf.rule.formula2].filter((f) => f !== undefined).map(bare),
              fill: cf.fill ?? '',
            },
      ),
      protection: { protected: s.protection.protected, password: s.protection.password !== null },
      formula: (ref) => at(ref).cell?.formula ?? null,
      locked: (ref) => at(ref).look.locked !== false,
      fill: (ref) => at(ref).look.fill ?? null,
      bold: (ref) => at(ref).look.bold === true,
      numFmt: (ref: string) => at(ref).cell?.numberFormat ?? 'General',
      columnWidthPoints: (col) => s.columnWidths.get(col) ?? null,
      rowHeight: (row) => s.rowHeights.get(row) ?? null,
    } as SheetView;
  };
  return { sheets, sheet, names };
}

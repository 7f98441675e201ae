import { useSyncExternalStore } from 'react';
import type { PaneLocale } from '../locale';
import { App } from '../browser/ui/App';
import { FunctionList } from '../App';
import { NewTemplate } from '../browser/ui/NewTemplate';
import { strings } from '../strings';
import type { StepId } from '../browser/ui/step-props';
import type { ExcelPane } from './excel-pane';
import { ExcelStatus } from './ExcelStatus';
import { FormulasStep } from './FormulasStep';
import { excelStrings, paneStringsInExcel } from './strings';

/** The browser version's steps that make sense inside Excel: no file to open or download, Excel shows the sheets. */
export const EXCEL_STEPS: readonly StepId[] = ['collect', 'check', 'rank', 'scheme', 'explain', 'verify', 'charts', 'apply'];

/** The same pane as the browser version, over the open workbook, with what only Excel has. */
export function ExcelApp({ pane, locale }: { pane: ExcelPane; locale: PaneLocale }) {
  const state = useSyncExternalStore(pane.subscribe, pane.getState);
  const x = excelStrings[locale];
  return (
    <App
      controller={pane.controller}
      locale={locale}
      frame={{
        steps: EXCEL_STEPS,
        extra: [
          { id: 'templates', label: paneStringsInExcel(locale).newTemplateHeading, render: (props) => <NewTemplate controller={props.controller} text={props.text} insert /> },
          { id: 'formulas', label: x.formulasStep, render: () => <FormulasStep pane={pane} state={state} x={x} /> },
          { id: 'functions', label: strings[locale].functionsHeading, render: () => <FunctionList locale={locale} /> },
        ],
        text: paneStringsInExcel(locale),
        status: <ExcelStatus pane={pane} state={state} x={x} />,
        preview: false,
        step: state.step,
        onStep: pane.goTo,
      }}
    />
  );
}

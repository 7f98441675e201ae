/** The Excel pane's page, loaded after Office.onReady (taskpane.js stays small: the custom functions share its page). */
import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { PaneLocale } from '../locale';
import { paneTheme } from '../browser/ui/theme';
import { ExcelApp } from './ExcelApp';
import type { ExcelPane } from './excel-pane';

/**
 * Render the pane; the workbook is read once the pane is seen (a workbook that loads the
 * add-in for its formulas, with the pane hidden, is not read at all).
 */
export function renderPane(root: HTMLElement, pane: ExcelPane, locale: PaneLocale, shown: (then: () => void) => void): void {
  createRoot(root).render(
    <FluentProvider theme={paneTheme} style={{ minHeight: '100vh' }}>
      <ExcelApp pane={pane} locale={locale} />
    </FluentProvider>,
  );
  shown(() => void pane.start());
}

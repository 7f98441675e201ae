import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { PaneLocale } from './locale';

/** The task pane's page in a plain browser (Office.onReady gave no host). */
export function renderOutside(root: HTMLElement, locale: PaneLocale): void {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App locale={locale} />
    </FluentProvider>,
  );
}

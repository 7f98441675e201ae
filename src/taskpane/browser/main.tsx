import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { pickLocale } from '../locale';
import { PaneController } from './controller';
import { paneWorker } from './ranker';
import { App } from './ui/App';
import { paneTheme } from './ui/theme';

/** The workbook lives in the worker with the ranking (both start with the first file, not with the page). */
const worker = paneWorker();
const controller = new PaneController({
  openWorkbook: worker.openWorkbook,
  rank: worker.rank,
  now: () => new Date(),
});

const locale = pickLocale(undefined, navigator.languages ?? [navigator.language]);
document.documentElement.lang = locale;
createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={paneTheme} style={{ minHeight: '100vh' }}>
    <App controller={controller} locale={locale} />
  </FluentProvider>,
);

import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { pickLocale } from '../locale';
import { PaneController } from './controller';
import { paneWorker } from './ranker';
import { App } from './ui/App';

/** System fonts only: nothing is fetched, and Chinese shows in the font the office's PCs have. */
const FONTS = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Segoe UI", sans-serif';
const theme: Theme = { ...webLightTheme, fontFamilyBase: FONTS };

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
  <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
    <App controller={controller} locale={locale} />
  </FluentProvider>,
);

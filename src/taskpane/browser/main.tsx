import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { pickLocale } from '../locale';
import { PaneController } from './controller';
import { workerRanker } from './ranker';
import { App } from './ui/App';

/** System fonts only: nothing is fetched, and Chinese shows in the font the office's PCs have. */
const FONTS = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Segoe UI", sans-serif';
const theme: Theme = { ...webLightTheme, fontFamilyBase: FONTS };

const controller = new PaneController({
  // the .xlsx reader and writer load with the first file, not with the page
  openWorkbook: async (bytes, name) => (await import(/* webpackChunkName: "xlsx" */ '../../host/xlsx/xlsx-workbook')).XlsxWorkbook.open(bytes, name),
  rank: workerRanker(),
  now: () => new Date(),
});

const locale = pickLocale(undefined, navigator.languages ?? [navigator.language]);
document.documentElement.lang = locale;
createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={theme} style={{ minHeight: '100vh' }}>
    <App controller={controller} locale={locale} />
  </FluentProvider>,
);

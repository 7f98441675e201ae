import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { pickLocale } from './locale';

function officeDisplayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage || undefined;
  } catch {
    return undefined; // outside Office the context is not there
  }
}

Office.onReady((info) => {
  const locale = pickLocale(officeDisplayLanguage(), navigator.languages ?? [navigator.language]);
  document.documentElement.lang = locale;
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App locale={locale} inExcel={info.host !== null && info.host !== undefined} />
    </FluentProvider>,
  );
});

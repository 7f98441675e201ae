/**
 * The task pane's entry in the shared runtime. The custom functions share this page and wait
 * for it, so this stays small: React, the pane and the workflow load afterwards (import()).
 */
import { pickLocale } from './locale';

function officeDisplayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage || undefined;
  } catch {
    return undefined; // outside Office the context is not there
  }
}

/** Call `then` once the pane is on screen: now, or when Excel shows it (the runtime can load hidden, for the functions). */
function whenShown(then: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    then();
  };
  if (document.visibilityState === 'visible') return go();
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && go());
  // whatever the platform says about visibility, a clerk touching the pane sees it
  for (const type of ['pointerdown', 'focusin', 'keydown']) document.addEventListener(type, go, { once: true });
  try {
    void Office.addin.onVisibilityModeChanged((m) => m.visibilityMode === Office.VisibilityMode.taskpane && go());
  } catch {
    // without SharedRuntime 1.1 the page is the pane: visibilitychange is enough
  }
}

Office.onReady(async (info) => {
  const locale = pickLocale(officeDisplayLanguage(), navigator.languages ?? [navigator.language]);
  document.documentElement.lang = locale;
  const root = document.getElementById('root')!;
  if (info.host === null || info.host === undefined) {
    const { renderOutside } = await import(/* webpackChunkName: "outside" */ './outside');
    renderOutside(root, locale);
    return;
  }
  const [{ paneInExcel }, { renderPane }] = await Promise.all([
    import(/* webpackChunkName: "excel-pane" */ './excel/session'),
    import(/* webpackChunkName: "excel-pane-ui" */ './excel/render'),
  ]);
  renderPane(root, paneInExcel(), locale, whenShown);
});

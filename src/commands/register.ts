import type { ExcelPane } from '../taskpane/excel/excel-pane';

/** The action ids the manifest's ExecuteFunction buttons name. */
export const RANK_ACTION = 'PERF.rank';
export const SHOW_ACTION = 'PERF.showTaskpane';

/** What the commands need of the Office global. */
export interface CommandOffice {
  actions?: { associate(id: string, action: (event?: Office.AddinCommands.Event) => unknown): void };
  addin: { showAsTaskpane(): Promise<void> };
}

/**
 * Associate the ribbon's actions. A command always calls event.completed(), whatever
 * happens; when 一键排名 fails outright the pane opens, where the message is.
 */
export function registerCommands(office: CommandOffice, pane: () => Promise<ExcelPane>): void {
  // Office.actions exists only inside Office (and only with the shared runtime)
  if (typeof office.actions?.associate !== 'function') return;
  office.actions.associate(SHOW_ACTION, async (event) => {
    try {
      await office.addin.showAsTaskpane();
    } finally {
      event?.completed();
    }
  });
  office.actions.associate(RANK_ACTION, async (event) => {
    try {
      await (await pane()).rankFromRibbon();
    } catch {
      await office.addin.showAsTaskpane().catch(() => undefined);
    } finally {
      event?.completed();
    }
  });
}

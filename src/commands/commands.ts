/**
 * Ribbon commands. They run in the shared runtime (taskpane.html loads this
 * bundle), so a command can open the pane and share state with it. The ribbon
 * button itself uses a ShowTaskpane action; this is the ExecuteFunction
 * counterpart for buttons and keyboard shortcuts added later.
 */
async function showTaskpane(event?: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event?.completed();
  }
}

Office.onReady(() => {
  // Office.actions exists only inside Office (and only with the shared runtime).
  if (typeof Office.actions?.associate === 'function') {
    Office.actions.associate('PERF.showTaskpane', showTaskpane);
  }
});

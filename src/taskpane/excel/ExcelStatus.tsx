import { Body1, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { usePaneState } from '../browser/ui/use-pane';
import type { ExcelPane, ExcelPaneState } from './excel-pane';
import type { ExcelStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  summary: { cursor: 'pointer' },
});

/** What only Excel has to say, above the steps: a cell being edited, a result out of date, what this Excel supports. */
export function ExcelStatus({ pane, state, x }: { pane: ExcelPane; state: ExcelPaneState; x: ExcelStrings }) {
  const styles = useStyles();
  const pc = usePaneState(pane.controller);
  const support = pane.supportSummary;
  const busy = pc.status !== 'ready';
  return (
    <div className={styles.root} data-testid="excel-status">
      {state.cellEdit && (
        <MessageBar intent="warning" layout="multiline" data-testid="cell-edit">
          <MessageBarBody>
            <MessageBarTitle>{x.cellEditTitle}</MessageBarTitle>
            {x.cellEdit}
          </MessageBarBody>
        </MessageBar>
      )}
      {pc.stale && (
        <MessageBar intent="warning" layout="multiline" data-testid="stale">
          <MessageBarBody>
            <MessageBarTitle>{x.staleTitle}</MessageBarTitle>
            {pc.ranked ? x.staleRanked : x.staleChecked}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={busy} onClick={() => void (pc.ranked ? pane.rank() : pane.controller.refresh())}>
              {pc.ranked ? x.rerank : x.recheck}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {pc.status === 'empty' && pc.notice?.kind === 'error' && (
        <div>
          <Button onClick={() => void pane.restart()}>{x.reread}</Button>
        </div>
      )}
      {support.advice && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{support.advice}</MessageBarBody>
        </MessageBar>
      )}
      {support.missing.length === 0 ? (
        <Caption1>{x.supportAll}</Caption1>
      ) : (
        <details data-testid="support">
          <summary className={styles.summary}>
            <Caption1>{x.supportSome(support.missing.length)}</Caption1>
          </summary>
          <Body1>{x.supportMissing}</Body1>
          <ul className={styles.list}>
            {support.missing.map((m) => (
              <li key={m}>
                <Caption1>{m}</Caption1>
              </li>
            ))}
          </ul>
          <Body1>{x.supportWorks}</Body1>
          <ul className={styles.list}>
            {support.works.map((m) => (
              <li key={m}>
                <Caption1>{m}</Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
      {state.step === 'explain' && <Caption1>{x.explainFollows}</Caption1>}
    </div>
  );
}

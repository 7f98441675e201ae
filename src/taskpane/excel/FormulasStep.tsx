import { Body1, Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { usePaneState } from '../browser/ui/use-pane';
import type { ExcelPane, ExcelPaneState } from './excel-pane';
import { copyChoices } from './formulas/values-copy';
import type { ExcelStrings } from './strings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  sheets: { display: 'flex', flexDirection: 'column' },
});

/** 公式: 启用公式, 修复 #NAME?, 转为数值 — each says what it did, cell by cell. */
export function FormulasStep({ pane, state, x }: { pane: ExcelPane; state: ExcelPaneState; x: ExcelStrings }) {
  const styles = useStyles();
  const pc = usePaneState(pane.controller);
  const choices = copyChoices(pc);
  const [picked, setPicked] = useState<Record<string, boolean>>({});
  const ticked = (name: string, initial: boolean) => picked[name] ?? initial;
  const busy = state.busy !== null;
  const report = state.formulas;
  return (
    <>
      {state.busy && <Spinner size="tiny" label={x.working(state.busy)} />}
      {report && (
        <MessageBar intent={report.kind} layout="multiline" data-testid="formula-report">
          <MessageBarBody>
            <MessageBarTitle>{report.title}</MessageBarTitle>
            {report.lines.length > 0 && (
              <ul className={styles.lines}>
                {report.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section}>
        <Subtitle2 as="h3">{x.enableHeading}</Subtitle2>
        <Body1>{x.enableHint}</Body1>
        <div>
          <Button appearance="primary" disabled={busy} onClick={() => void pane.enableFormulas()}>
            {x.enableButton}
          </Button>
        </div>
      </section>
      <section className={styles.section}>
        <Subtitle2 as="h3">{x.repairHeading}</Subtitle2>
        <Body1>{x.repairHint}</Body1>
        <div className={styles.buttons}>
          <Button disabled={busy} onClick={() => void pane.repairNames('selection')}>
            {x.repairSelection}
          </Button>
          <Button disabled={busy} onClick={() => void pane.repairNames('sheet')}>
            {x.repairSheet}
          </Button>
        </div>
      </section>
      <section className={styles.section}>
        <Subtitle2 as="h3">{x.valuesHeading}</Subtitle2>
        <Body1>{x.valuesHint}</Body1>
        <div role="group" aria-labelledby="values-sheets" className={styles.sheets}>
          <Body1 id="values-sheets">{x.valuesSheets}</Body1>
          {choices.map((c) => (
            <Checkbox key={c.name} label={c.name} checked={ticked(c.name, c.ticked)} onChange={(_, d) => setPicked({ ...picked, [c.name]: d.checked === true })} />
          ))}
        </div>
        <div>
          <Button disabled={busy || !choices.some((c) => ticked(c.name, c.ticked))} onClick={() => void pane.valuesCopy(choices.filter((c) => ticked(c.name, c.ticked)).map((c) => c.name))}>
            {x.valuesButton}
          </Button>
        </div>
      </section>
    </>
  );
}

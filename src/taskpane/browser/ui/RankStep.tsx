import { Body1, Button, Caption1, MessageBar, MessageBarBody, ProgressBar, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { RankedView } from '../rank-view';
import { rankSummary } from '../summary';
import { MessageList } from './MessageList';
import type { StepProps } from './step-props';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  figures: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export function RankStep({ controller, state, text }: StepProps) {
  const styles = useStyles();
  const canRank = state.status === 'ready' && state.scheme !== null && !(state.schemeEdited && state.schemeCheck.errors.length > 0);
  const view = state.view;
  return (
    <>
      <Body1>{text.rankHint}</Body1>
      <div>
        <Button appearance="primary" size="large" disabled={!canRank} onClick={() => void controller.rank()}>
          {text.rankButton}
        </Button>
      </div>
      {state.status === 'ranking' && <ProgressBar aria-label={text.ranking} />}
      {!state.fileName && <Body1>{text.needWorkbook}</Body1>}
      {view && !view.ok && (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{text.outOfDate}</MessageBarBody>
          </MessageBar>
          <Subtitle2 as="h3">{text.problemsHeading(view.problems.length)}</Subtitle2>
          <MessageList items={view.problems} kind="error" controller={controller} text={text} />
        </>
      )}
      {view?.ok && state.ranked && <Summary view={view} written={state.written?.messages ?? []} {...{ controller, state, text }} />}
    </>
  );
}

function Summary({ view, written, controller, text }: { view: RankedView; written: string[] } & Pick<StepProps, 'controller' | 'state' | 'text'>) {
  const styles = useStyles();
  const s = rankSummary(view);
  return (
    <section aria-labelledby="summary-heading" className={styles.summary}>
      <Subtitle2 as="h3" id="summary-heading">
        {text.summaryHeading}
      </Subtitle2>
      <div className={styles.figures}>
        <Body1 data-testid="units-ranked">{text.unitsRanked(s.ranked)}</Body1>
        {s.notRanked > 0 && <Body1>{text.notRanked(s.notRanked)}</Body1>}
      </div>
      <Subtitle2 as="h4">{text.gradesHeading}</Subtitle2>
      <ul className={styles.list} data-testid="grade-counts">
        {s.perCategory.map((c) => (
          <li key={c.category}>
            <Body1>
              {text.labelled(
                c.category || text.allUnits,
                [...c.grades.map((g) => `${g.grade} ${g.count}`), ...(c.ungraded > 0 ? [`${text.ungraded} ${c.ungraded}`] : [])].join(text.listSeparator),
              )}
            </Body1>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h4">{text.awardsHeading}</Subtitle2>
      {s.awards.length === 0 ? (
        <Body1>{text.noAwards}</Body1>
      ) : (
        <ul className={styles.list} data-testid="award-list">
          {s.awards.map((a) => (
            <li key={a.award}>
              <Body1>{text.labelled(a.award, a.units.join('、'))}</Body1>
            </li>
          ))}
        </ul>
      )}
      {view.warnings.length > 0 && (
        <>
          <Subtitle2 as="h4">{text.warningsHeading(view.warnings.length)}</Subtitle2>
          <MessageList items={view.warnings} kind="warning" controller={controller} text={text} />
        </>
      )}
      <Subtitle2 as="h4">{text.writtenHeading}</Subtitle2>
      <ul className={styles.list}>
        {written.map((m) => (
          <li key={m}>
            <Caption1>{m}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}

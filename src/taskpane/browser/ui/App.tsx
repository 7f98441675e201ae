import { Caption1, Spinner, Subtitle2, Tab, TabList, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useState } from 'react';
import type { PaneLocale } from '../../locale';
import type { PaneController } from '../controller';
import { browserStrings } from '../strings';
import { PERF_VERSION } from '../version';
import { NoticeBar } from './NoticeBar';
import { OpenStep } from './OpenStep';
import { STEPS, type StepId, type StepProps } from './step-props';
import { usePaneState } from './use-pane';

// Only the frame and the first step load with the page; the rest follows once it is shown (see preload).
const loadSteps = once(() => import(/* webpackChunkName: "steps" */ './steps'));
const loadScheme = once(() => import(/* webpackChunkName: "scheme-editor" */ './SchemeStep'));
const loadCharts = once(() => import(/* webpackChunkName: "charts" */ './ChartsStep'));
const loadGrid = once(() => import(/* webpackChunkName: "grid" */ './SheetPreview'));
const CheckStep = lazy(() => loadSteps().then((m) => ({ default: m.CheckStep })));
const RankStep = lazy(() => loadSteps().then((m) => ({ default: m.RankStep })));
const ExplainStep = lazy(() => loadSteps().then((m) => ({ default: m.ExplainStep })));
const DownloadStep = lazy(() => loadSteps().then((m) => ({ default: m.DownloadStep })));
const VerifyStep = lazy(() => loadSteps().then((m) => ({ default: m.VerifyStep })));
const SchemeStep = lazy(loadScheme);
const ChartsStep = lazy(loadCharts);
const SheetPreview = lazy(loadGrid);

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => (p ??= load());
}

/** After the first paint, fetch the other steps while the clerk picks a file. */
function preload() {
  for (const load of [loadGrid, loadSteps, loadScheme, loadCharts]) void load().catch(() => undefined);
}

const WIDE = '@media (min-width: 900px)';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
    [WIDE]: {
      gridTemplateColumns: 'minmax(360px, 460px) minmax(0, 1fr)',
      height: '100vh',
      padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    },
  },
  actions: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    [WIDE]: { overflowY: 'auto', paddingRight: tokens.spacingHorizontalS },
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  titleRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  tabs: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXXS },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    height: '460px',
    [WIDE]: { height: 'auto', minHeight: 0 },
  },
});

export function App({ controller, locale }: { controller: PaneController; locale: PaneLocale }) {
  const styles = useStyles();
  const text = browserStrings[locale];
  const state = usePaneState(controller);
  const [step, setStep] = useState<StepId>('open');
  const props: StepProps = { controller, state, text, locale, goTo: setStep };
  const fallback = <Spinner size="tiny" label={text.loading} />;
  useEffect(() => {
    const timer = setTimeout(preload, 300);
    return () => clearTimeout(timer);
  }, []);

  return (
    <div className={styles.root} lang={locale}>
      <main className={styles.actions}>
        <header className={styles.header}>
          <div className={styles.titleRow}>
            <Title3 as="h1">{text.title}</Title3>
            <Caption1>{text.version(PERF_VERSION)}</Caption1>
          </div>
          <Caption1>{text.tagline}</Caption1>
        </header>
        <TabList
          className={styles.tabs}
          aria-label={text.stepsLabel}
          selectedValue={step}
          onTabSelect={(_, data) => {
            controller.dismissNotice();
            setStep(data.value as StepId);
          }}
          size="small"
        >
          {STEPS.map((id) => (
            <Tab key={id} value={id} id={`step-${id}`} aria-controls="step-panel">
              {text.steps[id]}
            </Tab>
          ))}
        </TabList>
        <NoticeBar notice={state.notice} text={text} />
        <section className={styles.panel} id="step-panel" role="tabpanel" aria-labelledby={`step-${step}`}>
          {step === 'open' ? (
            <OpenStep {...props} />
          ) : (
            <Suspense fallback={fallback}>
              {step === 'check' && <CheckStep {...props} />}
              {step === 'rank' && <RankStep {...props} />}
              {step === 'scheme' && <SchemeStep {...props} />}
              {step === 'explain' && <ExplainStep {...props} />}
              {step === 'verify' && <VerifyStep {...props} />}
              {step === 'charts' && <ChartsStep {...props} />}
              {step === 'download' && <DownloadStep {...props} />}
            </Suspense>
          )}
        </section>
      </main>
      <section className={styles.preview} aria-labelledby="preview-heading">
        <Subtitle2 as="h2" id="preview-heading">
          {text.previewHeading}
        </Subtitle2>
        <Suspense fallback={fallback}>
          <SheetPreview controller={controller} state={state} text={text} />
        </Suspense>
      </section>
    </div>
  );
}

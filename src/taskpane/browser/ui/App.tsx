import { Caption1, Spinner, Subtitle2, Tab, TabList, Title3, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { PaneLocale } from '../../locale';
import type { PaneController } from '../controller';
import { browserStrings, type BrowserStrings } from '../strings';
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
const CheckStep = loaded(loadSteps, (m) => m.CheckStep);
const CollectStep = loaded(loadSteps, (m) => m.CollectStep);
const RankStep = loaded(loadSteps, (m) => m.RankStep);
const ExplainStep = loaded(loadSteps, (m) => m.ExplainStep);
const DownloadStep = loaded(loadSteps, (m) => m.DownloadStep);
const VerifyStep = loaded(loadSteps, (m) => m.VerifyStep);
const ApplyStep = loaded(loadSteps, (m) => m.ApplyStep);
const SchemeStep = loaded(loadScheme, (m) => m.default);
const ChartsStep = loaded(loadCharts, (m) => m.default);
const SheetPreview = loaded(loadGrid, (m) => m.default);

type Loader<T> = (() => Promise<T>) & { value?: T };

function once<T>(load: () => Promise<T>): Loader<T> {
  let p: Promise<T> | null = null;
  const loader: Loader<T> = () =>
    (p ??= load().then((value) => {
      loader.value = value;
      return value;
    }));
  return loader;
}

/**
 * A lazily loaded component that, once its chunk is in (preload fetches them after the first
 * paint), renders straight away: React.lazy alone suspends on its first render even then, and
 * React holds a revealed Suspense boundary back for up to 300 ms — a step's tab would open empty.
 */
function loaded<M, P extends object>(load: Loader<M>, pick: (m: M) => ComponentType<P>): ComponentType<P> {
  const Lazy = lazy(() => load().then((m) => ({ default: pick(m) })));
  return function Loaded(props: P) {
    // chosen once per mount, so a step never remounts (and loses its state) when its chunk arrives
    const [Component] = useState<ComponentType<P>>(() => (load.value === undefined ? Lazy : pick(load.value)));
    return <Component {...props} />;
  };
}

/** After the first paint, fetch the other steps while the clerk picks a file. */
function preload(preview: boolean) {
  for (const load of [...(preview ? [loadGrid] : []), loadSteps, loadScheme, loadCharts]) void load().catch(() => undefined);
}

const WIDE = '@media (min-width: 900px)';

/**
 * What differs where the pane runs; absent: the browser version. The Excel pane has no file to
 * open or download and no preview (Excel shows the sheets), a status line, and steps of its own.
 */
export interface PaneFrame {
  steps: readonly StepId[];
  /** Steps only this pane has, after `steps`. */
  extra?: { id: string; label: string; render: (props: StepProps) => ReactNode }[];
  text?: BrowserStrings;
  /** Above the steps (Excel: 请先结束单元格编辑, 结果已过期, what this Excel supports). */
  status?: ReactNode;
  preview: boolean;
  /** The step shown, when the frame holds it (the ribbon opens the pane on 检查数据). */
  step?: string;
  onStep?: (step: string) => void;
}

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
  single: { [WIDE]: { gridTemplateColumns: 'minmax(0, 1fr)', height: 'auto' } },
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

export function App({ controller, locale, frame }: { controller: PaneController; locale: PaneLocale; frame?: PaneFrame }) {
  const styles = useStyles();
  const text = frame?.text ?? browserStrings[locale];
  const state = usePaneState(controller);
  const steps = frame?.steps ?? STEPS;
  const [ownStep, setOwnStep] = useState<string>(steps[0] ?? 'open');
  const step = frame?.step ?? ownStep;
  const setStep = frame?.onStep ?? setOwnStep;
  const props: StepProps = { controller, state, text, locale, goTo: setStep };
  const extra = frame?.extra?.find((e) => e.id === step);
  const fallback = <Spinner size="tiny" label={text.loading} />;
  useEffect(() => {
    const timer = setTimeout(() => preload(frame?.preview !== false), 300);
    return () => clearTimeout(timer);
  }, [frame?.preview]);

  return (
    <div className={mergeClasses(styles.root, frame && !frame.preview && styles.single)} lang={locale}>
      <main className={styles.actions}>
        <header className={styles.header}>
          <div className={styles.titleRow}>
            <Title3 as="h1">{text.title}</Title3>
            <Caption1>{text.version(PERF_VERSION)}</Caption1>
          </div>
          <Caption1>{text.tagline}</Caption1>
        </header>
        {frame?.status}
        <TabList
          className={styles.tabs}
          aria-label={text.stepsLabel}
          selectedValue={step}
          onTabSelect={(_, data) => {
            controller.dismissNotice();
            setStep(data.value as string);
          }}
          size="small"
        >
          {steps.map((id) => (
            <Tab key={id} value={id} id={`step-${id}`} aria-controls="step-panel">
              {text.steps[id]}
            </Tab>
          ))}
          {frame?.extra?.map((e) => (
            <Tab key={e.id} value={e.id} id={`step-${e.id}`} aria-controls="step-panel">
              {e.label}
            </Tab>
          ))}
        </TabList>
        <NoticeBar notice={state.notice} text={text} />
        <section className={styles.panel} id="step-panel" role="tabpanel" aria-labelledby={`step-${step}`}>
          {extra ? (
            extra.render(props)
          ) : step === 'open' ? (
            <OpenStep {...props} />
          ) : (
            <Suspense fallback={fallback}>
              {step === 'collect' && <CollectStep {...props} />}
              {step === 'check' && <CheckStep {...props} />}
              {step === 'rank' && <RankStep {...props} />}
              {step === 'scheme' && <SchemeStep {...props} />}
              {step === 'explain' && <ExplainStep {...props} />}
              {step === 'verify' && <VerifyStep {...props} />}
              {step === 'charts' && <ChartsStep {...props} />}
              {step === 'download' && <DownloadStep {...props} />}
              {step === 'apply' && <ApplyStep {...props} />}
            </Suspense>
          )}
        </section>
      </main>
      {frame?.preview !== false && (
        <section className={styles.preview} aria-labelledby="preview-heading">
          <Subtitle2 as="h2" id="preview-heading">
            {text.previewHeading}
          </Subtitle2>
          <Suspense fallback={fallback}>
            <SheetPreview controller={controller} state={state} text={text} />
          </Suspense>
        </section>
      )}
    </div>
  );
}

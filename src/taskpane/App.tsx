import {
  Body1,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { catalog } from './function-catalog';
import type { PaneLocale } from './locale';
import { strings } from './strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  id: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
});

/** Every PERF function with its one-line description (generated from their JSDoc at build time). */
export function FunctionList({ locale }: { locale: PaneLocale }) {
  const styles = useStyles();
  const text = strings[locale];
  return catalog.length === 0 ? (
    <Body1>{text.noFunctions}</Body1>
  ) : (
    <ul className={styles.list} aria-label={text.functionsHeading}>
      {catalog.map((fn) => (
        <li key={fn.id} className={styles.item}>
          <span className={styles.id}>PERF.{fn.id}</span>
          <Caption1>{locale === 'zh-CN' ? fn.zh : fn.en}</Caption1>
        </li>
      ))}
    </ul>
  );
}

/** The task pane's page opened outside Excel (a plain browser): what it is, and the functions. */
export function App({ locale }: { locale: PaneLocale }) {
  const styles = useStyles();
  const text = strings[locale];
  return (
    <main className={styles.root} lang={locale}>
      <Title2 as="h1">{text.title}</Title2>
      <Body1>{text.intro}</Body1>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{text.outsideExcelTitle}</MessageBarTitle>
          {text.outsideExcel}
        </MessageBarBody>
      </MessageBar>
      <Subtitle2 as="h2">{text.functionsHeading}</Subtitle2>
      <FunctionList locale={locale} />
    </main>
  );
}

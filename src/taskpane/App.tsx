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

export interface AppProps {
  locale: PaneLocale;
  /** false in a plain browser: Office.onReady gave no host. */
  inExcel: boolean;
}

export function App({ locale, inExcel }: AppProps) {
  const styles = useStyles();
  const text = strings[locale];
  return (
    <main className={styles.root} lang={locale}>
      <Title2 as="h1">{text.title}</Title2>
      <Body1>{text.intro}</Body1>
      {!inExcel && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{text.outsideExcelTitle}</MessageBarTitle>
            {text.outsideExcel}
          </MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h2">{text.functionsHeading}</Subtitle2>
      {catalog.length === 0 ? (
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
      )}
    </main>
  );
}

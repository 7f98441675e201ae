import { Body1, Caption1, Field, Link, Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { ReadReport } from '../rank-view';
import type { BrowserStrings } from '../strings';
import { MessageList } from './MessageList';
import type { StepProps } from './step-props';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  colColumn: { width: '3em' },
  wrap: { overflowWrap: 'anywhere', whiteSpace: 'normal', verticalAlign: 'top', paddingBlock: tokens.spacingVerticalXS },
  meaning: { display: 'flex', flexDirection: 'column' },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function meaning(c: ReadReport['columns'][number], text: BrowserStrings): string[] {
  if (c.ignored !== undefined) return [text.roles.other, c.ignored];
  const out = [text.roles[c.role]];
  if (c.weight) out.push(text.weightFrom(c.weight.text, c.weight.from === 'scheme' ? text.fromScheme : text.fromHeader));
  if (c.cap !== undefined) out.push(text.cap(c.cap));
  return out;
}

export function CheckStep({ controller, state, text }: StepProps) {
  const styles = useStyles();
  const view = state.view;
  if (!view) return <Body1>{state.status === 'checking' ? text.checking : text.needWorkbook}</Body1>;
  const problems = view.ok ? [] : view.problems;
  const warnings = view.ok ? view.warnings : [];
  const read = view.read;
  const skipped = read?.skipped.filter((s) => s.reason !== '空行') ?? [];
  const candidates = state.sheets.filter((s) => s.perfKind === null);
  return (
    <>
      {candidates.length > 1 && (
        <Field label={text.sourceSheet}>
          <Select value={state.sourceSheet ?? ''} onChange={(_, d) => void controller.chooseSourceSheet(d.value || null)}>
            <option value="">{text.sourceSheetAuto}</option>
            {candidates.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Subtitle2 as="h3">{text.readHeading}</Subtitle2>
      {read ? (
        <>
          <Body1>{view.readLines[0]}</Body1>
          <Table size="small" className={styles.table} aria-label={text.readHeading}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.colColumn}>{text.colColumn}</TableHeaderCell>
                <TableHeaderCell>{text.colHeader}</TableHeaderCell>
                <TableHeaderCell>{text.colRole}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {read.columns.map((c) => (
                <TableRow key={c.cell}>
                  <TableCell className={styles.wrap}>
                    <Link as="button" onClick={() => controller.showCell(c.cell)} aria-label={text.showCell(c.cell)}>
                      {c.column}
                    </Link>
                  </TableCell>
                  <TableCell className={styles.wrap}>{c.header}</TableCell>
                  <TableCell className={styles.wrap}>
                    <span className={styles.meaning}>
                      {meaning(c, text).map((line, i) => (i === 0 ? <span key={i}>{line}</span> : <Caption1 key={i}>{line}</Caption1>))}
                    </span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {skipped.length > 0 && (
            <ul className={styles.lines}>
              {view.readLines.filter((l) => /^\s+第 \d+ 行/.test(l)).map((l) => (
                <li key={l}>
                  <Caption1>{l.trim()}</Caption1>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {problems.length > 0 && (
        <>
          <Subtitle2 as="h3">{text.problemsHeading(problems.length)}</Subtitle2>
          <MessageList items={problems} kind="error" controller={controller} text={text} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <Subtitle2 as="h3">{text.warningsHeading(warnings.length)}</Subtitle2>
          <MessageList items={warnings} kind="warning" controller={controller} text={text} />
        </>
      )}
      {problems.length === 0 && warnings.length === 0 && <Body1>{text.noProblems}</Body1>}
    </>
  );
}

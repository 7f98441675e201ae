import { Body1, Caption1, Field, Select, mergeClasses, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { filledSources } from '../provenance';
import { unitsInRankOrder } from '../summary';
import type { StepProps } from './step-props';

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  table: { tableLayout: 'fixed', width: '100%' },
  wrap: { overflowWrap: 'anywhere', whiteSpace: 'normal', verticalAlign: 'top' },
  num: { textAlign: 'right', width: '4.5em' },
  numHead: { width: '4.5em', '& > button, & > div': { justifyContent: 'flex-end' } },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function ExplainStep({ controller, state, text }: StepProps) {
  const styles = useStyles();
  const view = state.view;
  const picked = state.explainRow;
  if (!view?.ok) return <Body1>{text.needRanking}</Body1>;
  const units = unitsInRankOrder(view);
  const unit = units.find((u) => u.row === picked) ?? units[0];
  if (!unit) return <Body1>{text.needRanking}</Body1>;
  const dash = text.none;
  // cells collecting filled carry their source in PERF_RECORD ("来自 监察局.xlsx / Sheet1!D12")
  const sourceOf = filledSources(state.sheets);
  return (
    <>
      <Field label={text.pickUnit}>
        <Select value={String(unit.row)} onChange={(_, d) => controller.explain(Number(d.value))}>
          {units.map((u) => (
            <option key={u.row} value={u.row}>
              {`${u.rank ?? '—'}　${u.name}${view.hasCategory ? `（${u.category}）` : ''}`}
            </option>
          ))}
        </Select>
      </Field>
      <Subtitle2 as="h3">{unit.name}</Subtitle2>
      <dl className={styles.facts} data-testid="unit-facts">
        <dt className={styles.term}>{text.total}</dt>
        <dd className={styles.value}>{unit.total ?? dash}</dd>
        <dt className={styles.term}>{text.grade}</dt>
        <dd className={styles.value}>{unit.grade ?? dash}</dd>
        <dt className={styles.term}>{text.rank}</dt>
        <dd className={styles.value}>{unit.rank ?? dash}</dd>
        <dt className={styles.term}>{text.award}</dt>
        <dd className={styles.value}>{unit.awards.length > 0 ? unit.awards.join('、') : dash}</dd>
        {unit.excluded && (
          <>
            <dt className={styles.term}>{text.excluded}</dt>
            <dd className={styles.value}>✓</dd>
          </>
        )}
        {unit.veto && (
          <>
            <dt className={styles.term}>{text.veto}</dt>
            <dd className={styles.value}>✓</dd>
          </>
        )}
      </dl>
      <Table size="small" className={styles.table} aria-label={text.component}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{text.component}</TableHeaderCell>
            <TableHeaderCell className={styles.numHead}>{text.score}</TableHeaderCell>
            <TableHeaderCell className={styles.numHead}>{text.contribution}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {view.components.map((c, i) => (
            <TableRow key={c.header}>
              <TableCell className={styles.wrap}>
                <span>{c.header}</span>
                <Caption1 block>{`${text.weight} ${c.weight}`}</Caption1>
                {sourceOf(view.sheet, unit.row, c.col) && (
                  <Caption1 block data-testid="score-source">
                    {sourceOf(view.sheet, unit.row, c.col)}
                  </Caption1>
                )}
              </TableCell>
              <TableCell className={mergeClasses(styles.wrap, styles.num)}>{unit.scores[i] ?? text.blank}</TableCell>
              <TableCell className={mergeClasses(styles.wrap, styles.num)}>{unit.contributions[i] ?? '—'}</TableCell>
            </TableRow>
          ))}
          {unit.deduction !== null && (
            <TableRow>
              <TableCell className={styles.wrap}>{text.deduction}</TableCell>
              <TableCell className={styles.num} />
              <TableCell className={styles.num}>{`−${unit.deduction}`}</TableCell>
            </TableRow>
          )}
          {unit.bonus !== null && (
            <TableRow>
              <TableCell className={styles.wrap}>{text.bonus}</TableCell>
              <TableCell className={styles.num} />
              <TableCell className={styles.num}>{`+${unit.bonus}`}</TableCell>
            </TableRow>
          )}
          <TableRow>
            <TableCell className={styles.wrap}>
              <strong>{text.total}</strong>
            </TableCell>
            <TableCell className={styles.num} />
            <TableCell className={styles.num}>
              <strong>{unit.total ?? '—'}</strong>
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      {unit.notes.length > 0 && (
        <>
          <Subtitle2 as="h4">{text.notes}</Subtitle2>
          <ul className={styles.notes} data-testid="unit-notes">
            {unit.notes.map((n) => (
              <li key={n}>
                <Body1>{n}</Body1>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

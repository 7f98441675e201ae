import { Button, Caption1, Input, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { PairField } from '../scheme-form';
import type { LookupTableText } from '../strings';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 5.5em auto', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * One two-column table of the scheme (评价 → 比例, 档次 → 分值, 名次 → 分值): a row per entry,
 * rows added and removed; what is typed goes to validateScheme as it is.
 */
export function PairTable({ rows, text, onChange, numericKey }: { rows: PairField[]; text: LookupTableText; onChange: (rows: PairField[]) => void; numericKey?: boolean }) {
  const styles = useStyles();
  const set = (i: number, patch: Partial<PairField>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>
        <Subtitle2>{text.title}</Subtitle2>
      </legend>
      <Caption1>{text.hint}</Caption1>
      {rows.length > 0 && (
        <div className={styles.row} aria-hidden="true">
          <Caption1>{text.keyHead}</Caption1>
          <Caption1>{text.valueHead}</Caption1>
        </div>
      )}
      {rows.map((r, i) => (
        <div className={styles.row} key={i}>
          <Input value={r.key} aria-label={text.keyLabel(i + 1)} inputMode={numericKey ? 'numeric' : undefined} onChange={(_, d) => set(i, { key: d.value })} />
          <Input value={r.value} aria-label={text.valueLabel(i + 1)} placeholder={text.valueHint} inputMode="decimal" onChange={(_, d) => set(i, { value: d.value })} />
          <Button appearance="subtle" aria-label={text.remove(r.key)} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ✕
          </Button>
        </div>
      ))}
      <div>
        <Button
          onClick={() => {
            // a new place follows the last one
            const last = Number(rows.at(-1)?.key);
            onChange([...rows, { key: numericKey ? String(Number.isInteger(last) ? last + 1 : rows.length + 1) : '', value: '' }]);
          }}
        >
          {text.add}
        </Button>
      </div>
    </fieldset>
  );
}

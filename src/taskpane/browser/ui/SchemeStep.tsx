import { Body1, Button, Caption1, Field, Input, Radio, RadioGroup, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { saveBytes } from '../read-file';
import { formOf, otherAwardRules, schemeOf, type LookupTableId, type SchemeForm } from '../scheme-form';
import { MessageList } from './MessageList';
import { PairTable } from './PairTable';
import type { StepProps } from './step-props';

/** The editor waits this long after the last keystroke before the ranking runs again. */
const SETTLE_MS = 350;

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 5.5em auto', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  tierRow: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 5.5em auto',
    gridTemplateAreas: '"name count remove" "grade grade grade"',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heads: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 5.5em auto', columnGap: tokens.spacingHorizontalS },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(13em, 1fr))', gap: tokens.spacingHorizontalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' },
});

export default function SchemeStep({ controller, state, text }: StepProps) {
  const styles = useStyles();
  const [form, setForm] = useState<SchemeForm | null>(() => (state.scheme ? formOf(state.scheme) : null));
  const base = useRef(state.scheme);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** Typed but not yet handed to the ranking; handed over at once when the clerk leaves the step. */
  const pending = useRef<SchemeForm | null>(null);
  const importInput = useRef<HTMLInputElement>(null);

  // a new workbook or an imported file replaces what the editor shows
  useEffect(() => {
    base.current = controller.state.scheme;
    setForm(controller.state.scheme ? formOf(controller.state.scheme) : null);
  }, [state.schemeGeneration, controller]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current && base.current) void controller.changeScheme(schemeOf(base.current, pending.current));
    },
    [controller],
  );

  if (!form || !base.current) return <Body1>{text.needWorkbook}</Body1>;

  const change = (next: SchemeForm) => {
    setForm(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      pending.current = null;
      void controller.changeScheme(schemeOf(base.current!, next));
    }, SETTLE_MS);
  };
  const setBand = (i: number, patch: Partial<SchemeForm['bands'][number]>) =>
    change({ ...form, bands: form.bands.map((b, j) => (j === i ? { ...b, ...patch } : b)) });
  const setTier = (i: number, patch: Partial<SchemeForm['tiers'][number]>) =>
    change({ ...form, tiers: form.tiers.map((t, j) => (j === i ? { ...t, ...patch } : t)) });
  const labels = form.bands.map((b) => b.label.trim()).filter((l) => l !== '');
  const others = otherAwardRules(base.current);
  const { errors, warnings } = state.schemeCheck;

  return (
    <>
      <Caption1>{text.schemeSource(state.schemeEdited ? text.schemeEditedHere(state.schemeSource) : state.schemeSource)}</Caption1>
      <Body1>{text.schemeSaved}</Body1>
      {errors.length > 0 && (
        <>
          <Subtitle2 as="h3">{text.schemeErrors(errors.length)}</Subtitle2>
          <MessageList items={errors} kind="error" controller={controller} text={text} />
        </>
      )}

      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>{text.bands}</Subtitle2>
        </legend>
        <div className={styles.heads} aria-hidden="true">
          <Caption1>{text.grade}</Caption1>
          <Caption1>{text.bandMinHead}</Caption1>
        </div>
        {form.bands.map((b, i) => (
          <div className={styles.row} key={i}>
            <Input value={b.label} aria-label={text.bandLabel(i + 1)} onChange={(_, d) => setBand(i, { label: d.value })} />
            <Input
              value={b.min}
              aria-label={text.bandMin(i + 1)}
              placeholder={i === form.bands.length - 1 ? '—' : undefined}
              inputMode="decimal"
              onChange={(_, d) => setBand(i, { min: d.value })}
            />
            <Button
              appearance="subtle"
              aria-label={text.removeBand(b.label)}
              onClick={() => change({ ...form, bands: form.bands.filter((_, j) => j !== i) })}
            >
              ✕
            </Button>
          </div>
        ))}
        <Caption1>{text.bottomBand}</Caption1>
        <div>
          <Button
            onClick={() => {
              const bands = [...form.bands];
              bands.splice(Math.max(0, bands.length - 1), 0, { label: '', min: '' });
              change({ ...form, bands });
            }}
          >
            {text.addBand}
          </Button>
        </div>
      </fieldset>

      <Field label={text.method}>
        <RadioGroup value={form.method} onChange={(_, d) => change({ ...form, method: d.value as SchemeForm['method'] })}>
          <Radio value="competition" label={text.competition} />
          <Radio value="dense" label={text.dense} />
        </RadioGroup>
      </Field>

      <div className={styles.pair}>
        <Field label={text.deductionCap} hint={text.capHint}>
          <Input value={form.deductionCap} inputMode="decimal" onChange={(_, d) => change({ ...form, deductionCap: d.value })} />
        </Field>
        <Field label={text.bonusCap} hint={text.capHint}>
          <Input value={form.bonusCap} inputMode="decimal" onChange={(_, d) => change({ ...form, bonusCap: d.value })} />
        </Field>
      </div>
      <Field label={text.decimals} hint={text.decimalsHint}>
        <Input value={form.decimals} inputMode="numeric" onChange={(_, d) => change({ ...form, decimals: d.value })} />
      </Field>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>{text.tiers}</Subtitle2>
        </legend>
        {form.tiers.length > 0 && (
          <div className={styles.heads} aria-hidden="true">
            <Caption1>{text.tierNameHead}</Caption1>
            <Caption1>{text.tierCountHead}</Caption1>
          </div>
        )}
        {form.tiers.map((t, i) => (
          <div className={styles.tierRow} key={i}>
            <Input style={{ gridArea: 'name' }} value={t.name} aria-label={text.tierName(i + 1)} onChange={(_, d) => setTier(i, { name: d.value })} />
            <Input
              style={{ gridArea: 'count' }}
              value={t.count}
              aria-label={text.tierCount(i + 1)}
              placeholder={text.tierCountHint}
              onChange={(_, d) => setTier(i, { count: d.value })}
            />
            <Button
              style={{ gridArea: 'remove' }}
              appearance="subtle"
              aria-label={text.removeTier(t.name)}
              onClick={() => change({ ...form, tiers: form.tiers.filter((_, j) => j !== i) })}
            >
              ✕
            </Button>
            <Select
              style={{ gridArea: 'grade' }}
              value={t.minGrade}
              aria-label={text.tierMinGrade(i + 1)}
              onChange={(_, d) => setTier(i, { minGrade: d.value })}
            >
              <option value="">{text.anyGrade}</option>
              {labels.map((l) => (
                <option key={l} value={l}>
                  {`${l}${text.orBetter}`}
                </option>
              ))}
            </Select>
          </div>
        ))}
        <div>
          <Button onClick={() => change({ ...form, tiers: [...form.tiers, { name: '', count: '', minGrade: '' }] })}>{text.addTier}</Button>
        </div>
        {others > 0 && <Caption1>{text.otherRules(others)}</Caption1>}
      </fieldset>

      {(['ratings', 'tiers', 'ranks'] as LookupTableId[]).map((id) => (
        <PairTable
          key={id}
          rows={form.tables[id]}
          text={text.lookupTables[id]}
          numericKey={id === 'ranks'}
          onChange={(rows) => change({ ...form, tables: { ...form.tables, [id]: rows } })}
        />
      ))}

      {warnings.length > 0 && (
        <>
          <Subtitle2 as="h3">{text.schemeWarnings(warnings.length)}</Subtitle2>
          <MessageList items={warnings} kind="warning" controller={controller} text={text} />
        </>
      )}

      <div className={styles.buttons}>
        <Button onClick={() => importInput.current?.click()}>{text.importScheme}</Button>
        <Button
          onClick={async () => {
            const json = await controller.exportScheme();
            if (json) saveBytes(json, '方案.json', 'application/json');
          }}
        >
          {text.exportScheme}
        </Button>
        <input
          ref={importInput}
          className={styles.hidden}
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-label={text.importScheme}
          data-testid="scheme-input"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) await controller.importScheme(await file.text());
          }}
        />
      </div>
    </>
  );
}

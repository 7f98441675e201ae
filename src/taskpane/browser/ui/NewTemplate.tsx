import { Body1, Button, Caption1, Checkbox, Dropdown, Field, Option, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { TemplateChoice } from '../controller';
import { saveBytes } from '../read-file';
import type { StepProps } from './step-props';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
});

/** 新建模板: choose a template (and its variant), download it as .xlsx — or, inside Excel (`insert`), put its sheets into the open workbook. */
export function NewTemplate({ controller, text, insert = false }: Pick<StepProps, 'controller' | 'text'> & { insert?: boolean }) {
  const styles = useStyles();
  const [choices, setChoices] = useState<TemplateChoice[]>([]);
  const [name, setName] = useState('');
  const [variant, setVariant] = useState('');
  const [protect, setProtect] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    void controller.templates().then((list) => {
      setChoices(list);
      setName(list[0]?.name ?? '');
      setVariant(list[0]?.variants[0]?.id ?? '');
    });
  }, [controller]);
  const chosen = choices.find((c) => c.name === name);
  return (
    <section className={styles.root} aria-labelledby="new-template-heading" data-testid="new-template">
      <Subtitle2 as="h2" id="new-template-heading">
        {text.newTemplateHeading}
      </Subtitle2>
      <Body1>{insert ? text.insertTemplateHint : text.newTemplateHint}</Body1>
      <Field label={text.templateLabel} hint={chosen?.purpose}>
        <Dropdown
          value={name}
          selectedOptions={[name]}
          onOptionSelect={(_, d) => {
            const next = choices.find((c) => c.name === d.optionValue);
            setName(d.optionValue ?? '');
            setVariant(next?.variants[0]?.id ?? '');
            setSaved('');
          }}
          data-testid="template-choice"
        >
          {choices.map((c) => (
            <Option key={c.name} value={c.name}>
              {c.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {chosen && chosen.variants.length > 1 && (
        <Field label={text.variantLabel}>
          <Dropdown
            value={chosen.variants.find((v) => v.id === variant)?.label ?? ''}
            selectedOptions={[variant]}
            onOptionSelect={(_, d) => setVariant(d.optionValue ?? '')}
            data-testid="template-variant"
          >
            {chosen.variants.map((v) => (
              <Option key={v.id} value={v.id} text={v.label}>
                {v.label}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Checkbox checked={protect} onChange={(_, d) => setProtect(d.checked === true)} label={text.protectLabel} />
      <div>
        <Button
          disabled={!chosen || busy}
          data-testid="new-template-button"
          onClick={async () => {
            setBusy(true);
            setError('');
            try {
              if (insert) {
                const report = await controller.insertTemplate(name, variant || undefined, protect);
                if (report) setSaved(text.templateInserted(report.written.map((w) => w.actual)));
              } else {
                const file = await controller.newTemplate(name, variant || undefined, protect);
                saveBytes(file.bytes, file.name, XLSX_TYPE);
                setSaved(text.templateSaved(file.name));
              }
            } catch (e) {
              setError(e instanceof Error ? e.message : String(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          {insert ? text.insertTemplateButton : text.newTemplateButton}
        </Button>
      </div>
      {saved && <Caption1 role="status">{saved}</Caption1>}
      {error && <Caption1 role="alert">{error}</Caption1>}
    </section>
  );
}

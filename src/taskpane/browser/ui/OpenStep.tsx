import { Body1, Button, Caption1, ProgressBar, Field, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { ACCEPT } from '../file-kind';
import { fetchFile, readFile } from '../read-file';
import { useDropZoneStyles } from './drop-zone-styles';
import { DropZone } from './DropZone';
import type { StepProps } from './step-props';
import { NewTemplate } from './NewTemplate';

/** The bundled sample (sample/sample.xlsx: seed 002's counties with a 方案 sheet), copied into dist/ by the build. */
export const SAMPLE = { url: 'samples/sample.xlsx', name: '示例-县区绩效考评汇总.xlsx' };

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function OpenStep({ controller, state, text, goTo }: StepProps) {
  const styles = useStyles();
  const zone = useDropZoneStyles();
  const input = useRef<HTMLInputElement>(null);
  const busy = state.status === 'opening' || state.status === 'checking';

  const open = async (file: File) => {
    await controller.open(file.name, readFile(file));
    if (controller.state.view) goTo('check');
  };

  return (
    <>
      <DropZone
        testId="drop-zone"
        onFiles={(files) => {
          const file = files[0];
          if (file) void open(file);
        }}
      >
        {(over) => (
          <>
            <div className={styles.buttons}>
              <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy}>
                {text.chooseFile}
              </Button>
              <Button
                onClick={async () => {
                  await controller.open(SAMPLE.name, fetchFile(SAMPLE.url));
                  if (controller.state.view) goTo('check');
                }}
                disabled={busy}
              >
                {text.openSample}
              </Button>
            </div>
            <Body1>{over ? text.dropActive : text.dropHint}</Body1>
            <input
              ref={input}
              className={zone.hidden}
              type="file"
              accept={ACCEPT}
              tabIndex={-1}
              aria-label={text.chooseFile}
              data-testid="file-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void open(file);
              }}
            />
          </>
        )}
      </DropZone>
      {state.status === 'opening' && (
        <Field validationMessage={state.progress === null ? text.unpacking : text.reading(Math.round(state.progress * 100))} validationState="none">
          <ProgressBar value={state.progress ?? undefined} />
        </Field>
      )}
      {state.status === 'checking' && <ProgressBar aria-label={text.checking} />}
      {state.fileName && state.status === 'ready' && <Body1>{text.opened(state.fileName, state.sheets.length)}</Body1>}
      <Caption1>{text.localOnly}</Caption1>
      <NewTemplate controller={controller} text={text} />
    </>
  );
}

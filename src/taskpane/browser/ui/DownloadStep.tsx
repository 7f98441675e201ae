import { Body1, Button } from '@fluentui/react-components';
import { useState } from 'react';
import { resultFileName } from '../file-kind';
import { saveBytes } from '../read-file';
import type { StepProps } from './step-props';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function DownloadStep({ controller, state, text }: StepProps) {
  const [busy, setBusy] = useState(false);
  if (!state.fileName) return <Body1>{text.needWorkbook}</Body1>;
  const name = resultFileName(state.fileName);
  return (
    <>
      {!state.ranked && <Body1>{text.rankBeforeDownload}</Body1>}
      <Body1>{text.downloadHint(name)}</Body1>
      <div>
        <Button
          appearance="primary"
          size="large"
          disabled={!state.ranked || busy || state.status !== 'ready'}
          onClick={async () => {
            setBusy(true);
            try {
              const file = await controller.download();
              if (file) saveBytes(file.bytes, file.name, XLSX_TYPE);
            } finally {
              setBusy(false);
            }
          }}
        >
          {text.downloadButton}
        </Button>
      </div>
    </>
  );
}

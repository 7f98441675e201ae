import { Body1, Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { VerifyOutcome } from '../adapter';
import type { StepProps } from './step-props';

/** 6 校验: the same check as perf verify, on the opened workbook. */
export function VerifyStep({ controller, state, text }: StepProps) {
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<VerifyOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  if (!state.fileName) return <Body1>{text.needWorkbook}</Body1>;
  return (
    <>
      <Body1>{text.verifyHint}</Body1>
      <Field label={text.verifyCode}>
        <Input value={code} onChange={(_, d) => setCode(d.value)} placeholder="7F3A-92C1-4D0B-E815" />
      </Field>
      <div>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              setOutcome(await controller.verify(code));
            } finally {
              setBusy(false);
            }
          }}
        >
          {text.verifyButton}
        </Button>
      </div>
      {outcome && <VerifyResult outcome={outcome} text={text} />}
    </>
  );
}

function VerifyResult({ outcome, text }: { outcome: VerifyOutcome; text: StepProps['text'] }) {
  if (!outcome.ok)
    return (
      <MessageBar intent="error" data-testid="verify-result">
        <MessageBarBody>
          {text.verifyCannot}
          <ul>
            {outcome.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  if (outcome.matches)
    return (
      <MessageBar intent="success" data-testid="verify-result">
        <MessageBarBody>{text.verifyPassed(outcome.posted)}</MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="warning" data-testid="verify-result">
      <MessageBarBody>
        {outcome.current === outcome.posted ? text.verifyUnchangedBut(outcome.posted) : text.verifyFailed(outcome.posted, outcome.current)}
        <ul>
          {outcome.findings.map((f, i) => (
            <li key={i}>{f}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

import { Body1, Button, Caption1, Field, ProgressBar, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useRef } from 'react';
import { ACCEPT } from '../file-kind';
import { readFile } from '../read-file';
import { MessageList } from './MessageList';
import { useDropZoneStyles } from './drop-zone-styles';
import { DropZone } from './DropZone';
import type { StepProps } from './step-props';

/** 收集: many workbooks dropped at once into the opened summary, read in the page, with progress. */
export function CollectStep({ controller, state, text }: StepProps) {
  const zone = useDropZoneStyles();
  const input = useRef<HTMLInputElement>(null);
  const busy = state.collecting !== null || state.status !== 'ready';
  const collect = (files: FileList | null | undefined) => {
    const list = [...(files ?? [])].filter((f) => /\.xls[xm]$/i.test(f.name));
    if (list.length > 0) void controller.collect(list.map((f) => ({ name: f.name, read: readFile(f) })));
  };
  if (!state.fileName) return <Body1>{text.collectNeedSummary}</Body1>;
  const done = state.collected;
  return (
    <>
      <Body1>{text.collectHint}</Body1>
      <DropZone testId="collect-drop-zone" onFiles={collect}>
        {() => (
          <>
            <Button appearance="primary" onClick={() => input.current?.click()} disabled={busy}>
              {text.collectChoose}
            </Button>
            <Body1>{text.collectDrop}</Body1>
            <input
              ref={input}
              className={zone.hidden}
              type="file"
              multiple
              accept={ACCEPT}
              tabIndex={-1}
              aria-label={text.collectChoose}
              data-testid="collect-input"
              onChange={(e) => {
                const files = e.target.files;
                collect(files);
                e.target.value = '';
              }}
            />
          </>
        )}
      </DropZone>
      {state.collecting && (
        <Field validationMessage={text.collectReading(state.collecting.done, state.collecting.total, state.collecting.file)} validationState="none">
          <ProgressBar value={state.collecting.total ? state.collecting.done / state.collecting.total : undefined} />
        </Field>
      )}
      {done && (
        <>
          <Body1 data-testid="collect-result">
            {text.collectResult(done.filled, done.summarySheet, done.lines.filter((l) => l.status === '已收到').length, done.lines.filter((l) => l.status === '未收到').length, done.problems.length)}
          </Body1>
          <Subtitle2 as="h3">{text.collectLinesHeading}</Subtitle2>
          <Table size="small" aria-label={text.collectLinesHeading}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>报送内容</TableHeaderCell>
                <TableHeaderCell>状态</TableHeaderCell>
                <TableHeaderCell>文件</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {done.lines.map((l, i) => (
                <TableRow key={i}>
                  <TableCell>{l.what}</TableCell>
                  <TableCell>{l.status}</TableCell>
                  <TableCell>
                    {l.file}
                    {l.taken && <Caption1 block>{l.taken}</Caption1>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Subtitle2 as="h3">{text.collectProblemsHeading(done.problems.length)}</Subtitle2>
          {done.problems.length > 0 ? <MessageList items={done.problems} kind="warning" controller={controller} text={text} /> : <Body1>{text.noProblems}</Body1>}
        </>
      )}
    </>
  );
}

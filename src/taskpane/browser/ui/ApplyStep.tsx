import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { cellRef as ref, columnLetters } from '../../../sheet/address';
import type { ApplyOutcome, ApplyProposal } from '../adapter';
import { saveBytes } from '../read-file';
import type { StepProps } from './step-props';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  cells: { maxHeight: '320px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}` },
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});


/**
 * 套用到现有表格: preview the cells PERF would add to the clerk's own sheet, add them once
 * the clerk confirms, download the workbook, and 撤销本次套用.
 */
export function ApplyStep({ controller, state, text }: StepProps) {
  const t = text.applyStep;
  const styles = useStyles();
  const [sheet, setSheet] = useState<string | null>(null);
  const [preview, setPreview] = useState<ApplyOutcome | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Which application 撤销本次套用 takes back: its number in state.applications (1 = the latest). */
  const [undoChoice, setUndoChoice] = useState(1);
  if (!state.fileName) return <Body1>{text.needWorkbook}</Body1>;
  const clerkSheets = state.sheets.filter((s) => s.perfKind === null).map((s) => s.name);
  const busyWhile = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const proposal: ApplyProposal | null = preview?.ok ? preview.proposal : null;

  return (
    <>
      <Body1>{t.hint}</Body1>
      <Field label={t.sheetLabel}>
        <Dropdown
          value={sheet ?? t.autoSheet}
          selectedOptions={[sheet ?? '']}
          onOptionSelect={(_, d) => {
            setSheet(d.optionValue ? d.optionValue : null);
            setPreview(null);
          }}
        >
          <Option value="">{t.autoSheet}</Option>
          {clerkSheets.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() =>
            busyWhile(async () => {
              setDone(null);
              setPreview(await controller.previewApply(sheet));
            })
          }
        >
          {t.previewButton}
        </Button>
      </div>
      {preview && !preview.ok && (
        <MessageBar intent="error" data-testid="apply-problems">
          <MessageBarBody>
            {t.cannot}
            <ul>
              {preview.problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {proposal && <ProposalView proposal={proposal} text={t} styles={styles} />}
      {proposal && proposal.cells.length > 0 && !done && (
        <>
          <Body1>{t.confirmHint(proposal.cells.length, proposal.sheet)}</Body1>
          <div>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() =>
                busyWhile(async () => {
                  const outcome = await controller.confirmApply(sheet ?? proposal.sheet);
                  if (outcome?.ok) setDone(t.confirmed(outcome.proposal.cells.length, outcome.proposal.sheet, controller.holdsFile));
                  else setPreview(outcome);
                })
              }
            >
              {t.confirmButton}
            </Button>
          </div>
        </>
      )}
      {done && (
        <MessageBar intent="success" data-testid="apply-done">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {state.applications.length > 1 && (
        <Field label={t.undoWhichLabel}>
          <Dropdown
            data-testid="apply-undo-which"
            value={t.undoWhich(state.applications[Math.min(undoChoice, state.applications.length) - 1]!.label, state.applications[Math.min(undoChoice, state.applications.length) - 1]!.cells)}
            selectedOptions={[String(Math.min(undoChoice, state.applications.length))]}
            onOptionSelect={(_, d) => setUndoChoice(Number(d.optionValue ?? 1))}
          >
            {state.applications.map((a, i) => (
              <Option key={`${i}-${a.label}`} value={String(i + 1)} text={t.undoWhich(a.label, a.cells)}>
                {t.undoWhich(a.label, a.cells)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {(done || state.appliedSheets.length > 0) && (
        <div className={styles.row}>
          {controller.holdsFile && (
            <Button
              disabled={busy}
              onClick={() =>
                busyWhile(async () => {
                  const file = await controller.downloadApplied();
                  if (file) saveBytes(file.bytes, file.name, XLSX_TYPE);
                })
              }
            >
              {t.downloadButton}
            </Button>
          )}
          {state.appliedSheets.length > 0 && (
            <Button
              disabled={busy}
              onClick={() =>
                busyWhile(async () => {
                  // the latest application unless the clerk chose another in the list
                  const chosen = state.applications.length > 1 ? Math.min(undoChoice, state.applications.length) : undefined;
                  const result = await controller.undoApply(sheet && state.appliedSheets.includes(sheet) ? sheet : null, chosen);
                  setPreview(null);
                  setUndoChoice(1);
                  if (!result) return;
                  if (!result.undo.ok) setPreview({ ok: false, problems: result.undo.problems });
                  else {
                    const edited = result.report?.edited?.[0];
                    const kept = edited?.kept.length ? ` ${t.kept(edited.kept.join('、'))}` : '';
                    const notes = result.undo.notes.length ? ` ${result.undo.notes.join('；')}` : '';
                    setDone(t.undoneWhich(result.undo.application.label, edited?.cleared.length ?? 0, result.undo.sheet) + kept + notes);
                  }
                })
              }
            >
              {t.undoButton}
            </Button>
          )}
        </div>
      )}
      {state.appliedSheets.length > 0 && <Caption1>{t.undoHint(state.appliedSheets.map((s) => `“${s}”`).join('、'))}</Caption1>}
    </>
  );
}

function ProposalView({ proposal, text, styles }: { proposal: ApplyProposal; text: StepProps['text']['applyStep']; styles: ReturnType<typeof useStyles> }) {
  return (
    <>
      <ul data-testid="apply-columns">
        {proposal.columns.map((c) => (
          <li key={c.column}>
            <Body1>
              {text.columnWhere(columnLetters(c.column), c.header, c.isNew)}：{c.how}
            </Body1>
          </li>
        ))}
      </ul>
      {proposal.cells.length === 0 ? (
        <Body1>{text.nothingToAdd}</Body1>
      ) : (
        <div className={styles.cells}>
          <Table size="extra-small" aria-label={text.cellsTable}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{text.columns.cell}</TableHeaderCell>
                <TableHeaderCell>{text.columns.row}</TableHeaderCell>
                <TableHeaderCell>{text.columns.formula}</TableHeaderCell>
                <TableHeaderCell>{text.columns.value}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {proposal.cells.map((c) => (
                <TableRow key={`${c.row}:${c.column}`}>
                  <TableCell>{ref(c.row, c.column)}</TableCell>
                  <TableCell>{c.label}</TableCell>
                  <TableCell className={styles.formula}>{c.formula ? `=${c.formula}` : ''}</TableCell>
                  <TableCell>{c.value === '' || c.value === null ? text.blankValue : String(c.value)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {(proposal.notes.length > 0 || proposal.warnings.length > 0) && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {text.notesHeading}
            <ul>
              {[...proposal.notes, ...proposal.warnings.map((w) => w.message)].map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

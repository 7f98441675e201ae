import { Body1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Warning } from '../adapter';
import { parseCellRef } from '../cell-ref';
import type { PaneController } from '../controller';
import type { BrowserStrings } from '../strings';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`, paddingLeft: tokens.spacingHorizontalS },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}`, paddingLeft: tokens.spacingHorizontalS },
});

/** The message without the cell it starts with, since the cell is shown as a link above it. */
function messageText(w: Warning): string {
  return w.cell && w.message.startsWith(w.cell) ? w.message.slice(w.cell.length).replace(/^[：:\s]+/, '') : w.message;
}

/** Problems or warnings, each with its cell; a cell of this workbook is a link that shows it in the preview. */
export function MessageList({ items, kind, controller, text }: { items: Warning[]; kind: 'error' | 'warning'; controller: PaneController; text: BrowserStrings }) {
  const styles = useStyles();
  const sheets = controller.state.sheets;
  return (
    <ul className={styles.list}>
      {items.map((w, i) => {
        const ref = parseCellRef(w.cell);
        const inWorkbook = ref !== null && sheets.some((s) => s.name === ref.sheet);
        return (
          <li key={i} className={`${styles.item} ${kind === 'error' ? styles.error : styles.warning}`}>
            {inWorkbook ? (
              <Link as="button" onClick={() => controller.showCell(w.cell)} aria-label={text.showCell(w.cell)}>
                {w.cell}
              </Link>
            ) : (
              w.cell && <Text weight="semibold">{w.cell}</Text>
            )}
            <Body1>{messageText(w)}</Body1>
          </li>
        );
      })}
    </ul>
  );
}

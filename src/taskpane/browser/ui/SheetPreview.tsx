import { Body1, Caption1, Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { columnLetters } from '../../../sheet/address';
import type { PaneController, PaneState } from '../controller';
import type { BrowserStrings } from '../strings';
import { headerRowsOf } from './header-rows';
import { ROW_HEADER_WIDTH, ROW_HEIGHT, cellText, columnWidths, mergeIndex, offsets, rowsInView, scrollTarget, textWidth } from './grid-layout';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, flexGrow: 1, minHeight: 0 },
  tabs: { overflowX: 'auto', flexShrink: 0 },
  scroller: {
    position: 'relative',
    flexGrow: 1,
    minHeight: '200px',
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  canvas: { display: 'grid', position: 'relative' },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 3, backgroundColor: tokens.colorNeutralBackground3 },
  colHeads: { position: 'sticky', top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3 },
  rowHeads: { position: 'sticky', left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3 },
  head: {
    position: 'absolute',
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  body: { position: 'relative' },
  row: { position: 'absolute', left: 0 },
  cell: {
    position: 'absolute',
    boxSizing: 'border-box',
    paddingInline: '4px',
    lineHeight: `${ROW_HEIGHT - 1}px`,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  number: { textAlign: 'right' },
  merged: { fontWeight: tokens.fontWeightSemibold },
  tall: { whiteSpace: 'normal', lineHeight: '1.3', display: 'flex', alignItems: 'center', overflowWrap: 'anywhere' },
  centred: { justifyContent: 'center', textAlign: 'center' },
  pinned: { position: 'sticky', left: `${ROW_HEADER_WIDTH + 4}px`, display: 'inline-block', maxWidth: '100%' },
  header: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
  highlight: { outline: `3px solid ${tokens.colorPaletteMarigoldBorderActive}`, outlineOffset: '-3px', backgroundColor: tokens.colorPaletteYellowBackground2, zIndex: 1 },
  status: { minHeight: '1.4em' },
});

export default function SheetPreview({ controller, state, text }: { controller: PaneController; state: PaneState; text: BrowserStrings }) {
  const styles = useStyles();
  const sheet = state.sheets.find((s) => s.name === state.activeSheet) ?? state.sheets[0];
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, left: 0, height: 400, width: 600 });

  const layout = useMemo(() => {
    if (!sheet) return null;
    const widths = columnWidths(sheet);
    return { widths, x: offsets(widths), merges: mergeIndex(sheet.merges) };
  }, [sheet]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView((v) => ({ ...v, height: el.clientHeight, width: el.clientWidth }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [sheet !== undefined]);

  // a new sheet starts at A1; a highlighted cell is scrolled into view
  const highlight = state.highlight && sheet && state.highlight.sheet === sheet.name ? state.highlight : null;
  useEffect(() => {
    const el = scroller.current;
    if (!el || !layout) return;
    const target = highlight ? scrollTarget(highlight.row, highlight.col, layout.x, el.clientHeight, el.clientWidth) : { top: 0, left: 0 };
    el.scrollTo(target);
    setView((v) => ({ ...v, ...target }));
    if (highlight && el.getBoundingClientRect().top > window.innerHeight) el.scrollIntoView({ block: 'nearest' });
  }, [sheet?.name, highlight?.row, highlight?.col, layout]);

  if (!sheet || !layout) return <Body1>{text.previewEmpty}</Body1>;
  const centred = (shown: string, w: number) => textWidth(shown) + 8 <= w && w <= view.width - ROW_HEADER_WIDTH;

  const rowCount = sheet.values.length;
  const colCount = layout.widths.length;
  const width = layout.x[colCount]!;
  const height = rowCount * ROW_HEIGHT;
  const rows = rowsInView(view.top, view.height, rowCount, sheet.merges);
  const firstCol = Math.max(0, layout.x.findIndex((x) => x + 240 > view.left) - 1);
  const lastX = view.left + view.width + 240;
  const cols: number[] = [];
  for (let c = firstCol; c < colCount && layout.x[c]! < lastX; c++) cols.push(c);
  const headerRows = headerRowsOf(state, sheet.name);

  return (
    <div className={styles.root}>
      <div className={styles.tabs}>
        <TabList size="small" aria-label={text.sheetTabs} selectedValue={sheet.name} onTabSelect={(_, d) => controller.selectSheet(String(d.value))}>
          {state.sheets.map((s) => (
            <Tab key={s.name} value={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      </div>
      <div
        ref={scroller}
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-label={text.previewLabel(sheet.name)}
        data-testid="sheet-preview"
        onScroll={(e) => {
          const el = e.currentTarget;
          setView((v) => ({ ...v, top: el.scrollTop, left: el.scrollLeft }));
        }}
      >
        <div
          className={styles.canvas}
          role="table"
          aria-label={sheet.name}
          aria-rowcount={rowCount}
          aria-colcount={colCount}
          style={{ gridTemplateColumns: `${ROW_HEADER_WIDTH}px ${width}px`, gridTemplateRows: `${ROW_HEIGHT}px ${height}px` }}
        >
          <div className={styles.corner} aria-hidden="true" />
          <div className={styles.colHeads} aria-hidden="true">
            {cols.map((c) => (
              <div key={c} className={styles.head} style={{ left: layout.x[c], width: layout.widths[c], height: ROW_HEIGHT }}>
                {columnLetters(c)}
              </div>
            ))}
          </div>
          <div className={styles.rowHeads} aria-hidden="true">
            {rows.map((r) => (
              <div key={r} className={styles.head} style={{ top: r * ROW_HEIGHT, width: ROW_HEADER_WIDTH, height: ROW_HEIGHT }}>
                {r + 1}
              </div>
            ))}
          </div>
          <div className={styles.body} role="rowgroup">
            {rows.map((r) => {
              const values = sheet.values[r] ?? [];
              const here = new Set(cols);
              // a merge that starts left of the window still shows
              for (const m of sheet.merges) if (m.top === r && m.left < firstCol && m.right >= firstCol) here.add(m.left);
              return (
                <div key={r} className={styles.row} role="row" aria-rowindex={r + 1} style={{ top: r * ROW_HEIGHT, height: ROW_HEIGHT, width }}>
                  {[...here]
                    .sort((a, b) => a - b)
                    .map((c) => {
                      const key = `${r},${c}`;
                      if (layout.merges.covered.has(key)) return null;
                      const m = layout.merges.starts.get(key);
                      const v = values[c];
                      const marked = highlight !== null && highlight.row === r && highlight.col === c;
                      const w = m ? layout.x[m.right + 1]! - layout.x[c]! : layout.widths[c]!;
                      const h = m ? (m.bottom - m.top + 1) * ROW_HEIGHT : ROW_HEIGHT;
                      const shown = cellText(v);
                      return (
                        <div
                          key={c}
                          role="cell"
                          aria-colindex={c + 1}
                          title={shown.length > 8 ? shown : undefined}
                          data-cell={`${columnLetters(c)}${r + 1}`}
                          data-highlighted={marked || undefined}
                          className={mergeClasses(
                            styles.cell,
                            typeof v === 'number' && styles.number,
                            headerRows.has(r) && styles.header,
                            m && styles.merged,
                            m && m.bottom > m.top && styles.tall,
                            // a title that fits is centred as Excel shows it; a long note, or a merge wider than the
                            // view (a title over 15 columns at 320 px), starts at the left and stays there when scrolled
                            m && centred(shown, w) && styles.centred,
                            marked && styles.highlight,
                          )}
                          style={{ left: layout.x[c], width: w, height: h }}
                        >
                          {m && !centred(shown, w) ? <span className={styles.pinned}>{shown}</span> : shown}
                        </div>
                      );
                    })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <div className={styles.status} role="status" aria-live="polite">
        <Caption1>
          {highlight ? text.highlighted(`${sheet.name}!${columnLetters(highlight.col)}${highlight.row + 1}`) : text.sheetSize(rowCount, colCount)}
        </Caption1>
      </div>
    </div>
  );
}

import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { gradeShares, totalBars } from '../chart-data';
import type { RankedView } from '../rank-view';
import type { BrowserStrings } from '../strings';
import type { StepProps } from './step-props';

/** Grade colours, best first; each passes 3:1 against white and against its neighbours' text. */
const GRADE_COLOURS = ['#0f6cbd', '#2e7d32', '#a05a00', '#c50f1f', '#5c2e91', '#4f4f4f'];
const colourOf = (grades: string[], grade: string | null) => (grade === null ? '#8a8a8a' : GRADE_COLOURS[grades.indexOf(grade) % GRADE_COLOURS.length]!);

const W = 300;
const FONT = 12;

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  svg: { width: '100%', maxWidth: '560px', height: 'auto', overflow: 'visible' },
});

function GradeChart({ view, text }: { view: RankedView; text: BrowserStrings }) {
  const styles = useStyles();
  const rows = gradeShares(view);
  const rowH = 46;
  const legendY = rows.length * rowH + 8;
  const height = legendY + Math.ceil(view.grades.length / 3) * 20 + 4;
  const desc = rows
    .map((r) => text.labelled(r.category || text.allUnits, r.grades.map((g) => `${g.grade} ${text.units(g.count)}`).join(text.listSeparator)))
    .join('；');
  return (
    <figure className={styles.figure}>
      <Subtitle2 as="h3" id="grade-chart-title">
        {text.gradeChart}
      </Subtitle2>
      <svg className={styles.svg} viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby="grade-chart-title grade-chart-desc" fontSize={FONT}>
        <desc id="grade-chart-desc">{desc}</desc>
        {rows.map((r, i) => {
          const y = i * rowH;
          let x = 0;
          return (
            <g key={r.category} transform={`translate(0 ${y})`}>
              <text x={0} y={FONT} fill="#242424">{`${r.category || text.allUnits}（${text.units(r.units)}）`}</text>
              {r.grades.map((g) => {
                const w = r.units === 0 ? 0 : (g.count / r.units) * W;
                const seg = (
                  <g key={g.grade}>
                    <rect x={x} y={18} width={w} height={22} fill={colourOf(view.grades, g.grade)} />
                    {w >= 22 && (
                      <text x={x + w / 2} y={33} fill="#ffffff" textAnchor="middle">
                        {g.count}
                      </text>
                    )}
                  </g>
                );
                x += w;
                return seg;
              })}
            </g>
          );
        })}
        {view.grades.map((g, i) => (
          <g key={g} transform={`translate(${(i % 3) * 100} ${legendY + Math.floor(i / 3) * 20})`}>
            <rect width={12} height={12} fill={colourOf(view.grades, g)} />
            <text x={16} y={11} fill="#242424">
              {g}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

function TotalsChart({ view, text }: { view: RankedView; text: BrowserStrings }) {
  const styles = useStyles();
  return (
    <>
      {totalBars(view).map((c, k) => {
        const rowH = 36;
        const height = c.bars.length * rowH + 22;
        const scale = (v: number) => ((v - c.axisFrom) / (c.axisTo - c.axisFrom)) * (W - 44);
        const title = text.totalsChart(c.category || text.allUnits);
        const id = `totals-${k}`;
        return (
          <figure className={styles.figure} key={c.category}>
            <Subtitle2 as="h3" id={`${id}-title`}>
              {title}
            </Subtitle2>
            <svg className={styles.svg} viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} fontSize={FONT}>
              <desc id={`${id}-desc`}>
                {`${text.axisFrom(c.axisFrom)}。` + c.bars.map((b) => `${b.label} ${b.text}${b.grade ? ` ${b.grade}` : ''}`).join('；')}
              </desc>
              {c.bars.map((b, i) => {
                const y = i * rowH;
                const w = Math.max(2, scale(b.value));
                return (
                  <g key={b.label} transform={`translate(0 ${y})`}>
                    <text x={0} y={FONT}>
                      {b.label}
                    </text>
                    <rect x={0} y={17} width={w} height={14} fill={colourOf(view.grades, b.grade)} />
                    <text x={w + 4} y={29} fill="#242424">
                      {b.text}
                    </text>
                  </g>
                );
              })}
              <text x={0} y={height - 4} fill="#616161">
                {text.axisFrom(c.axisFrom)}
              </text>
            </svg>
          </figure>
        );
      })}
    </>
  );
}

export default function ChartsStep({ state, text }: StepProps) {
  const view = state.view;
  if (!view?.ok) return <Body1>{text.needRanking}</Body1>;
  return (
    <>
      <GradeChart view={view} text={text} />
      <TotalsChart view={view} text={text} />
    </>
  );
}

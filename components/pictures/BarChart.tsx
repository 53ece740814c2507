import { barChart, type Bar } from '@/lib/pictures/bars';
import './pictures.css';

interface Props {
  bars: Bar[];
  /** The picture's text alternative: what it shows, in a sentence or two. */
  label: string;
  /** The largest value the scale shows (the bars' total, or 1 for shares). */
  max: number;
}

/** Horizontal bars, drawn on the server: a label, a bar, and its value written beside it. */
export function BarChart({ bars, label, max }: Props) {
  const chart = barChart(bars, max);
  return (
    <svg className="bars-svg" viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={label}>
      {chart.bars.map((bar) => (
        <g key={bar.id}>
          <text className="bar-label" x={chart.labelWidth - 8} y={bar.y + bar.height / 2 + 5} textAnchor="end">
            {bar.label}
          </text>
          <rect className="bar-track" x={chart.labelWidth} y={bar.y} width={chart.plotWidth} height={bar.height} />
          <rect
            className={`bar-fill bar-fill-${bar.tone ?? 'main'}`}
            x={chart.labelWidth}
            y={bar.y}
            width={bar.width}
            height={bar.height}
          />
          <text className="bar-value" x={chart.labelWidth + bar.width + 6} y={bar.y + bar.height / 2 + 5}>
            {bar.shown}
          </text>
        </g>
      ))}
    </svg>
  );
}
